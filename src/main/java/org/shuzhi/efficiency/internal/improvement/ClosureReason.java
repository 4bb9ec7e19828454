package org.shuzhi.efficiency.internal.improvement;

/** Why a case was closed (销号): the outcome the town reports with its result text. */
public enum ClosureReason {
  /** 提升达标: tax per mu now meets the threshold, or tax is paid again. */
  TARGET_MET,
  /** 兼并重组完成. */
  MERGED,
  /** 土地腾退收储. */
  LAND_RECOVERED,
  /** 搬迁. */
  RELOCATED,
  /** 关停退出. */
  SHUT_DOWN,
  /** 其他. */
  OTHER;

  static ClosureReason of(String text) {
    for (ClosureReason r : values()) {
      if (r.name().equals(text)) {
        return r;
      }
    }
    return null;
  }
}
