package org.shuzhi.command.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.command.TriggerMetric.DEATHS;
import static org.shuzhi.command.TriggerMetric.INJURIES;
import static org.shuzhi.command.TriggerMetric.PEOPLE_AFFECTED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.command.EmergencyPlan;
import org.shuzhi.command.IncidentFacts;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.PlanLevel;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.Trigger;
import org.shuzhi.command.WarningColour;

/**
 * Worked examples on the thresholds of the national production-safety accident plan
 * (国家安全生产事故灾难应急预案, domain notes §5): Ⅰ ≥30 deaths (incl. missing) or ≥100 poisoned/seriously
 * injured or ≥100,000 relocated; Ⅲ 3 deaths or 30 poisoned; Ⅱ and Ⅳ filled in between for the
 * example, plus alarm colours 红/橙/黄/蓝 for Ⅰ–Ⅳ.
 */
class LevelSelectorTest {

  static final EmergencyPlan PLAN =
      new EmergencyPlan(
          7,
          IncidentType.HAZARDOUS_CHEMICAL_LEAK,
          "危险化学品泄漏事故应急预案",
          List.of(
              level(
                  ResponseLevel.LEVEL_I,
                  Trigger.atLeast(DEATHS, 30),
                  Trigger.atLeast(INJURIES, 100),
                  Trigger.atLeast(PEOPLE_AFFECTED, 100_000),
                  Trigger.colourAtLeast(WarningColour.RED)),
              level(
                  ResponseLevel.LEVEL_II,
                  Trigger.atLeast(DEATHS, 10),
                  Trigger.atLeast(INJURIES, 50),
                  Trigger.colourAtLeast(WarningColour.ORANGE)),
              level(
                  ResponseLevel.LEVEL_III,
                  Trigger.atLeast(DEATHS, 3),
                  Trigger.atLeast(INJURIES, 30),
                  Trigger.colourAtLeast(WarningColour.YELLOW)),
              level(
                  ResponseLevel.LEVEL_IV,
                  Trigger.atLeast(DEATHS, 1),
                  Trigger.atLeast(INJURIES, 1),
                  Trigger.colourAtLeast(WarningColour.BLUE))),
          false,
          1,
          null,
          null);

  static PlanLevel level(ResponseLevel level, Trigger... triggers) {
    return new PlanLevel(level, List.of(triggers), List.of(), List.of(), List.of());
  }

  static IncidentFacts facts(
      Integer deaths, Integer missing, Integer injuries, Integer affected, WarningColour colour) {
    return new IncidentFacts(
        IncidentType.HAZARDOUS_CHEMICAL_LEAK, deaths, missing, injuries, affected, colour);
  }

  @Test
  void fiveDeathsGiveLevelThreeBecauseOfTheDeathTrigger() {
    var decision = LevelSelector.decide(PLAN, facts(5, null, 0, null, null)).orElseThrow();
    assertThat(decision.level()).isEqualTo(ResponseLevel.LEVEL_III);
    assertThat(decision.trigger()).isEqualTo(Trigger.atLeast(DEATHS, 3));
    assertThat(decision.observed()).isEqualTo("5");
    assertThat(decision.planId()).isEqualTo(7);
  }

  @Test
  void theMissingCountWithTheDead() {
    // 2 dead + 1 missing = 3 "死亡（含失踪）" → Ⅲ, not Ⅳ.
    var decision = LevelSelector.decide(PLAN, facts(2, 1, null, null, null)).orElseThrow();
    assertThat(decision.level()).isEqualTo(ResponseLevel.LEVEL_III);
    assertThat(decision.observed()).isEqualTo("3");
  }

  @Test
  void theMostSevereLevelWinsWhenSeveralHold() {
    // 12 deaths alone would be Ⅱ; 120 poisoned reach Ⅰ.
    var decision = LevelSelector.decide(PLAN, facts(12, 0, 120, 500, null)).orElseThrow();
    assertThat(decision.level()).isEqualTo(ResponseLevel.LEVEL_I);
    assertThat(decision.trigger()).isEqualTo(Trigger.atLeast(INJURIES, 100));
    assertThat(decision.observed()).isEqualTo("120");
  }

  @Test
  void thresholdsAreInclusive() {
    assertThat(LevelSelector.decide(PLAN, facts(30, null, null, null, null)))
        .hasValueSatisfying(d -> assertThat(d.level()).isEqualTo(ResponseLevel.LEVEL_I));
    assertThat(LevelSelector.decide(PLAN, facts(29, null, null, null, null)))
        .hasValueSatisfying(d -> assertThat(d.level()).isEqualTo(ResponseLevel.LEVEL_II));
  }

  @Test
  void anAlarmColourAloneDecides() {
    var decision = LevelSelector.decide(PLAN, facts(null, null, null, null, WarningColour.ORANGE));
    assertThat(decision)
        .hasValueSatisfying(
            d -> {
              assertThat(d.level()).isEqualTo(ResponseLevel.LEVEL_II);
              assertThat(d.trigger()).isEqualTo(Trigger.colourAtLeast(WarningColour.ORANGE));
              assertThat(d.observed()).isEqualTo("ORANGE");
            });
  }

  @Test
  void relocationOfAHundredThousandIsLevelOne() {
    assertThat(LevelSelector.decide(PLAN, facts(0, 0, 0, 100_000, WarningColour.BLUE)))
        .hasValueSatisfying(
            d -> {
              assertThat(d.level()).isEqualTo(ResponseLevel.LEVEL_I);
              assertThat(d.trigger().metric()).isEqualTo(PEOPLE_AFFECTED);
            });
  }

  @Test
  void nothingHoldsWithoutCasualtiesOrAlarm() {
    assertThat(LevelSelector.decide(PLAN, facts(0, 0, 0, 20, null))).isEmpty();
    assertThat(LevelSelector.decide(PLAN, facts(null, null, null, null, null))).isEmpty();
  }
}
