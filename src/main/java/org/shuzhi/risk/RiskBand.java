package org.shuzhi.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lower edge of one colour's band: a value belongs to it when above the bound (or equal to it,
 * when {@code inclusive}).
 */
public record RiskBand(RiskColour colour, BigDecimal lowerBound, boolean inclusive) {

  public RiskBand {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(lowerBound, "lowerBound");
  }

  public boolean admits(BigDecimal value) {
    int c = value.compareTo(lowerBound);
    return inclusive ? c >= 0 : c > 0;
  }
}
