package org.shuzhi.monitoring.internal.rules;

import java.math.BigDecimal;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.FloodStation;

/**
 * Characteristic water levels of a flood station (domain notes §5: each 测站 stores 警戒水位, 保证水位 and
 * 历史最高), metres in the station's datum; any may be unknown (null).
 *
 * @param warningLevel 警戒水位
 * @param guaranteeLevel 保证水位
 * @param historicalMax 历史最高水位
 */
public record StationLevels(Double warningLevel, Double guaranteeLevel, Double historicalMax) {

  /** The levels the station is registered with. */
  public static StationLevels of(FloodStation station) {
    return new StationLevels(
        number(station.warningLevel()),
        number(station.guaranteeLevel()),
        number(station.historicalMax()));
  }

  /**
   * The flood warning signal a level reaches (水利部 水情预警信号, domain notes §5, as in {@link
   * FloodLevel}): the gravest of RED ≥ historical maximum, ORANGE ≥ guarantee, YELLOW ≥ warning,
   * BLUE ≥ warning − {@code approach} (none when {@code approach} is 0); null below all of them. A
   * level the station lacks is skipped.
   */
  public AlarmSeverity signal(double level, double approach) {
    if (reached(level, historicalMax)) {
      return AlarmSeverity.RED;
    }
    if (reached(level, guaranteeLevel)) {
      return AlarmSeverity.ORANGE;
    }
    if (reached(level, warningLevel)) {
      return AlarmSeverity.YELLOW;
    }
    if (approach > 0 && warningLevel != null && level >= warningLevel - approach) {
      return AlarmSeverity.BLUE;
    }
    return null;
  }

  private static boolean reached(double level, Double line) {
    return line != null && level >= line;
  }

  private static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }
}
