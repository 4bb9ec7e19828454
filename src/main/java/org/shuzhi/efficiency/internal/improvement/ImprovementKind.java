package org.shuzhi.efficiency.internal.improvement;

/**
 * The two lists (economy.md §1.6): low-efficiency enterprises (低效企业) and zero-tax enterprises
 * (零收企业, "零收企业清零"). An enterprise on the zero-tax list is not also put on the low-efficiency list
 * of the same year: one finding, one case.
 */
public enum ImprovementKind {
  LOW_EFFICIENCY,
  ZERO_TAX;

  static ImprovementKind of(String text) {
    for (ImprovementKind k : values()) {
      if (k.name().equalsIgnoreCase(text)) {
        return k;
      }
    }
    return null;
  }
}
