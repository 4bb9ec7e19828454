package org.shuzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuzhi.platform.InvalidInputException;

class LsAssessmentTest {

  @ParameterizedTest(name = "L={0} S={1} → R={2} {3}")
  @CsvSource({
    "1, 1, 1, BLUE",
    "2, 4, 8, BLUE",
    "3, 3, 9, YELLOW",
    "3, 4, 12, YELLOW",
    "3, 5, 15, ORANGE",
    "4, 4, 16, ORANGE",
    "4, 5, 20, RED",
    "5, 5, 25, RED"
  })
  void scoresAndColoursByTheDefaultBands(int l, int s, int r, RiskColour colour) {
    var ls = new LsAssessment(BigDecimal.valueOf(l), BigDecimal.valueOf(s));
    assertThat(ls.r()).isEqualByComparingTo(BigDecimal.valueOf(r));
    assertThat(ls.colour(RiskBands.lsDefaults())).isEqualTo(colour);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "6", "2.5", "-1"})
  void valuesOutsideOneToFiveAreRefused(String value) {
    assertThatThrownBy(() -> new LsAssessment(new BigDecimal("3"), new BigDecimal(value)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex -> {
              assertThat(ex.violations()).hasSize(1);
              assertThat(ex.violations().get(0).field()).isEqualTo("s");
            });
  }
}
