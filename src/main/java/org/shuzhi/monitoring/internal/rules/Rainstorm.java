package org.shuzhi.monitoring.internal.rules;

import java.time.Duration;
import java.util.List;
import org.shuzhi.monitoring.AlarmSeverity;

/**
 * Rainstorm warning colour of a rain gauge from its rainfall accumulated over sliding windows. The
 * channel reports the rainfall of the interval ending at each reading (mm), so a window's
 * accumulation is the sum of the readings inside it; windows end at the latest reading and their
 * start is rounded up to the whole minute. A step holds when its window's accumulation reaches its
 * millimetres (inclusive); the gravest step that holds gives the colour.
 *
 * @param channel the rainfall channel, mm per reporting interval
 * @param steps the criteria; {@link #cmaSignals()} gives the national ones
 */
public record Rainstorm(String channel, List<Step> steps) implements Condition {

  public Rainstorm {
    steps = steps == null ? null : List.copyOf(steps);
  }

  /**
   * One criterion.
   *
   * @param window accumulation window, whole minutes, at most 24 hours
   * @param millimetres rainfall that must be reached; positive
   * @param colour the colour given
   */
  public record Step(Duration window, Double millimetres, AlarmSeverity colour) {}

  /**
   * The China Meteorological Administration rainstorm warning signals (暴雨预警信号, domain notes §5):
   * BLUE 12 h ≥ 50 mm, YELLOW 6 h ≥ 50 mm, ORANGE 3 h ≥ 50 mm, RED 3 h ≥ 100 mm. The signals also
   * count forecast rain, which a gauge cannot; and they give no 1-hour criterion, so none is set (a
   * district may add one as a further step).
   */
  public static List<Step> cmaSignals() {
    return List.of(
        new Step(Duration.ofHours(12), 50.0, AlarmSeverity.BLUE),
        new Step(Duration.ofHours(6), 50.0, AlarmSeverity.YELLOW),
        new Step(Duration.ofHours(3), 50.0, AlarmSeverity.ORANGE),
        new Step(Duration.ofHours(3), 100.0, AlarmSeverity.RED));
  }
}
