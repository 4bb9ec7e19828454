package org.shuzhi.monitoring.internal.rules;

import static org.shuzhi.monitoring.AlarmSeverity.ORANGE;
import static org.shuzhi.monitoring.AlarmSeverity.RED;
import static org.shuzhi.monitoring.AlarmSeverity.YELLOW;

import java.time.Duration;
import java.util.List;
import org.shuzhi.monitoring.AlarmSeverity;

/** One valid rule of every condition type, for validation, JSON and storage tests. */
final class SampleRules {

  private SampleRules() {}

  static AlarmRule gas() {
    return new AlarmRule(
        "GAS-LEL",
        "可燃气体浓度超限",
        RuleScope.kind("COMBUSTIBLE_GAS"),
        YELLOW,
        new HeldFor(
            new Threshold(
                "lel",
                new Threshold.Limit(25.0, ORANGE),
                new Threshold.Limit(50.0, RED),
                null,
                null),
            Duration.ofSeconds(10)),
        Duration.ofSeconds(30),
        true);
  }

  static AlarmRule tankRate() {
    return new AlarmRule(
        "TANK-RATE",
        "储罐液位变化过快",
        RuleScope.kind("LIQUID_LEVEL"),
        ORANGE,
        new AnyOf(
            List.of(
                new RateOfChange(
                    "level", 0.2, Duration.ofMinutes(5), RateOfChange.Direction.EITHER),
                new AllOf(
                    List.of(
                        new Threshold("level", null, null, Threshold.Limit.of(0.5), null),
                        new RateOfChange(
                            "level",
                            0.05,
                            Duration.ofMinutes(10),
                            RateOfChange.Direction.FALLING))))));
  }

  static AlarmRule offline() {
    return new AlarmRule(
        "GAS-OFFLINE",
        "气体探测器离线",
        RuleScope.kind("COMBUSTIBLE_GAS"),
        AlarmSeverity.BLUE,
        new NoData(null, Duration.ofMinutes(10)));
  }

  static AlarmRule flood() {
    return new AlarmRule(
        "FLOOD",
        "水位站洪水预警",
        RuleScope.kind("WATER_LEVEL"),
        AlarmSeverity.BLUE,
        new FloodLevel("level", 0.3));
  }

  static AlarmRule rain() {
    return new AlarmRule(
        "RAINSTORM",
        "暴雨预警",
        RuleScope.kind("RAINFALL"),
        AlarmSeverity.BLUE,
        new Rainstorm("rainfall", Rainstorm.cmaSignals()));
  }

  static List<AlarmRule> all() {
    return List.of(gas(), tankRate(), offline(), flood(), rain());
  }
}
