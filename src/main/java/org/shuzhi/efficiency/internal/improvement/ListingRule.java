package org.shuzhi.efficiency.internal.improvement;

/**
 * Which rule put an enterprise on a list (湖州 2021 "三低", economy.md §1.6, and the zero-tax rule the
 * notes leave open).
 */
public enum ListingRule {
  /** 规上低贡献: above scale with tax per mu below the threshold. */
  ABOVE_SCALE_TAX_PER_MU,
  /** 规下低效益: below scale with tax per mu below the threshold. */
  BELOW_SCALE_TAX_PER_MU,
  /** 用地低产出: at least the land threshold (default 10 mu) and still below scale. */
  BELOW_SCALE_LARGE_LAND,
  /** 零收企业: land above the threshold and tax at most the threshold. */
  ZERO_TAX
}
