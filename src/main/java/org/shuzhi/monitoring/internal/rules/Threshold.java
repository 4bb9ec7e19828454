package org.shuzhi.monitoring.internal.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.shuzhi.monitoring.AlarmSeverity;

/**
 * Limits on one channel, as in process alarms (HIGH / HIGH_HIGH / LOW / LOW_LOW; GB/T 50493-2019
 * 石油化工可燃气体和有毒气体检测报警设计标准, from memory, verify: a first alarm level ≤ 25 %LEL and a second ≤ 50 %LEL
 * for combustible gas). Each limit is optional; at least one is set. Limits are <b>inclusive</b>: a
 * value equal to a high limit alarms, as does a value equal to a low limit, because detector set
 * points are "reached" (达到报警设定值) and the flood and rainstorm criteria are "≥" too. When several
 * hold, the gravest severity wins.
 *
 * @param channel the channel watched, e.g. {@code lel}
 * @param high value ≥ this alarms
 * @param highHigh value ≥ this alarms; above {@code high}
 * @param low value ≤ this alarms
 * @param lowLow value ≤ this alarms; below {@code low}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Threshold(String channel, Limit high, Limit highHigh, Limit low, Limit lowLow)
    implements Condition {

  /** Names of the limits, as in messages and reasons. */
  public enum Level {
    HIGH,
    HIGH_HIGH,
    LOW,
    LOW_LOW
  }

  /**
   * One limit.
   *
   * @param value the limit in the channel's unit
   * @param severity severity when it holds; the rule's severity when null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Limit(Double value, AlarmSeverity severity) {

    public static Limit of(double value) {
      return new Limit(value, null);
    }
  }
}
