package org.shuzhi.efficiency.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.shuzhi.efficiency.internal.YearPolicy.ClassPolicy;

/**
 * What one C/D enterprise pays on top of the tariffs (economy.md §1.5: 差别化电价 / 水价 / 排污费):
 * consumption × the class's rate, each in yuan rounded to the fen. An amount is null when the
 * consumption was not delivered, and zero when the class has no rate for it.
 */
record Surcharge(
    SurchargeRepository.Consumption consumption,
    ClassPolicy policy,
    BigDecimal electricity,
    BigDecimal water,
    BigDecimal emission) {

  static Surcharge of(SurchargeRepository.Consumption c, ClassPolicy policy) {
    return new Surcharge(
        c,
        policy,
        amount(c.electricityKwh(), policy.electricitySurcharge()),
        amount(c.waterM3(), policy.waterSurcharge()),
        amount(c.emission(), policy.emissionSurcharge()));
  }

  static BigDecimal amount(Double quantity, BigDecimal rate) {
    if (rate.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    if (quantity == null) {
      return null;
    }
    return BigDecimal.valueOf(quantity).multiply(rate).setScale(2, RoundingMode.HALF_UP);
  }

  BigDecimal total() {
    return add(add(electricity, water), emission);
  }

  /** Some consumption the class is charged on was not delivered. */
  boolean incomplete() {
    return electricity == null || water == null || emission == null;
  }

  static BigDecimal add(BigDecimal a, BigDecimal b) {
    return a == null ? (b == null ? BigDecimal.ZERO.setScale(2) : b) : b == null ? a : a.add(b);
  }
}
