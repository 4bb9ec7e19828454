package org.shuzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuzhi.platform.InvalidInputException;

class LecAssessmentTest {

  private static final RiskBands BANDS = RiskBands.lecDefaults();

  private static LecAssessment lec(String l, String e, String c) {
    return new LecAssessment(new BigDecimal(l), new BigDecimal(e), new BigDecimal(c));
  }

  @ParameterizedTest(name = "L={0} E={1} C={2} → D={3} {4}")
  @CsvSource({
    // Worked examples.
    "6, 6, 7, 252, ORANGE",
    "10, 6, 15, 900, RED",
    "1, 6, 7, 42, BLUE",
    "3, 6, 7, 126, YELLOW",
    // The reachable values either side of each edge (160 and 320 themselves are unreachable).
    "1, 10, 7, 70, BLUE",
    "10, 0.5, 15, 75, YELLOW",
    "10, 1, 15, 150, YELLOW",
    "6, 10, 3, 180, ORANGE",
    "10, 10, 3, 300, ORANGE",
    "3, 3, 40, 360, RED",
    // Extremes.
    "10, 10, 100, 10000, RED",
    "0.1, 0.5, 1, 0.05, BLUE"
  })
  void scoresAndColoursByTheDefaultBands(
      String l, String e, String c, String d, RiskColour colour) {
    var lec = lec(l, e, c);
    assertThat(lec.d()).isEqualByComparingTo(d);
    assertThat(lec.colour(BANDS)).isEqualTo(colour);
  }

  @Test
  void noCombinationOfTheStandardValuesLandsOn160Or320ButOneLandsOn70() {
    List<BigDecimal> products = new ArrayList<>();
    for (BigDecimal l : LecAssessment.L_VALUES) {
      for (BigDecimal e : LecAssessment.E_VALUES) {
        for (BigDecimal c : LecAssessment.C_VALUES) {
          products.add(new LecAssessment(l, e, c).d());
        }
      }
    }
    assertThat(products).hasSize(7 * 6 * 6);
    assertThat(products).noneMatch(d -> d.compareTo(new BigDecimal("160")) == 0);
    assertThat(products).noneMatch(d -> d.compareTo(new BigDecimal("320")) == 0);
    assertThat(products).anyMatch(d -> d.compareTo(new BigDecimal("70")) == 0);
  }

  @ParameterizedTest(name = "D={0} → {1}")
  @CsvSource({
    "70, BLUE",
    "70.01, YELLOW",
    "160, YELLOW",
    "160.01, ORANGE",
    "320, ORANGE",
    "320.01, RED",
    "0.05, BLUE"
  })
  void bandEdgesBelongToTheLowerColour(String d, RiskColour colour) {
    assertThat(BANDS.colourOf(new BigDecimal(d))).isEqualTo(colour);
  }

  @Test
  void equalValuesWrittenDifferentlyAreAccepted() {
    var lec = lec("6.0", "6.00", "7");
    assertThat(lec.l()).isEqualByComparingTo("6");
    assertThat(lec.d()).isEqualByComparingTo("252");
  }

  @Test
  void aValueOutsideTheListIsRefusedNamingTheFieldAndTheAllowedValues() {
    assertThatThrownBy(() -> lec("5", "6", "7"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex -> {
              assertThat(ex.violations()).hasSize(1);
              var v = ex.violations().get(0);
              assertThat(v.field()).isEqualTo("l");
              assertThat(v.messageKey()).isEqualTo("risk.points.factor.notAllowed");
              assertThat(v.arguments()).containsExactly("L", "5", "10, 6, 3, 1, 0.5, 0.2, 0.1");
            });
  }

  @Test
  void everyWrongOrMissingFieldIsReportedAtOnce() {
    assertThatThrownBy(() -> new LecAssessment(new BigDecimal("4"), null, new BigDecimal("50")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex ->
                assertThat(ex.violations())
                    .extracting(InvalidInputException.Violation::field)
                    .containsExactly("l", "e", "c"));
  }

  @Test
  void eAndCListsAreTheStandardOnes() {
    assertThatThrownBy(() -> lec("6", "4", "7"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex -> assertThat(ex.violations().get(0).field()).isEqualTo("e"));
    assertThatThrownBy(() -> lec("6", "6", "10"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex -> assertThat(ex.violations().get(0).field()).isEqualTo("c"));
  }
}
