package org.shuzhi.efficiency;

/**
 * The evaluation groups (economy.md §1.1: 慈溪 publishes 规上, 规下 ≥3亩, 规下 &lt;3亩 separately;
 * 浙政发〔2018〕5号 adds 规上服务业). Enterprises are ranked and classified within their group only.
 */
public enum EfficiencyGroup {
  /** 规上工业. */
  ABOVE_SCALE_INDUSTRY,
  /** 规下工业, land ≥ the small-land threshold (default 3 mu). */
  BELOW_SCALE_INDUSTRY,
  /** 规下工业 below the threshold: listed, not scored by default. */
  BELOW_SCALE_SMALL,
  /** 规上服务业 (without wholesale/retail, hospitality, finance, real estate). */
  ABOVE_SCALE_SERVICES
}
