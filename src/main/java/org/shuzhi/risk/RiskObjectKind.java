package org.shuzhi.risk;

/**
 * Kinds of risk objects in the census (风险普查). The 三场所三企业 list follows the Zhejiang 工贸 usage
 * recorded in the domain notes (emergency.md §1).
 */
public enum RiskObjectKind {
  /** 危险化学品生产企业. */
  HAZCHEM_PRODUCTION,
  /** 危险化学品储存企业. */
  HAZCHEM_STORAGE,
  /** 危险化学品经营企业. */
  HAZCHEM_TRADING,
  /** 危险化学品使用企业. */
  HAZCHEM_USE,
  /** 粉尘涉爆场所. */
  DUST_EXPLOSION,
  /** 有限空间作业场所. */
  CONFINED_SPACE,
  /** 喷涂作业场所. */
  SPRAYING,
  /** 涉氨制冷企业. */
  AMMONIA_REFRIGERATION,
  /** 金属冶炼企业. */
  METAL_SMELTING,
  /** 船舶修造企业. */
  SHIP_REPAIR,
  /** 人员密集场所. */
  CROWDED_PLACE,
  /** 易涝点. */
  WATERLOGGING_POINT,
  /** 小型水库/山塘. */
  SMALL_RESERVOIR,
  /** 地质灾害隐患点. */
  GEOLOGICAL_HAZARD_POINT
}
