package org.shuzhi.efficiency;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an A or B enterprise is entitled to for a year under the differentiated policies (economy.md
 * §1.5: 减免城镇土地使用税, 支持用能指标, 新增排污指标, 财政资金奖励): as materialised when the year's evaluation run was
 * published.
 *
 * @param landUseTaxReliefPercent share of the urban land-use tax relieved (0–100); the tax amount
 *     itself is not among the evaluation figures, so the tax bureau applies the percentage
 * @param energyQuotaChangePercent change of the energy-use quota (positive = more)
 * @param emissionQuotaChangePercent change of the emission quota (positive = more)
 * @param rebates rebates (奖励) with their amounts in yuan
 */
public record EnterpriseIncentive(
    String uscc,
    String name,
    EfficiencyClass efficiencyClass,
    BigDecimal landUseTaxReliefPercent,
    BigDecimal energyQuotaChangePercent,
    BigDecimal emissionQuotaChangePercent,
    List<Rebate> rebates) {

  public EnterpriseIncentive {
    rebates = List.copyOf(rebates);
  }

  /**
   * One rebate.
   *
   * @param basis {@code TAX_PERCENT} (rate % of the tax paid, capped) or {@code FIXED} (rate in
   *     yuan)
   * @param amountYuan what the enterprise gets; null when the tax paid is not known
   */
  public record Rebate(String name, String basis, BigDecimal rate, BigDecimal amountYuan) {}
}
