package org.shuzhi.inspection.internal;

/** What contributes to the enforcement score; the weights are reference data. */
enum ScoreFactor {
  COLOUR_RED,
  COLOUR_ORANGE,
  COLOUR_YELLOW,
  COLOUR_BLUE,
  LEVEL_1,
  LEVEL_2,
  LEVEL_3,
  LEVEL_4,
  /** Per open hazard. */
  OPEN_HAZARD,
  /** Per hazard awaiting rectification past its deadline. */
  OVERDUE_HAZARD,
  /** Per open major hazard. */
  OPEN_MAJOR_HAZARD,
  /** Per failed checklist item in the last 12 months. */
  FAILED_ITEM,
  /** Per penalty imposed in the last 12 months. */
  PENALTY
}
