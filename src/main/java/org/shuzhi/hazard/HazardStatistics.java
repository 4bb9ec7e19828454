package org.shuzhi.hazard;

/** Read access to hazard figures for other modules (e.g. the enterprise safety code). */
public interface HazardStatistics {

  /** The figures of the enterprise with this USCC, as of now (all zero when it has none). */
  HazardCounts countsOf(String enterpriseUscc);

  /**
   * The figures of many enterprises at once (one grouped query per figure, whatever their number);
   * enterprises without hazards are absent from the map.
   */
  java.util.Map<String, HazardFigures> figuresOf(java.util.Collection<String> enterpriseUsccs);
}
