package org.shuzhi.monitoring.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.shuzhi.monitoring.AlarmSeverity.BLUE;
import static org.shuzhi.monitoring.AlarmSeverity.ORANGE;
import static org.shuzhi.monitoring.AlarmSeverity.RED;
import static org.shuzhi.monitoring.AlarmSeverity.YELLOW;
import static org.shuzhi.monitoring.internal.rules.DecisionKind.CLEAR;
import static org.shuzhi.monitoring.internal.rules.DecisionKind.RAISE;
import static org.shuzhi.monitoring.internal.rules.DecisionKind.UPDATE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.internal.rules.RateOfChange.Direction;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Worked examples of the evaluator, each on a controlled clock. */
class RuleEvaluatorTest {

  static final Instant T0 = Instant.parse("2025-07-01T00:00:00Z");

  final TestCatalogue catalogue =
      new TestCatalogue()
          .with("GAS-1", "COMBUSTIBLE_GAS")
          .with("GAS-2", "COMBUSTIBLE_GAS")
          .with("TANK-1", "LIQUID_LEVEL")
          .with("R-1", "REACTOR")
          .with("WL-1", "WATER_LEVEL", new StationLevels(5.0, 6.0, 7.0))
          .with("WL-2", "WATER_LEVEL", new StationLevels(5.0, 6.0, null))
          .with("RAIN-1", "RAINFALL");

  RuleEvaluator evaluator(EvaluatorSettings settings, AlarmRule... rules) {
    return new RuleEvaluator(List.of(rules), catalogue, Clock.fixed(T0, ZoneOffset.UTC), settings);
  }

  RuleEvaluator evaluator(AlarmRule... rules) {
    return evaluator(EvaluatorSettings.defaults(), rules);
  }

  static AlarmRule rule(String code, String kind, AlarmSeverity severity, Condition condition) {
    return new AlarmRule(code, code, RuleScope.kind(kind), severity, condition);
  }

  /** One reading, received when it was taken. */
  static List<AlarmDecision> send(
      RuleEvaluator e, String device, String channel, Duration at, double value) {
    Instant ts = T0.plus(at);
    return e.evaluate(List.of(new Reading(device, channel, ts, value)), ts);
  }

  static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  static Duration m(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  static final AlarmRule GAS =
      rule(
          "GAS-LEL",
          "COMBUSTIBLE_GAS",
          YELLOW,
          new Threshold(
              "lel",
              new Threshold.Limit(25.0, ORANGE),
              new Threshold.Limit(50.0, RED),
              null,
              null));

  /** lel ≥ 25 at the rule's severity. */
  static final Threshold LEL_25 = new Threshold("lel", Threshold.Limit.of(25.0), null, null, null);

  static final AlarmRule GAS_HELD =
      rule(
          "GAS-HELD",
          "COMBUSTIBLE_GAS",
          ORANGE,
          new org.shuzhi.monitoring.internal.rules.HeldFor(LEL_25, m(1)));

  /** Only the 3-hour 50 mm step of the rainstorm signals. */
  static final AlarmRule RAIN_3H =
      rule(
          "RAIN3",
          "RAINFALL",
          ORANGE,
          new Rainstorm(
              "rainfall", List.of(new Rainstorm.Step(Duration.ofHours(3), 50.0, ORANGE))));

  @Nested
  class Thresholds {

    @Test
    void aValueEqualToALimitAlarmsAndTheGravestLimitWins() {
      RuleEvaluator e = evaluator(GAS);
      assertThat(send(e, "GAS-1", "lel", s(0), 24.99)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(1), 25.0))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(RAISE, ORANGE, 25.0));
      assertThat(send(e, "GAS-1", "lel", s(2), 50.0))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(UPDATE, RED, 50.0));
      assertThat(send(e, "GAS-1", "lel", s(3), 49.99))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, ORANGE));
      assertThat(send(e, "GAS-1", "lel", s(4), 24.99))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(CLEAR, ORANGE, 24.99));
    }

    @Test
    void lowLimitsAreInclusiveTooAndDefaultToTheRuleSeverity() {
      RuleEvaluator e =
          evaluator(
              rule(
                  "TANK-LOW",
                  "LIQUID_LEVEL",
                  YELLOW,
                  new Threshold(
                      "level",
                      null,
                      null,
                      Threshold.Limit.of(0.5),
                      new Threshold.Limit(0.2, RED))));
      assertThat(send(e, "TANK-1", "level", s(0), 0.51)).isEmpty();
      assertThat(send(e, "TANK-1", "level", s(1), 0.5))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(RAISE, YELLOW));
      assertThat(send(e, "TANK-1", "level", s(2), 0.2))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, RED));
    }

    @Test
    void noSecondRaiseWhileItHoldsAndUpdatesAreThrottled() {
      RuleEvaluator e = evaluator(GAS);
      List<AlarmDecision> all = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        all.addAll(send(e, "GAS-1", "lel", s(i), 30 + (i % 5)));
      }
      // Raise at 0 s; new values are reported at most once a minute: at 60 s and 120 s would be
      // the next, so exactly one update (at 60 s, value 30 + 60 % 5 = 30 is unchanged → 61 s).
      assertThat(all)
          .extracting(AlarmDecision::kind, AlarmDecision::at)
          .containsExactly(tuple(RAISE, T0), tuple(UPDATE, T0.plusSeconds(61)));
    }

    @Test
    void devicesAreIndependent() {
      RuleEvaluator e = evaluator(GAS);
      assertThat(send(e, "GAS-1", "lel", s(0), 30)).hasSize(1);
      assertThat(send(e, "GAS-2", "lel", s(0), 30))
          .extracting(AlarmDecision::kind, AlarmDecision::deviceCode)
          .containsExactly(tuple(RAISE, "GAS-2"));
      assertThat(send(e, "GAS-1", "lel", s(1), 0))
          .extracting(AlarmDecision::deviceCode)
          .containsExactly("GAS-1");
    }

    @Test
    void aDeviceRuleAppliesBesideItsKindsRulesAndOtherKindsAreUntouched() {
      AlarmRule own =
          new AlarmRule(
              "GAS-1-STRICT",
              "strict",
              RuleScope.device("GAS-1"),
              BLUE,
              new Threshold("lel", Threshold.Limit.of(10.0), null, null, null));
      RuleEvaluator e = evaluator(GAS, own);
      assertThat(send(e, "GAS-1", "lel", s(0), 30))
          .extracting(AlarmDecision::ruleCode)
          .containsExactlyInAnyOrder("GAS-LEL", "GAS-1-STRICT");
      assertThat(send(e, "GAS-2", "lel", s(0), 12)).isEmpty();
      assertThat(send(e, "TANK-1", "lel", s(0), 99)).isEmpty();
    }
  }

  @Nested
  class HeldFor {

    @Test
    void raisesOnceTheConditionHeldForTheWholeDuration() {
      RuleEvaluator e = evaluator(GAS_HELD);
      assertThat(send(e, "GAS-1", "lel", s(0), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(30), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(59), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(60), 31))
          .extracting(AlarmDecision::kind, AlarmDecision::value)
          .containsExactly(tuple(RAISE, 31.0));
    }

    @Test
    void anInterruptionStartsTheDurationAgain() {
      RuleEvaluator e = evaluator(GAS_HELD);
      send(e, "GAS-1", "lel", s(0), 30);
      assertThat(send(e, "GAS-1", "lel", s(30), 10)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(40), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(90), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(100), 30))
          .extracting(AlarmDecision::kind)
          .containsExactly(RAISE);
      assertThat(send(e, "GAS-1", "lel", s(101), 10))
          .extracting(AlarmDecision::kind)
          .containsExactly(CLEAR);
    }
  }

  @Nested
  class RatesOfChange {

    AlarmRule rate(Direction direction) {
      return rule(
          "WL-RATE", "WATER_LEVEL", YELLOW, new RateOfChange("level", 0.5, m(10), direction));
    }

    @Test
    void riseOverTheWindowDividedByItsLength() {
      // Rising 0.6 m a minute, read every minute. At minute 9 the oldest reading in the 10-minute
      // window is the one of minute 0: (5.4 − 0) / 10 = 0.54 ≥ 0.5. At minute 8: 4.8 / 10 < 0.5.
      RuleEvaluator e = evaluator(rate(Direction.RISING));
      for (int t = 0; t <= 8; t++) {
        assertThat(send(e, "WL-1", "level", m(t), 0.6 * t)).as("minute %d", t).isEmpty();
      }
      List<AlarmDecision> d = send(e, "WL-1", "level", m(9), 0.6 * 9);
      assertThat(d).extracting(AlarmDecision::kind).containsExactly(RAISE);
      assertThat(d.get(0).value()).isCloseTo(0.54, org.assertj.core.data.Offset.offset(1e-9));
      // Then level at 6.0: at minute 11 the oldest in the window is minute 1's 0.6, (6.0 − 0.6) /
      // 10 = 0.54 still holds; at minute 12 (6.0 − 1.2) / 10 = 0.48 no longer does.
      send(e, "WL-1", "level", m(10), 6.0);
      send(e, "WL-1", "level", m(11), 6.0);
      assertThat(send(e, "WL-1", "level", m(12), 6.0))
          .extracting(AlarmDecision::kind)
          .containsExactly(CLEAR);
    }

    @Test
    void aFallCountsOnlyForFallingOrEither() {
      for (Direction direction : Direction.values()) {
        RuleEvaluator e = evaluator(rate(direction));
        send(e, "WL-1", "level", m(0), 10);
        List<AlarmDecision> d = send(e, "WL-1", "level", m(5), 4);
        // (4 − 10) / 10 = −0.6 a minute.
        if (direction == Direction.RISING) {
          assertThat(d).as("%s", direction).isEmpty();
        } else {
          assertThat(d).as("%s", direction).extracting(AlarmDecision::kind).containsExactly(RAISE);
          assertThat(d.get(0).value()).isEqualTo(-0.6);
        }
      }
    }

    @Test
    void aQuickNoisyPairDoesNotLookLikeASteepSlope() {
      RuleEvaluator e = evaluator(rate(Direction.EITHER));
      send(e, "WL-1", "level", s(0), 5.0);
      // +2 m in one second would be 120 m/min between the two readings; over the 10-minute window
      // it is 0.2 m/min.
      assertThat(send(e, "WL-1", "level", s(1), 7.0)).isEmpty();
    }

    @Test
    void historyStaysBoundedAtAnyReportingRate() {
      RuleEvaluator e =
          evaluator(new EvaluatorSettings(Duration.ofMinutes(1), 16), rate(Direction.RISING));
      List<AlarmDecision> all = new ArrayList<>();
      for (int t = 0; t < 3600; t++) {
        all.addAll(send(e, "WL-1", "level", s(t), t / 100.0));
      }
      // 0.6 m/min for an hour, read every second, 16 readings kept: raised when the rise since the
      // first reading reaches 5 m (500 s), and held all along.
      assertThat(all.get(0).kind()).isEqualTo(RAISE);
      assertThat(all.get(0).at()).isEqualTo(T0.plusSeconds(500));
      assertThat(all).extracting(AlarmDecision::kind).containsOnlyOnce(RAISE).doesNotContain(CLEAR);
      RateHistory h = new RateHistory(600_000, 16);
      for (int t = 0; t < 3600; t++) {
        h.add(t * 1000L, t);
      }
      assertThat(h.size()).isLessThanOrEqualTo(16);
      assertThat(h.oldestFrom(3599_000 - 600_000)).isBetween(2999.0, 3040.0);
    }
  }

  @Nested
  class Combinations {

    final Threshold hot = new Threshold("temperature", Threshold.Limit.of(60.0), null, null, null);
    final Threshold pressed =
        new Threshold(
            "pressure", Threshold.Limit.of(1.6), new Threshold.Limit(2.0, RED), null, null);

    @Test
    void allHoldsOnlyWhenEveryPartDoesAtTheLeastSeverity() {
      RuleEvaluator e =
          evaluator(rule("R-AND", "REACTOR", YELLOW, new AllOf(List.of(hot, pressed))));
      assertThat(send(e, "R-1", "temperature", s(0), 65)).isEmpty();
      assertThat(send(e, "R-1", "pressure", s(1), 2.1))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(RAISE, YELLOW));
      assertThat(send(e, "R-1", "temperature", s(2), 59.9))
          .extracting(AlarmDecision::kind)
          .containsExactly(CLEAR);
    }

    @Test
    void anyHoldsWhenOnePartDoesAtTheGravestSeverity() {
      RuleEvaluator e =
          evaluator(rule("R-OR", "REACTOR", YELLOW, new AnyOf(List.of(hot, pressed))));
      assertThat(send(e, "R-1", "temperature", s(0), 65))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(RAISE, YELLOW, 65.0));
      assertThat(send(e, "R-1", "pressure", s(1), 2.0))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(UPDATE, RED, 2.0));
      assertThat(send(e, "R-1", "pressure", s(2), 1.0))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, YELLOW));
      assertThat(send(e, "R-1", "temperature", s(3), 20))
          .extracting(AlarmDecision::kind)
          .containsExactly(CLEAR);
    }

    @Test
    void nestedCombinationsWithAHeldPart() {
      // (hot for 2 minutes) OR (hot AND pressure ≥ 1.6)
      Condition c =
          new AnyOf(
              List.of(
                  new org.shuzhi.monitoring.internal.rules.HeldFor(hot, m(2)),
                  new AllOf(List.of(hot, pressed))));
      RuleEvaluator e = evaluator(rule("R-NEST", "REACTOR", ORANGE, c));
      send(e, "R-1", "pressure", s(0), 1.0);
      assertThat(send(e, "R-1", "temperature", s(0), 70)).isEmpty();
      assertThat(send(e, "R-1", "temperature", m(2), 70))
          .extracting(AlarmDecision::kind)
          .containsExactly(RAISE);
    }
  }

  /** A new evaluator (after a restart) takes over the stored open alarms and stored readings. */
  @Nested
  class Restart {

    @Test
    void aRestoredAlarmIsContinuedNotRaisedAgainAndClearsWhenItsConditionEnds() {
      RuleEvaluator e = evaluator(GAS);
      assertThat(e.restore(List.of(new OpenAlarm("GAS-LEL", "GAS-1", ORANGE, T0, 30)))).isEmpty();
      // Still 30 %LEL: the open alarm goes on (no RAISE); back to 1 %LEL: it clears.
      assertThat(send(e, "GAS-1", "lel", s(10), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(20), 1))
          .extracting(AlarmDecision::kind, AlarmDecision::ruleCode)
          .containsExactly(tuple(CLEAR, "GAS-LEL"));
    }

    @Test
    void alarmsOfRemovedRulesAndDevicesAreClearedWithTheirReason() {
      RuleEvaluator e = evaluator(GAS);
      assertThat(
              e.restore(
                  List.of(
                      new OpenAlarm("GONE", "GAS-1", RED, T0, 60),
                      new OpenAlarm("GAS-LEL", "NO-SUCH-DEVICE", YELLOW, T0, 30))))
          .extracting(
              AlarmDecision::kind, AlarmDecision::ruleCode, d -> d.reason().parts().get(0).key())
          .containsExactly(
              tuple(CLEAR, "GONE", "monitoring.rules.reason.ruleRemoved"),
              tuple(CLEAR, "GAS-LEL", "monitoring.rules.reason.deviceRemoved"));
    }

    @Test
    void aRestoredHeldForAlarmCountsAsHeldAndIsNotClearedByItsTimer() {
      RuleEvaluator e = evaluator(GAS_HELD);
      e.restore(List.of(new OpenAlarm("GAS-HELD", "GAS-1", ORANGE, T0, 30)));
      // A fresh timer would not hold for a minute yet and the alarm would clear.
      assertThat(send(e, "GAS-1", "lel", s(5), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(30), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(40), 1)).extracting(AlarmDecision::kind).contains(CLEAR);
    }

    @Test
    void replayedReadingsEndAnAlarmWhoseConditionStoppedWhileThePlatformWasDown() {
      RuleEvaluator e = evaluator(GAS);
      e.restore(List.of(new OpenAlarm("GAS-LEL", "GAS-1", ORANGE, T0, 30)));
      assertThat(
              e.replay(
                  List.of(
                      new Reading("GAS-1", "lel", T0.plus(s(5)), 30),
                      new Reading("GAS-1", "lel", T0.plus(s(9)), 2))))
          .extracting(AlarmDecision::kind, AlarmDecision::at)
          .containsExactly(tuple(CLEAR, T0.plus(s(9))));
    }

    @Test
    void aDeviceSilentSinceBeforeTheRestartIsOfflineAtTheFirstTick() {
      RuleEvaluator e =
          evaluator(
              rule(
                  "GAS-OFFLINE",
                  "COMBUSTIBLE_GAS",
                  BLUE,
                  new NoData(null, Duration.ofMinutes(10))));
      e.heard("GAS-1", "lel", T0.minus(m(30)));
      e.watch("GAS-1", T0);
      assertThat(e.tick(T0))
          .extracting(AlarmDecision::kind, AlarmDecision::value)
          .containsExactly(tuple(RAISE, 30.0));
    }
  }

  @Nested
  class Offline {

    final AlarmRule offline =
        rule("GAS-OFFLINE", "COMBUSTIBLE_GAS", BLUE, new NoData(null, Duration.ofMinutes(10)));

    @Test
    void raisedByTheTickAfterNMinutesWithoutDataAndClearedByTheNextReading() {
      RuleEvaluator e = evaluator(offline);
      send(e, "GAS-1", "lel", s(0), 1);
      assertThat(e.tick(T0.plus(m(10)).minusMillis(1))).isEmpty();
      assertThat(e.tick(T0.plus(m(10))))
          .extracting(AlarmDecision::kind, AlarmDecision::deviceCode, AlarmDecision::value)
          .containsExactly(tuple(RAISE, "GAS-1", 10.0));
      assertThat(e.tick(T0.plus(m(15)))).isEmpty();
      assertThat(send(e, "GAS-1", "lel", m(16), 1))
          .extracting(AlarmDecision::kind)
          .containsExactly(CLEAR);
      assertThat(e.tick(T0.plus(m(17)))).isEmpty();
    }

    @Test
    void aDeviceThatKeepsReportingIsNeverOffline() {
      RuleEvaluator e = evaluator(offline);
      List<AlarmDecision> all = new ArrayList<>();
      for (int t = 0; t < 60; t++) {
        all.addAll(send(e, "GAS-1", "lel", m(t), 1));
        all.addAll(e.tick(T0.plus(m(t)).plusSeconds(30)));
      }
      assertThat(all).isEmpty();
    }

    @Test
    void aWatchedDeviceThatNeverReportsGoesOffline() {
      RuleEvaluator e = evaluator(offline);
      e.watch("GAS-2", T0);
      assertThat(e.tick(T0.plus(m(10))))
          .extracting(AlarmDecision::kind, AlarmDecision::deviceCode)
          .containsExactly(tuple(RAISE, "GAS-2"));
    }

    @Test
    void offlineIsJudgedOnArrivalNotOnTheDevicesClock() {
      RuleEvaluator e = evaluator(offline);
      // The device's clock is an hour behind; it reports now.
      e.evaluate(List.of(new Reading("GAS-1", "lel", T0.minus(Duration.ofHours(1)), 1)), T0);
      assertThat(e.tick(T0.plus(m(5)))).isEmpty();
    }
  }

  @Nested
  class FloodStations {

    final AlarmRule flood = rule("FLOOD", "WATER_LEVEL", BLUE, new FloodLevel("level", 0.3));

    @Test
    void coloursAtEachLevelEdge() {
      // warning 5.0, guarantee 6.0, historical maximum 7.0, blue from 0.3 m below warning.
      RuleEvaluator e = evaluator(flood);
      assertThat(send(e, "WL-1", "level", s(0), 4.69)).isEmpty();
      assertThat(send(e, "WL-1", "level", s(1), 4.7))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(RAISE, BLUE));
      assertThat(send(e, "WL-1", "level", s(2), 4.99)).isEmpty();
      assertThat(send(e, "WL-1", "level", s(3), 5.0))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, YELLOW));
      assertThat(send(e, "WL-1", "level", s(4), 5.99)).isEmpty();
      assertThat(send(e, "WL-1", "level", s(5), 6.0))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, ORANGE));
      assertThat(send(e, "WL-1", "level", s(6), 7.0))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, RED));
      assertThat(send(e, "WL-1", "level", s(7), 4.69))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(CLEAR, RED));
    }

    @Test
    void aLevelTheStationLacksIsSkippedAndZeroApproachMeansNoBlue() {
      RuleEvaluator e =
          evaluator(rule("FLOOD0", "WATER_LEVEL", BLUE, new FloodLevel("level", 0.0)));
      assertThat(send(e, "WL-2", "level", m(0), 4.99)).isEmpty();
      assertThat(send(e, "WL-2", "level", m(1), 9.0))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(RAISE, ORANGE));
    }
  }

  @Nested
  class Rainstorms {

    final AlarmRule storm =
        rule("RAIN", "RAINFALL", BLUE, new Rainstorm("rainfall", Rainstorm.cmaSignals()));

    @Test
    void blueFromTwelveHoursWithoutTheShorterWindowsReaching() {
      // 5 mm every hour: after the 10th reading 12 h holds 50 mm (BLUE); 6 h only 30 mm.
      RuleEvaluator e = evaluator(storm);
      for (int h = 1; h <= 9; h++) {
        assertThat(send(e, "RAIN-1", "rainfall", Duration.ofHours(h), 5)).isEmpty();
      }
      assertThat(send(e, "RAIN-1", "rainfall", Duration.ofHours(10), 5))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(RAISE, BLUE, 50.0));
    }

    @Test
    void threeSixAndTwelveHourColoursAsTheRainConcentrates() {
      RuleEvaluator e = evaluator(storm);
      assertThat(send(e, "RAIN-1", "rainfall", Duration.ofHours(1), 25)).isEmpty();
      // 7:00 — 12 h (−5:00, 7:00] = 50 → BLUE; 6 h (1:00, 7:00] = 25.
      assertThat(send(e, "RAIN-1", "rainfall", Duration.ofHours(7), 25))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(RAISE, BLUE, 50.0));
      // 10:30 — 6 h (4:30, 10:30] = 50 → YELLOW; 3 h (7:30, 10:30] = 25.
      assertThat(send(e, "RAIN-1", "rainfall", Duration.ofMinutes(630), 25))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(UPDATE, YELLOW, 50.0));
      // 11:00 — 3 h (8:00, 11:00] = 50 → ORANGE.
      assertThat(send(e, "RAIN-1", "rainfall", Duration.ofHours(11), 25))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(UPDATE, ORANGE, 50.0));
      // 12:00 — 3 h (9:00, 12:00] = 100 → RED.
      assertThat(send(e, "RAIN-1", "rainfall", Duration.ofHours(12), 50))
          .extracting(AlarmDecision::kind, AlarmDecision::severity, AlarmDecision::value)
          .containsExactly(tuple(UPDATE, RED, 100.0));
    }

    @Test
    void aReadingExactlyAWindowAgoHasLeftIt() {
      RuleEvaluator e = evaluator(RAIN_3H);
      send(e, "RAIN-1", "rainfall", m(0), 20);
      assertThat(send(e, "RAIN-1", "rainfall", m(60), 30))
          .extracting(AlarmDecision::kind, AlarmDecision::value)
          .containsExactly(tuple(RAISE, 50.0));
      // Window (0:00:30, 3:00:30] → rounded up to 0:01: the 0:00 reading is still in at 3:00:00…
      assertThat(send(e, "RAIN-1", "rainfall", m(179).plusSeconds(59), 0)).isEmpty();
      // …and out at 3:00:00: (0:00, 3:00] excludes it.
      assertThat(send(e, "RAIN-1", "rainfall", m(180), 0))
          .extracting(AlarmDecision::kind, AlarmDecision::value)
          .containsExactly(tuple(CLEAR, 30.0));
    }

    @Test
    void theTickLetsWindowsSlideWhenTheGaugeFallsSilent() {
      RuleEvaluator e = evaluator(storm);
      send(e, "RAIN-1", "rainfall", m(0), 100);
      assertThat(e.tick(T0.plus(m(1)))).as("already RED, nothing new").isEmpty();
      // 3:00 — the 3 h window (0:00, 3:00] is empty, the 6 h one still holds 100 mm.
      assertThat(e.tick(T0.plus(m(180))))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, YELLOW));
      assertThat(e.tick(T0.plus(m(360))))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, BLUE));
      assertThat(e.tick(T0.plus(m(719)))).isEmpty();
      assertThat(e.tick(T0.plus(m(720)))).extracting(AlarmDecision::kind).containsExactly(CLEAR);
    }
  }

  @Nested
  class LateReadings {

    @Test
    void aLateReadingDoesNotRaiseAnAlarmForAMomentAlreadyPast() {
      RuleEvaluator e = evaluator(GAS);
      assertThat(send(e, "GAS-1", "lel", s(10), 30))
          .extracting(AlarmDecision::kind)
          .containsExactly(RAISE);
      assertThat(send(e, "GAS-1", "lel", s(20), 10))
          .extracting(AlarmDecision::kind)
          .containsExactly(CLEAR);
      assertThat(send(e, "GAS-1", "lel", s(15), 60)).isEmpty();
      // And the late value did not become current: the next normal reading decides nothing.
      assertThat(send(e, "GAS-1", "lel", s(25), 11)).isEmpty();
    }

    @Test
    void aLateRainReadingFillsItsWindowAndCountsNow() {
      RuleEvaluator e = evaluator(RAIN_3H);
      assertThat(send(e, "RAIN-1", "rainfall", m(60), 45)).isEmpty();
      // The gauge's buffered 0:30 reading arrives after the 1:00 one.
      assertThat(send(e, "RAIN-1", "rainfall", m(30), 10))
          .extracting(AlarmDecision::kind, AlarmDecision::value, AlarmDecision::at)
          .containsExactly(tuple(RAISE, 55.0, T0.plus(m(60))));
      // One older than any window is dropped.
      RuleEvaluator f = evaluator(RAIN_3H);
      send(f, "RAIN-1", "rainfall", m(300), 45);
      assertThat(send(f, "RAIN-1", "rainfall", m(60), 10)).isEmpty();
    }

    @Test
    void aBatchIsTakenInItsOrder() {
      RuleEvaluator e = evaluator(GAS);
      List<AlarmDecision> d =
          e.evaluate(
              List.of(
                  new Reading("GAS-1", "lel", T0.plusSeconds(1), 30),
                  new Reading("GAS-1", "lel", T0.plusSeconds(2), 10),
                  new Reading("GAS-1", "lel", T0.plusSeconds(0), 99),
                  new Reading("GAS-1", "lel", T0.plusSeconds(3), Double.NaN)),
              T0.plusSeconds(4));
      assertThat(d).extracting(AlarmDecision::kind).containsExactly(RAISE, CLEAR);
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void theClearDelayHoldsTheAlarmOpenWhileTheValueFlaps() {
      AlarmRule damped =
          new AlarmRule(
              "GAS-DAMPED",
              "damped",
              RuleScope.kind("COMBUSTIBLE_GAS"),
              ORANGE,
              LEL_25,
              Duration.ofSeconds(30),
              true);
      RuleEvaluator e = evaluator(damped);
      assertThat(send(e, "GAS-1", "lel", s(0), 30)).hasSize(1);
      assertThat(send(e, "GAS-1", "lel", s(5), 20)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(20), 30)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(25), 20)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(54), 20)).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(55), 20))
          .extracting(AlarmDecision::kind)
          .containsExactly(CLEAR);
    }

    @Test
    void aChangedRuleUpdatesItsOpenAlarmAndARemovedOneClearsIt() {
      RuleEvaluator e = evaluator(GAS);
      send(e, "GAS-1", "lel", s(0), 30);
      AlarmRule stricter =
          rule(
              "GAS-LEL",
              "COMBUSTIBLE_GAS",
              YELLOW,
              new Threshold("lel", new Threshold.Limit(20.0, RED), null, null, null));
      assertThat(e.replaceRules(List.of(stricter))).isEmpty();
      assertThat(send(e, "GAS-1", "lel", s(1), 30))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, RED));
      assertThat(e.replaceRules(List.of(stricter.withEnabled(false))))
          .extracting(AlarmDecision::kind, AlarmDecision::ruleCode, AlarmDecision::deviceCode)
          .containsExactly(tuple(CLEAR, "GAS-LEL", "GAS-1"));
      assertThat(send(e, "GAS-1", "lel", s(2), 30)).isEmpty();
    }

    @Test
    void newStationLevelsApplyAfterARefreshAndANewKindBringsOtherRules() {
      RuleEvaluator e =
          evaluator(rule("FLOOD", "WATER_LEVEL", BLUE, new FloodLevel("level", 0.0)), GAS);
      assertThat(send(e, "WL-1", "level", s(0), 5.5))
          .extracting(AlarmDecision::severity)
          .containsExactly(YELLOW);
      // New levels are applied at once to the value held: 5.5 m is now the guarantee level.
      catalogue.with("WL-1", "WATER_LEVEL", new StationLevels(5.0, 5.5, 7.0));
      assertThat(e.refreshDevice("WL-1"))
          .extracting(AlarmDecision::kind, AlarmDecision::severity)
          .containsExactly(tuple(UPDATE, ORANGE));
      assertThat(e.refreshDevice("WL-1")).isEmpty();
      assertThat(send(e, "WL-1", "level", s(1), 5.5)).isEmpty();
      // Re-registered as a gas detector: the flood alarm is cleared, the gas rule applies.
      catalogue.with("WL-1", "COMBUSTIBLE_GAS");
      assertThat(e.refreshDevice("WL-1"))
          .extracting(AlarmDecision::kind, AlarmDecision::ruleCode)
          .containsExactly(tuple(CLEAR, "FLOOD"));
      assertThat(send(e, "WL-1", "lel", s(2), 30))
          .extracting(AlarmDecision::kind, AlarmDecision::ruleCode)
          .containsExactly(tuple(RAISE, "GAS-LEL"));
    }

    @Test
    void aForgottenDeviceHasItsAlarmsClearedAndItsStateFreed() {
      RuleEvaluator e = evaluator(GAS);
      send(e, "GAS-1", "lel", s(0), 30);
      send(e, "GAS-2", "lel", s(0), 1);
      assertThat(e.deviceCount()).isEqualTo(2);
      assertThat(e.forget("GAS-1"))
          .extracting(AlarmDecision::kind, AlarmDecision::deviceCode, AlarmDecision::value)
          .containsExactly(tuple(CLEAR, "GAS-1", 30.0));
      assertThat(e.forget("GAS-2")).isEmpty();
      assertThat(e.deviceCount()).isZero();
    }

    @Test
    void anUnchangedRuleKeepsItsTimersAcrossAReload() {
      RuleEvaluator e = evaluator(GAS_HELD);
      send(e, "GAS-1", "lel", s(0), 30);
      e.replaceRules(List.of(GAS_HELD, GAS));
      assertThat(send(e, "GAS-1", "lel", s(60), 30))
          .extracting(AlarmDecision::ruleCode)
          .containsExactlyInAnyOrder("GAS-HELD", "GAS-LEL");
    }
  }

  @Test
  void reasonsReadInChineseAndEnglish() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/monitoring-rules");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    RuleEvaluator e = evaluator(GAS);
    AlarmDecision raise = send(e, "GAS-1", "lel", s(0), 55).get(0);
    assertThat(raise.reason().text(messages, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("lel = 55，达到高高限 50");
    assertThat(raise.reason().text(messages, Locale.ENGLISH))
        .isEqualTo("lel = 55 reached HIGH_HIGH 50");
    AlarmDecision clear = send(e, "GAS-1", "lel", s(1), 3.5).get(0);
    assertThat(clear.reason().text(messages, Locale.ENGLISH))
        .isEqualTo("The alarm condition no longer holds; lel = 3.5");
  }
}
