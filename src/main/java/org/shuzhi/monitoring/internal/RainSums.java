package org.shuzhi.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rainfall of one gauge over the last 1, 3, 6 and 12 hours, mm, and the rainstorm warning colour it
 * reaches (中国气象局 暴雨预警信号, domain notes §5: blue 12 h ≥ 50 mm, yellow 6 h ≥ 50 mm, orange 3 h ≥ 50
 * mm, red 3 h ≥ 100 mm; measured, not forecast).
 */
public record RainSums(double h1, double h3, double h6, double h12) {

  /** RED, ORANGE, YELLOW, BLUE or null. */
  public String colour() {
    if (h3 >= 100) {
      return "RED";
    }
    if (h3 >= 50) {
      return "ORANGE";
    }
    if (h6 >= 50) {
      return "YELLOW";
    }
    return h12 >= 50 ? "BLUE" : null;
  }

  /** A sum rounded to 0.1 mm for display. */
  public BigDecimal shown(double mm) {
    return BigDecimal.valueOf(mm).setScale(1, RoundingMode.HALF_UP);
  }
}
