package org.shuzhi.efficiency.internal.improvement;

/**
 * Improvement measures of a case (萧山 低效企业整治: 提升一批、兼并一批、收储一批、搬迁一批、淘汰一批, and 二次招商 / 腾笼换鸟 for vacated
 * premises).
 */
public enum Measure {
  /** 技改提升. */
  UPGRADE,
  /** 兼并重组. */
  MERGER,
  /** 腾退收储. */
  LAND_RECOVERY,
  /** 搬迁. */
  RELOCATION,
  /** 关停淘汰. */
  CLOSURE,
  /** 二次招商（腾笼换鸟）. */
  REINVESTMENT,
  /** 其他. */
  OTHER;

  static Measure of(String text) {
    for (Measure m : values()) {
      if (m.name().equals(text)) {
        return m;
      }
    }
    return null;
  }
}
