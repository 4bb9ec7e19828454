package org.shuzhi.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.FloodStations;
import org.shuzhi.monitoring.internal.rules.AlarmRule;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.shuzhi.monitoring.internal.rules.AllOf;
import org.shuzhi.monitoring.internal.rules.AnyOf;
import org.shuzhi.monitoring.internal.rules.Condition;
import org.shuzhi.monitoring.internal.rules.HeldFor;
import org.shuzhi.monitoring.internal.rules.Threshold;
import org.springframework.stereotype.Component;

/**
 * The horizontal lines a trend chart draws for a channel: the flood station's warning, guarantee
 * and historical levels on a water-level gauge, and the limits of the enabled threshold rules that
 * apply to the device (by kind or by code, also inside held-for and AND/OR conditions).
 */
@Component
class ThresholdLines {

  private final FloodStations stations;
  private final AlarmRuleService rules;

  ThresholdLines(FloodStations stations, AlarmRuleService rules) {
    this.stations = stations;
    this.rules = rules;
  }

  /**
   * @param key message key suffix of the line's label ({@code warning}, {@code HIGH}, …)
   * @param colour CSS colour
   */
  public record Line(String key, double value, String colour) {}

  List<Line> of(Device device, String channel) {
    return of(device, channel, rules.enabledRules());
  }

  /** The enabled rules, read once for many {@link #of(Device, String, List)} calls. */
  List<AlarmRule> enabledRules() {
    return rules.enabledRules();
  }

  /** Whether the line is a lower limit (a value at or below it is out of range). */
  static boolean lower(Line line) {
    return line.key().startsWith("LOW");
  }

  List<Line> of(Device device, String channel, List<AlarmRule> enabledRules) {
    List<Line> lines = new ArrayList<>();
    if ("level".equals(channel)) {
      device
          .floodStationId()
          .flatMap(stations::station)
          .ifPresent(
              s -> {
                add(lines, "warning", s.warningLevel(), "#e6b800");
                add(lines, "guarantee", s.guaranteeLevel(), "#f08c00");
                add(lines, "historical", s.historicalMax(), "#d9342b");
              });
    }
    for (AlarmRule rule : enabledRules) {
      boolean applies =
          device.code().equals(rule.scope().deviceCode())
              || device.kind().name().equals(rule.scope().deviceKind());
      if (applies) {
        collect(rule.condition(), channel, lines);
      }
    }
    return lines.stream().distinct().toList();
  }

  private static void collect(Condition condition, String channel, List<Line> lines) {
    if (condition instanceof Threshold t && channel.equals(t.channel())) {
      limit(lines, "HIGH", t.high(), "#f08c00");
      limit(lines, "HIGH_HIGH", t.highHigh(), "#d9342b");
      limit(lines, "LOW", t.low(), "#3a7bd5");
      limit(lines, "LOW_LOW", t.lowLow(), "#1c4f9c");
    } else if (condition instanceof HeldFor h) {
      collect(h.condition(), channel, lines);
    } else if (condition instanceof AllOf a) {
      a.conditions().forEach(c -> collect(c, channel, lines));
    } else if (condition instanceof AnyOf a) {
      a.conditions().forEach(c -> collect(c, channel, lines));
    }
  }

  private static void limit(List<Line> lines, String key, Threshold.Limit limit, String colour) {
    if (limit != null && limit.value() != null) {
      lines.add(new Line(key, limit.value(), colour));
    }
  }

  private static void add(List<Line> lines, String key, BigDecimal value, String colour) {
    if (value != null) {
      lines.add(new Line(key, value.doubleValue(), colour));
    }
  }
}
