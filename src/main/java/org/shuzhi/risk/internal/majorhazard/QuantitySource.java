package org.shuzhi.risk.internal.majorhazard;

/** Where a substance's critical quantity Q came from (GB 18218-2018 §4.2.1). */
enum QuantitySource {
  /** Named in Table 1. */
  TABLE_1,
  /** Not named: Table 2 by hazard category (the lowest Q when several apply). */
  CATEGORY
}
