package org.shuzhi.inspection.internal;

/** What a tier rule looks at: the enterprise's risk colour or its GB 18218 major-hazard level. */
enum TierCriterion {
  RISK_COLOUR,
  MAJOR_HAZARD_LEVEL
}
