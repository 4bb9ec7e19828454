package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

class TierRulesTest {

  static TierRule rule(TierCriterion c, String value, SupervisionTier tier, int months) {
    return new TierRule(0, c, value, tier, months, "test", 0);
  }

  /** The seeded defaults (V15_0__inspection.sql). */
  static final TierRules DEFAULTS =
      new TierRules(
          List.of(
              rule(TierCriterion.RISK_COLOUR, "RED", SupervisionTier.TIER_1, 1),
              rule(TierCriterion.RISK_COLOUR, "ORANGE", SupervisionTier.TIER_2, 3),
              rule(TierCriterion.RISK_COLOUR, "YELLOW", SupervisionTier.TIER_3, 6),
              rule(TierCriterion.RISK_COLOUR, "BLUE", SupervisionTier.TIER_4, 12),
              rule(TierCriterion.MAJOR_HAZARD_LEVEL, "LEVEL_1", SupervisionTier.TIER_1, 1),
              rule(TierCriterion.MAJOR_HAZARD_LEVEL, "LEVEL_2", SupervisionTier.TIER_2, 3),
              rule(TierCriterion.MAJOR_HAZARD_LEVEL, "LEVEL_3", SupervisionTier.TIER_3, 6),
              rule(TierCriterion.MAJOR_HAZARD_LEVEL, "LEVEL_4", SupervisionTier.TIER_3, 6)));

  @Test
  void colourAloneDecides() {
    assertThat(DEFAULTS.supervisionOf(RiskColour.BLUE, null))
        .contains(new Supervision(SupervisionTier.TIER_4, 12));
    assertThat(DEFAULTS.supervisionOf(RiskColour.ORANGE, null))
        .contains(new Supervision(SupervisionTier.TIER_2, 3));
  }

  @Test
  void levelAloneDecides() {
    assertThat(DEFAULTS.supervisionOf(null, MajorHazardLevel.LEVEL_1))
        .contains(new Supervision(SupervisionTier.TIER_1, 1));
    assertThat(DEFAULTS.supervisionOf(null, MajorHazardLevel.LEVEL_4))
        .contains(new Supervision(SupervisionTier.TIER_3, 6));
  }

  @Test
  void strictestApplicableRuleWins() {
    // Blue enterprise with a level-2 major hazard: quarterly, not yearly.
    assertThat(DEFAULTS.supervisionOf(RiskColour.BLUE, MajorHazardLevel.LEVEL_2))
        .contains(new Supervision(SupervisionTier.TIER_2, 3));
    // Red enterprise with a level-4 major hazard: monthly.
    assertThat(DEFAULTS.supervisionOf(RiskColour.RED, MajorHazardLevel.LEVEL_4))
        .contains(new Supervision(SupervisionTier.TIER_1, 1));
  }

  @Test
  void equalFrequencyPrefersTheStricterTier() {
    TierRules rules =
        new TierRules(
            List.of(
                rule(TierCriterion.RISK_COLOUR, "YELLOW", SupervisionTier.TIER_3, 6),
                rule(TierCriterion.MAJOR_HAZARD_LEVEL, "LEVEL_3", SupervisionTier.TIER_2, 6)));
    assertThat(rules.supervisionOf(RiskColour.YELLOW, MajorHazardLevel.LEVEL_3))
        .contains(new Supervision(SupervisionTier.TIER_2, 6));
  }

  @Test
  void noApplicableRuleMeansNoPlannedSupervision() {
    assertThat(DEFAULTS.supervisionOf(null, null)).isEmpty();
    TierRules onlyRed =
        new TierRules(List.of(rule(TierCriterion.RISK_COLOUR, "RED", SupervisionTier.TIER_1, 1)));
    assertThat(onlyRed.supervisionOf(RiskColour.BLUE, MajorHazardLevel.LEVEL_4)).isEmpty();
  }
}
