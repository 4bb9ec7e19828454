package org.shuzhi.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;

/**
 * The colour bands of one assessment method: lower edges for RED, ORANGE and YELLOW (in that order,
 * strictly decreasing); everything below YELLOW is BLUE. Kept as versioned reference data because
 * the thresholds vary between local standards (emergency.md §3, marked [unsure]).
 *
 * @param method the assessment method
 * @param version reference-data version these bands come from (0 for built-in defaults)
 * @param bands RED, ORANGE, YELLOW
 */
public record RiskBands(RiskPointMethod method, int version, List<RiskBand> bands) {

  private static final List<RiskColour> ORDER =
      List.of(RiskColour.RED, RiskColour.ORANGE, RiskColour.YELLOW);

  public RiskBands {
    Objects.requireNonNull(method, "method");
    bands = List.copyOf(bands);
    List<Violation> problems = problems(bands);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * LEC defaults. The notes' table ("D > 320 red, 160–320 orange, 70–160 yellow, below 70 blue")
   * leaves the shared edges ambiguous; we read each range as (lower, upper]: D > 320 RED, 160 < D ≤
   * 320 ORANGE, 70 < D ≤ 160 YELLOW, D ≤ 70 BLUE. So D = 320 is ORANGE, 160 YELLOW and 70 BLUE,
   * which agrees with the classic LEC wording ("D > 320 极其危险", "70–160 显著危险").
   */
  public static RiskBands lecDefaults() {
    return new RiskBands(
        RiskPointMethod.LEC,
        0,
        List.of(
            new RiskBand(RiskColour.RED, new BigDecimal("320"), false),
            new RiskBand(RiskColour.ORANGE, new BigDecimal("160"), false),
            new RiskBand(RiskColour.YELLOW, new BigDecimal("70"), false)));
  }

  /** LS defaults: R 20–25 RED, 15–16 ORANGE, 9–12 YELLOW, 1–8 BLUE (inclusive lower bounds). */
  public static RiskBands lsDefaults() {
    return new RiskBands(
        RiskPointMethod.LS,
        0,
        List.of(
            new RiskBand(RiskColour.RED, new BigDecimal("20"), true),
            new RiskBand(RiskColour.ORANGE, new BigDecimal("15"), true),
            new RiskBand(RiskColour.YELLOW, new BigDecimal("9"), true)));
  }

  /** The colour of a computed value (D or R). */
  public RiskColour colourOf(BigDecimal value) {
    for (RiskBand band : bands) {
      if (band.admits(value)) {
        return band.colour();
      }
    }
    return RiskColour.BLUE;
  }

  public RiskBand band(RiskColour colour) {
    return bands.stream().filter(b -> b.colour() == colour).findFirst().orElseThrow();
  }

  /** What is wrong with a proposed set of bands (empty when it is usable). */
  public static List<Violation> problems(List<RiskBand> bands) {
    List<Violation> problems = new ArrayList<>();
    if (bands.size() != ORDER.size()) {
      problems.add(new Violation("bands", "risk.points.bands.incomplete"));
      return problems;
    }
    for (int i = 0; i < ORDER.size(); i++) {
      RiskBand band = bands.get(i);
      String field = ORDER.get(i).name();
      if (band.colour() != ORDER.get(i)) {
        problems.add(new Violation("bands", "risk.points.bands.incomplete"));
        return problems;
      }
      if (band.lowerBound().signum() <= 0) {
        problems.add(new Violation(field, "risk.points.bands.notPositive", band.lowerBound()));
      }
      if (i > 0 && band.lowerBound().compareTo(bands.get(i - 1).lowerBound()) >= 0) {
        problems.add(new Violation(field, "risk.points.bands.notDecreasing"));
      }
    }
    return problems;
  }
}
