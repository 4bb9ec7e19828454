package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which values a tier rule on each criterion may name (the table's CHECK says the same). */
class TierCriterionTest {

  @Test
  void eachCriterionAllowsItsOwnValuesOnly() {
    assertThat(TierCriterion.RISK_COLOUR.criterionValues())
        .containsExactly("RED", "ORANGE", "YELLOW", "BLUE");
    assertThat(TierCriterion.MAJOR_HAZARD_LEVEL.criterionValues())
        .containsExactly("LEVEL_1", "LEVEL_2", "LEVEL_3", "LEVEL_4");
    assertThat(TierCriterion.RISK_COLOUR.allows("LEVEL_1")).isFalse();
    assertThat(TierCriterion.MAJOR_HAZARD_LEVEL.allows("RED")).isFalse();
    assertThat(TierCriterion.MAJOR_HAZARD_LEVEL.allows("level_1")).isFalse();
  }
}
