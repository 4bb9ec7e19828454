package org.shuzhi.efficiency.internal;

import java.math.BigDecimal;
import java.util.List;
import org.shuzhi.efficiency.internal.YearPolicy.ClassPolicy;
import org.shuzhi.efficiency.internal.YearPolicy.RebateRule;

/**
 * The policy a year has until the bureau saves its own (economy.md §1.5, §7). Which measures apply
 * to which classes is from the notes (A+B: land-use tax relief, quotas, grants; C+D: 差别化电价 / 水价 /
 * 排污费, quota cuts). The amounts are NOT from an authoritative table (none was found for Zhejiang or
 * Xiaoshan): electricity C 0.1 / D 0.3 yuan/kWh follows the "+0.1/0.2/0.3 元/kWh" of a utility quiz
 * (unsure); water, emission, relief, quota and rebate figures are placeholders (unsure) for the
 * bureau to replace.
 */
final class PolicyDefaults {

  static final String TAX_PERCENT = "TAX_PERCENT";
  static final String FIXED = "FIXED";

  private PolicyDefaults() {}

  static YearPolicy of(int year) {
    return new YearPolicy(
        year,
        0,
        null,
        null,
        List.of(
            row("A", "0", "0", "0", "100", "10", "10"),
            row("B", "0", "0", "0", "50", "5", "5"),
            row("C", "0.1", "0.5", "100", "0", "-5", "-5"),
            row("D", "0.3", "1.0", "300", "0", "-10", "-10")),
        List.of(
            new RebateRule(
                "亩均效益领跑奖励", "A", TAX_PERCENT, new BigDecimal("5"), new BigDecimal("500000"))));
  }

  private static ClassPolicy row(
      String letter,
      String electricity,
      String water,
      String emission,
      String relief,
      String energyQuota,
      String emissionQuota) {
    return new ClassPolicy(
        letter,
        new BigDecimal(electricity),
        new BigDecimal(water),
        new BigDecimal(emission),
        new BigDecimal(relief),
        new BigDecimal(energyQuota),
        new BigDecimal(emissionQuota));
  }
}
