package org.shuzhi.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;

/**
 * LEC (作业条件危险性评价法, Graham–Kinney): D = L × E × C, each factor taken from its standard list
 * (emergency.md §3). Any other value is refused, naming the field and the allowed values.
 *
 * @param l likelihood (事故发生的可能性)
 * @param e exposure (暴露于危险环境的频繁程度)
 * @param c consequence (发生事故可能造成的后果)
 */
public record LecAssessment(BigDecimal l, BigDecimal e, BigDecimal c) {

  public static final List<BigDecimal> L_VALUES = values("10", "6", "3", "1", "0.5", "0.2", "0.1");
  public static final List<BigDecimal> E_VALUES = values("10", "6", "3", "2", "1", "0.5");
  public static final List<BigDecimal> C_VALUES = values("100", "40", "15", "7", "3", "1");

  /** Validates every factor at once, so one answer names all wrong fields. */
  public LecAssessment {
    List<Violation> problems = new java.util.ArrayList<>();
    l = canonical("l", l, L_VALUES, problems);
    e = canonical("e", e, E_VALUES, problems);
    c = canonical("c", c, C_VALUES, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** D, exact (no binary floating point: 0.1 × 0.5 × 1 is 0.05, not 0.05000000000000001). */
  public BigDecimal d() {
    return plain(l.multiply(e).multiply(c));
  }

  public RiskColour colour(RiskBands bands) {
    return bands.colourOf(d());
  }

  static List<BigDecimal> values(String... texts) {
    return java.util.Arrays.stream(texts).map(BigDecimal::new).toList();
  }

  /** The allowed value equal to {@code value} (so 6.0 becomes 6), or a violation. */
  static BigDecimal canonical(
      String field, BigDecimal value, List<BigDecimal> allowed, List<Violation> problems) {
    if (value == null) {
      problems.add(new Violation(field, "risk.points.factor.required", field.toUpperCase()));
      return null;
    }
    for (BigDecimal a : allowed) {
      if (a.compareTo(value) == 0) {
        return a;
      }
    }
    problems.add(
        new Violation(
            field,
            "risk.points.factor.notAllowed",
            field.toUpperCase(),
            value.toPlainString(),
            allowed.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "))));
    return null;
  }

  static BigDecimal plain(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
