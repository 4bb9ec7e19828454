package org.shuzhi.hazard;

/**
 * Grade of a hazard (事故隐患), as defined by 安监总局令第16号《安全生产事故隐患排查治理暂行规定》(2008) Art. 3. Stored by name
 * in {@code hazard.grade}.
 */
public enum HazardGrade {
  /** 一般事故隐患: low harm and low difficulty; can be rectified at once after discovery. */
  GENERAL,
  /**
   * 重大事故隐患: high harm and difficulty; needs full or partial suspension of production and a period
   * of treatment, or cannot be removed by the unit itself.
   */
  MAJOR
}
