package org.shuzhi.hazard;

/** How a hazard came to be known. Stored by name in {@code hazard.source}. */
public enum HazardSource {
  /** 监管检查: found in an inspection. */
  INSPECTION,
  /** 网格上报: reported by a grid worker. */
  GRID_REPORT,
  /** 企业自查: the enterprise's own check. */
  SELF_CHECK,
  /** 群众举报: reported by the public. */
  PUBLIC
}
