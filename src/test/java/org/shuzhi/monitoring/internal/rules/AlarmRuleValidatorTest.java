package org.shuzhi.monitoring.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.context.support.ResourceBundleMessageSource;

class AlarmRuleValidatorTest {

  final AlarmRuleValidator validator =
      new AlarmRuleValidator(
          new TestCatalogue()
              .with("GAS-1", "COMBUSTIBLE_GAS")
              .with("WL-1", "WATER_LEVEL", new StationLevels(5.0, 6.0, 7.0)));

  final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  {
    messages.setBasename("i18n/monitoring-rules");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
  }

  static AlarmRule gasRule(Condition condition) {
    return new AlarmRule(
        "R1", "测试", RuleScope.kind("COMBUSTIBLE_GAS"), AlarmSeverity.YELLOW, condition);
  }

  static Threshold lel(Double high, Double highHigh) {
    return new Threshold(
        "lel",
        high == null ? null : Threshold.Limit.of(high),
        highHigh == null ? null : Threshold.Limit.of(highHigh),
        null,
        null);
  }

  String zh(Violation v) {
    return messages.getMessage(v.messageKey(), v.arguments(), Locale.SIMPLIFIED_CHINESE);
  }

  String en(Violation v) {
    return messages.getMessage(v.messageKey(), v.arguments(), Locale.ENGLISH);
  }

  @Test
  void theSampleRulesOfEveryTypeAreValid() {
    for (AlarmRule rule : SampleRules.all()) {
      assertThat(validator.problems(rule)).as(rule.code()).isEmpty();
    }
  }

  @Test
  void anUnknownChannelForTheKindNamesTheChannelsItHas() {
    List<Violation> p =
        validator.problems(
            gasRule(new Threshold("ppm", Threshold.Limit.of(1.0), null, null, null)));
    assertThat(p).extracting(Violation::field).containsExactly("condition.channel");
    assertThat(zh(p.get(0))).isEqualTo("设备类型 COMBUSTIBLE_GAS 没有测点“ppm”；可用测点：lel");
    assertThat(en(p.get(0)))
        .isEqualTo("Device kind COMBUSTIBLE_GAS has no channel \"ppm\"; its channels: lel");
  }

  @Test
  void aDeviceRuleIsCheckedAgainstTheChannelsOfThatDevicesKind() {
    AlarmRule onStation =
        new AlarmRule(
            "R2", "x", RuleScope.device("WL-1"), AlarmSeverity.BLUE, new FloodLevel("lel", 0.3));
    assertThat(validator.problems(onStation))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("condition.channel", "monitoring.rule.channel.unknown"));
    AlarmRule unknown =
        new AlarmRule(
            "R3", "x", RuleScope.device("NOPE"), AlarmSeverity.BLUE, new FloodLevel("level", 0.3));
    List<Violation> p = validator.problems(unknown);
    assertThat(p).extracting(Violation::field).containsExactly("scope.deviceCode");
    assertThat(en(p.get(0))).isEqualTo("Unknown device \"NOPE\"");
  }

  @Test
  void highHighMustLieAboveHigh() {
    for (double hh : new double[] {20, 25}) {
      List<Violation> p = validator.problems(gasRule(lel(25.0, hh)));
      assertThat(p).extracting(Violation::field).containsExactly("condition.highHigh.value");
      assertThat(en(p.get(0))).isEqualTo("HIGH_HIGH " + (int) hh + " must be above HIGH 25");
      assertThat(zh(p.get(0))).isEqualTo("高高限（HIGH_HIGH）" + (int) hh + " 必须高于高限（HIGH）25");
    }
    assertThat(validator.problems(gasRule(lel(25.0, 25.01)))).isEmpty();
  }

  @Test
  void lowLimitsLieBelowHighOnesInOrder() {
    Threshold t =
        new Threshold(
            "lel",
            Threshold.Limit.of(10.0),
            null,
            Threshold.Limit.of(12.0),
            Threshold.Limit.of(15.0));
    List<Violation> p = validator.problems(gasRule(t));
    assertThat(p)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("condition.low.value", "monitoring.rule.threshold.lowLowNotBelowLow"),
            tuple("condition.high.value", "monitoring.rule.threshold.lowNotBelowHigh"));
    assertThat(en(p.get(0))).isEqualTo("LOW_LOW 15 must be below LOW 12");
    assertThat(en(p.get(1))).isEqualTo("LOW limit 12 must be below HIGH limit 10");
  }

  @Test
  void theOuterLimitMayNotBeMilder() {
    Threshold t =
        new Threshold(
            "lel",
            new Threshold.Limit(25.0, AlarmSeverity.RED),
            new Threshold.Limit(50.0, AlarmSeverity.ORANGE),
            null,
            null);
    List<Violation> p = validator.problems(gasRule(t));
    assertThat(p).extracting(Violation::field).containsExactly("condition.highHigh.severity");
    assertThat(en(p.get(0)))
        .isEqualTo("Severity ORANGE of HIGH_HIGH cannot be milder than severity RED of HIGH");
  }

  @Test
  void aThresholdNeedsALimitWithAFiniteValue() {
    assertThat(validator.problems(gasRule(new Threshold("lel", null, null, null, null))))
        .extracting(Violation::messageKey)
        .containsExactly("monitoring.rule.threshold.empty");
    assertThat(
            validator.problems(
                gasRule(
                    new Threshold(
                        "lel",
                        Threshold.Limit.of(Double.NaN),
                        new Threshold.Limit(null, null),
                        null,
                        null))))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("condition.high.value", "monitoring.rule.number.notFinite"),
            tuple("condition.highHigh.value", "monitoring.rule.number.required"));
  }

  @Test
  void durationsMustBePositiveAndBounded() {
    List<Violation> p =
        validator.problems(
            new AlarmRule(
                "R1",
                "x",
                RuleScope.kind("COMBUSTIBLE_GAS"),
                AlarmSeverity.YELLOW,
                new AllOf(
                    List.of(
                        new HeldFor(lel(25.0, null), Duration.ofMinutes(-1)),
                        new HeldFor(lel(25.0, null), Duration.ZERO),
                        new RateOfChange(
                            "lel", 1.0, Duration.ofHours(25), RateOfChange.Direction.RISING),
                        new NoData("lel", null))),
                Duration.ofSeconds(-5),
                true));
    assertThat(p)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("clearDelay", "monitoring.rule.duration.negative"),
            tuple("condition.conditions[0].duration", "monitoring.rule.duration.negative"),
            tuple("condition.conditions[1].duration", "monitoring.rule.duration.zero"),
            tuple("condition.conditions[2].window", "monitoring.rule.duration.tooLong"),
            tuple("condition.conditions[3].after", "monitoring.rule.duration.required"));
    assertThat(zh(p.get(1))).isEqualTo("时长不能为负数（PT-1M）");
    assertThat(en(p.get(3))).isEqualTo("Duration PT25H exceeds the maximum of PT24H");
  }

  @Test
  void emptyAllAndAnyAreRefused() {
    List<Violation> p = validator.problems(gasRule(new AnyOf(List.of(new AllOf(List.of())))));
    assertThat(p)
        .extracting(Violation::field)
        .containsExactly("condition.conditions[0].conditions");
    assertThat(zh(p.get(0))).isEqualTo("“全部满足/任一满足”条件至少需要一个子条件");
    assertThat(validator.problems(gasRule(new AnyOf(null))))
        .extracting(Violation::messageKey)
        .containsExactly("monitoring.rule.combination.empty");
  }

  @Test
  void theRuleItselfNeedsCodeNameSeverityAndOneScope() {
    List<Violation> p =
        validator.problems(
            new AlarmRule("bad code!", " ", new RuleScope("COMBUSTIBLE_GAS", "GAS-1"), null, null));
    assertThat(p)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("code", "monitoring.rule.code.invalid"),
            tuple("name", "monitoring.rule.name.required"),
            tuple("severity", "monitoring.rule.severity.required"),
            tuple("scope", "monitoring.rule.scope.both"),
            tuple("condition", "monitoring.rule.condition.required"));
    assertThat(
            validator.problems(
                new AlarmRule(
                    "R", "x", RuleScope.kind("SPACESHIP"), AlarmSeverity.RED, lel(1.0, null))))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(tuple("scope.deviceKind", "monitoring.rule.scope.unknownKind"));
  }

  @Test
  void rateDirectionAndMagnitude() {
    assertThat(
            validator.problems(gasRule(new RateOfChange("lel", 0.0, Duration.ofMinutes(5), null))))
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("condition.perMinute", "monitoring.rule.rate.notPositive"),
            tuple("condition.direction", "monitoring.rule.rate.direction.required"));
  }

  @Test
  void noDataInsideHeldForIsRefused() {
    assertThat(
            validator.problems(
                gasRule(
                    new HeldFor(new NoData(null, Duration.ofMinutes(5)), Duration.ofMinutes(1)))))
        .extracting(Violation::messageKey)
        .containsExactly("monitoring.rule.held.noData");
  }

  @Test
  void rainstormStepsAreWholeMinutesWithRainAndNoDuplicates() {
    Rainstorm r =
        new Rainstorm(
            "rainfall",
            List.of(
                new Rainstorm.Step(Duration.ofSeconds(90), 10.0, AlarmSeverity.BLUE),
                new Rainstorm.Step(Duration.ofHours(3), -1.0, null),
                new Rainstorm.Step(Duration.ofHours(1), 20.0, AlarmSeverity.RED),
                new Rainstorm.Step(Duration.ofHours(1), 20.0, AlarmSeverity.RED)));
    List<Violation> p =
        validator.problems(
            new AlarmRule("R", "x", RuleScope.kind("RAINFALL"), AlarmSeverity.BLUE, r));
    assertThat(p)
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            tuple("condition.steps[0].window", "monitoring.rule.rain.window.wholeMinutes"),
            tuple("condition.steps[1].millimetres", "monitoring.rule.rain.mm.notPositive"),
            tuple("condition.steps[1].colour", "monitoring.rule.rain.colour.required"),
            tuple("condition.steps[3]", "monitoring.rule.rain.step.duplicate"));
    assertThat(en(p.get(3))).isEqualTo("Same as accumulation step 3");
  }

  @Test
  void nestingIsBounded() {
    Condition c = lel(25.0, null);
    for (int i = 0; i < 9; i++) {
      c = new AllOf(List.of(c));
    }
    assertThat(validator.problems(gasRule(c)))
        .extracting(Violation::messageKey)
        .containsExactly("monitoring.rule.condition.tooDeep");
  }

  @Test
  void checkThrowsWithEveryProblem() {
    assertThatThrownBy(() -> validator.check(gasRule(lel(25.0, 20.0))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("condition.highHigh.value"));
  }
}
