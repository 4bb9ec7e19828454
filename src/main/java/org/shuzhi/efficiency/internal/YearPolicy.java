package org.shuzhi.efficiency.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The differentiated policies of an evaluation year (economy.md §1.5): one row per class and the
 * rebate rules. Version 0 with no editor means the built-in defaults ({@link PolicyDefaults}).
 */
record YearPolicy(
    int year,
    int version,
    String updatedBy,
    Instant updatedAt,
    List<ClassPolicy> classes,
    List<RebateRule> rebates) {

  YearPolicy {
    classes = List.copyOf(classes);
    rebates = List.copyOf(rebates);
  }

  public boolean defaults() {
    return version == 0;
  }

  public ClassPolicy of(String letter) {
    return classes.stream()
        .filter(c -> c.efficiencyClass().equals(letter))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no policy for class " + letter));
  }

  List<RebateRule> rebatesOf(String letter) {
    return rebates.stream().filter(r -> letter.equals(r.efficiencyClass())).toList();
  }

  /**
   * What one class pays and gets.
   *
   * @param efficiencyClass A, B, C or D
   * @param electricitySurcharge 差别化电价, yuan per kWh on top of the tariff
   * @param waterSurcharge 差别化水价, yuan per m³
   * @param emissionSurcharge 差别化排污费, yuan per equivalent tonne of the emission figure (the figures
   *     hold emissions in 当量吨, not a fee amount, so a per-unit rate is what can be computed)
   * @param landUseTaxReliefPercent 城镇土地使用税 relief, 0–100 %
   * @param energyQuotaChangePercent 用能指标 change, −100–100 % (negative = cut)
   * @param emissionQuotaChangePercent 排污指标 change, −100–100 %
   */
  record ClassPolicy(
      String efficiencyClass,
      BigDecimal electricitySurcharge,
      BigDecimal waterSurcharge,
      BigDecimal emissionSurcharge,
      BigDecimal landUseTaxReliefPercent,
      BigDecimal energyQuotaChangePercent,
      BigDecimal emissionQuotaChangePercent) {

    boolean surcharges() {
      return electricitySurcharge.signum() > 0
          || waterSurcharge.signum() > 0
          || emissionSurcharge.signum() > 0;
    }
  }

  /**
   * A rebate (返还奖励) for every enterprise of a class.
   *
   * @param basis {@code TAX_PERCENT}: rate % of the tax paid; {@code FIXED}: rate yuan
   * @param cap most yuan per enterprise, or null for no cap
   */
  record RebateRule(
      String name, String efficiencyClass, String basis, BigDecimal rate, BigDecimal cap) {}
}
