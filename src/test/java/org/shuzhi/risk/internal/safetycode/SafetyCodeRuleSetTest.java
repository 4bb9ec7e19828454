package org.shuzhi.risk.internal.safetycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/** The rules evaluation: each default rule, precedence, and a custom rule set. */
class SafetyCodeRuleSetTest {

  /** The default rules (migration V13_0) in the rules-text syntax. */
  static final String DEFAULTS =
      """
      RED: maxDaysOverdue >= 60
      RED: supervisedMajorHazards >= 1
      RED: riskColour >= RED AND majorHazardLevel >= LEVEL_1
      ORANGE: overdueHazards >= 1
      ORANGE: openMajorHazards >= 1
      ORANGE: riskColour >= RED
      ORANGE: majorHazardLevel >= LEVEL_2
      ORANGE: activeAlarms >= 1
      YELLOW: openHazards >= 3
      YELLOW: riskColour >= ORANGE
      YELLOW: majorHazardLevel >= LEVEL_4
      YELLOW: inspectionFindings >= 1""";

  static final SafetyCodeRuleSet RULES =
      new SafetyCodeRuleSet(1, SafetyCodeRuleText.parse(DEFAULTS));

  static SafetyCodeInputsBuilder in() {
    return new SafetyCodeInputsBuilder();
  }

  static String fired(SafetyCodeInputs inputs) {
    var v = RULES.evaluate(inputs);
    return v.colour() + (v.rule() == null ? "" : "#" + v.rule().position());
  }

  @Test
  void nothingIsBlueWithoutARule() {
    assertThat(fired(SafetyCodeInputs.nothing())).isEqualTo("BLUE");
    assertThat(fired(in().open(2).riskColour(RiskColour.YELLOW).build())).isEqualTo("BLUE");
  }

  @Test
  void redRules() {
    assertThat(fired(in().open(1).overdue(1).daysOverdue(60).build())).isEqualTo("RED#1");
    assertThat(fired(in().open(1).major(1).supervised(1).build())).isEqualTo("RED#2");
    assertThat(fired(in().riskColour(RiskColour.RED).level(MajorHazardLevel.LEVEL_1).build()))
        .isEqualTo("RED#3");
  }

  @Test
  void orangeRules() {
    assertThat(fired(in().open(1).overdue(1).daysOverdue(59).build())).isEqualTo("ORANGE#4");
    assertThat(fired(in().open(1).major(1).build())).isEqualTo("ORANGE#5");
    assertThat(fired(in().riskColour(RiskColour.RED).build())).isEqualTo("ORANGE#6");
    assertThat(fired(in().riskColour(RiskColour.RED).level(MajorHazardLevel.LEVEL_2).build()))
        .isEqualTo("ORANGE#6");
    assertThat(fired(in().level(MajorHazardLevel.LEVEL_1).build())).isEqualTo("ORANGE#7");
    assertThat(fired(in().level(MajorHazardLevel.LEVEL_2).build())).isEqualTo("ORANGE#7");
    assertThat(fired(in().alarms(1).build())).isEqualTo("ORANGE#8");
  }

  @Test
  void yellowRules() {
    assertThat(fired(in().open(3).build())).isEqualTo("YELLOW#9");
    assertThat(fired(in().riskColour(RiskColour.ORANGE).build())).isEqualTo("YELLOW#10");
    assertThat(fired(in().level(MajorHazardLevel.LEVEL_3).build())).isEqualTo("YELLOW#11");
    assertThat(fired(in().level(MajorHazardLevel.LEVEL_4).build())).isEqualTo("YELLOW#11");
    assertThat(fired(in().findings(1).build())).isEqualTo("YELLOW#12");
  }

  @Test
  void theGravestMatchingColourWinsWhateverTheOrder() {
    SafetyCodeRuleSet reversed =
        new SafetyCodeRuleSet(
            2, SafetyCodeRuleText.parse("YELLOW: openHazards >= 1\nRED: openHazards >= 5"));
    assertThat(reversed.evaluate(in().open(7).build()).colour()).isEqualTo(RiskColour.RED);
    assertThat(reversed.evaluate(in().open(7).build()).rule().position()).isEqualTo(2);
    assertThat(reversed.evaluate(in().open(4).build()).colour()).isEqualTo(RiskColour.YELLOW);
    // Among matching rules of the gravest colour the first one is reported.
    assertThat(fired(in().open(5).overdue(2).daysOverdue(90).major(1).supervised(1).build()))
        .isEqualTo("RED#1");
  }

  @Test
  void aCustomRuleSetWithEscalationAndConjunctions() {
    SafetyCodeRuleSet custom =
        new SafetyCodeRuleSet(
            3,
            SafetyCodeRuleText.parse(
                """
                # 曝光 reached means red
                red: escalation >= exposure
                ORANGE: openHazards >= 2 & riskColour >= YELLOW
                """));
    assertThat(custom.evaluate(in().escalation(EscalationLevel.BULLETIN).build()).colour())
        .isEqualTo(RiskColour.BLUE);
    assertThat(custom.evaluate(in().escalation(EscalationLevel.WARNING).build()).colour())
        .isEqualTo(RiskColour.RED);
    assertThat(custom.evaluate(in().open(2).build()).colour()).isEqualTo(RiskColour.BLUE);
    assertThat(custom.evaluate(in().open(2).riskColour(RiskColour.YELLOW).build()).colour())
        .isEqualTo(RiskColour.ORANGE);
    assertThat(custom.evaluate(in().open(1).riskColour(RiskColour.RED).build()).colour())
        .isEqualTo(RiskColour.BLUE);
    assertThat(custom.text())
        .isEqualTo(
            "RED: escalation >= EXPOSURE\nORANGE: openHazards >= 2 AND riskColour >= YELLOW");
  }

  @Test
  void theTextRoundTrips() {
    assertThat(RULES.text()).isEqualTo(DEFAULTS);
    assertThat(RULES.rules()).hasSize(12);
  }

  @Test
  void badLinesAreRejectedWithTheirLineNumbers() {
    assertThatThrownBy(
            () ->
                SafetyCodeRuleText.parse(
                    "RED: openHazards >= 1\nBLUE: openHazards >= 1\nPURPLE: x >= 1\n"
                        + "RED: colour >= 1\nRED: riskColour >= PINK\nRED openHazards\n"
                        + "RED: openHazards >= -1\nRED: openHazards >= 1 AND openHazards >= 2"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.messageKey() + "@" + v.arguments()[0])
                    .containsExactly(
                        "risk.sc.rules.colour@2",
                        "risk.sc.rules.colour@3",
                        "risk.sc.rules.input@4",
                        "risk.sc.rules.threshold@5",
                        "risk.sc.rules.syntax@6",
                        "risk.sc.rules.threshold@7",
                        "risk.sc.rules.threshold@8"));
  }
}
