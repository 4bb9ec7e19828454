package org.shuzhi.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;

/**
 * LS risk matrix: R = L × S, likelihood L and severity S each an integer 1–5, so R is 1–25
 * (emergency.md §3). Other values are refused, naming the field.
 */
public record LsAssessment(BigDecimal l, BigDecimal s) {

  public static final List<BigDecimal> VALUES = LecAssessment.values("1", "2", "3", "4", "5");

  public LsAssessment {
    List<Violation> problems = new ArrayList<>();
    l = LecAssessment.canonical("l", l, VALUES, problems);
    s = LecAssessment.canonical("s", s, VALUES, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public BigDecimal r() {
    return LecAssessment.plain(l.multiply(s));
  }

  public RiskColour colour(RiskBands bands) {
    return bands.colourOf(r());
  }
}
