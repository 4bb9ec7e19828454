package org.shuzhi.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.shuzhi.monitoring.FloodStation;

/**
 * One station on the flood panel.
 *
 * @param townName the station's town
 * @param level latest water level, m, or null when no gauge has reported
 * @param levelAt when it was measured, or null
 * @param colour flood warning colour of the level (RED, ORANGE, YELLOW, BLUE) or null
 * @param gaugeId the water-level gauge shown (for the link to its trends), or null
 * @param rain rainfall sums of the station's rain gauge, or null when it has none
 */
public record FloodPanelRow(
    FloodStation station,
    String townName,
    Double level,
    Instant levelAt,
    String colour,
    Long gaugeId,
    RainSums rain) {

  /** How far the level is above (positive) or below the warning level, m. */
  public BigDecimal aboveWarning() {
    return level == null || station.warningLevel() == null
        ? null
        : BigDecimal.valueOf(level).subtract(station.warningLevel());
  }
}
