package org.shuzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.platform.InvalidInputException;

class RiskBandsTest {

  private static RiskBand band(RiskColour colour, String bound, boolean inclusive) {
    return new RiskBand(colour, new BigDecimal(bound), inclusive);
  }

  @Test
  void inclusiveAndExclusiveBoundsDecideTheEdge() {
    var exclusive =
        new RiskBands(
            RiskPointMethod.LEC,
            2,
            List.of(
                band(RiskColour.RED, "400", false),
                band(RiskColour.ORANGE, "200", false),
                band(RiskColour.YELLOW, "100", false)));
    var inclusive =
        new RiskBands(
            RiskPointMethod.LEC,
            3,
            List.of(
                band(RiskColour.RED, "400", true),
                band(RiskColour.ORANGE, "200", true),
                band(RiskColour.YELLOW, "100", true)));
    assertThat(exclusive.colourOf(new BigDecimal("400"))).isEqualTo(RiskColour.ORANGE);
    assertThat(inclusive.colourOf(new BigDecimal("400"))).isEqualTo(RiskColour.RED);
    assertThat(exclusive.colourOf(new BigDecimal("100"))).isEqualTo(RiskColour.BLUE);
    assertThat(inclusive.colourOf(new BigDecimal("100"))).isEqualTo(RiskColour.YELLOW);
    assertThat(inclusive.colourOf(new BigDecimal("99.99"))).isEqualTo(RiskColour.BLUE);
  }

  @Test
  void boundsMustDecreaseFromRedToYellowAndBePositive() {
    assertThatThrownBy(
            () ->
                new RiskBands(
                    RiskPointMethod.LS,
                    0,
                    List.of(
                        band(RiskColour.RED, "15", true),
                        band(RiskColour.ORANGE, "15", true),
                        band(RiskColour.YELLOW, "0", true))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex ->
                assertThat(ex.violations())
                    .extracting(InvalidInputException.Violation::messageKey)
                    .containsExactlyInAnyOrder(
                        "risk.points.bands.notDecreasing", "risk.points.bands.notPositive"));
  }

  @Test
  void allThreeColoursAreNeededInOrder() {
    assertThat(
            RiskBands.problems(
                List.of(band(RiskColour.ORANGE, "20", true), band(RiskColour.RED, "10", true))))
        .extracting(InvalidInputException.Violation::messageKey)
        .containsExactly("risk.points.bands.incomplete");
  }

  @Test
  void theHighestColourWins() {
    assertThat(
            RiskColour.highest(java.util.Arrays.asList(RiskColour.BLUE, null, RiskColour.ORANGE)))
        .contains(RiskColour.ORANGE);
    assertThat(RiskColour.highest(List.of())).isEmpty();
  }
}
