package org.shuzhi.hazard;

/** Read access to hazard figures for other modules (e.g. the enterprise safety code). */
public interface HazardStatistics {

  /** The figures of the enterprise with this USCC, as of now (all zero when it has none). */
  HazardCounts countsOf(String enterpriseUscc);
}
