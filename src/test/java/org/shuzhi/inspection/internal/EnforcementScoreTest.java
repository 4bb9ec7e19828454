package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

class EnforcementScoreTest {

  final EnforcementScore scoring =
      new EnforcementScore(
          Map.of(
              ScoreFactor.COLOUR_RED, new BigDecimal("40"),
              ScoreFactor.COLOUR_BLUE, BigDecimal.ZERO,
              ScoreFactor.LEVEL_2, new BigDecimal("30"),
              ScoreFactor.OPEN_HAZARD, new BigDecimal("3"),
              ScoreFactor.OVERDUE_HAZARD, new BigDecimal("8"),
              ScoreFactor.OPEN_MAJOR_HAZARD, new BigDecimal("15"),
              ScoreFactor.FAILED_ITEM, new BigDecimal("5"),
              ScoreFactor.PENALTY, new BigDecimal("10.5")));

  @Test
  void workedExample() {
    // Red (40) + level 2 (30) + 4 open (12) + 1 overdue (8) + 1 open major (15) + 3 failed (15)
    // + 2 penalties (21) = 141.
    var result =
        scoring.score(
            new EnforcementScore.Signals(RiskColour.RED, MajorHazardLevel.LEVEL_2, 4, 1, 1, 3, 2));
    assertThat(result.score()).isEqualByComparingTo("141");
    assertThat(result.reasons()).hasSize(7);
    assertThat(result.reasons().get(0).factor()).isEqualTo(ScoreFactor.COLOUR_RED);
    assertThat(result.reasons())
        .anySatisfy(
            r -> {
              assertThat(r.factor()).isEqualTo(ScoreFactor.PENALTY);
              assertThat(r.count()).isEqualTo(2);
              assertThat(r.points()).isEqualByComparingTo("21");
            });
  }

  @Test
  void factorsWithoutPointsGiveNoReason() {
    var result = scoring.score(new EnforcementScore.Signals(RiskColour.BLUE, null, 0, 0, 0, 0, 0));
    assertThat(result.score()).isEqualByComparingTo("0");
    assertThat(result.reasons()).isEmpty();
  }

  @Test
  void unknownWeightCountsZero() {
    var result =
        scoring.score(new EnforcementScore.Signals(null, MajorHazardLevel.LEVEL_4, 1, 0, 0, 0, 0));
    assertThat(result.score()).isEqualByComparingTo("3");
    assertThat(result.reasons())
        .extracting(EnforcementScore.Reason::factor)
        .containsExactly(ScoreFactor.OPEN_HAZARD);
  }
}
