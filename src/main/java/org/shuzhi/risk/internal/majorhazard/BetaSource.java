package org.shuzhi.risk.internal.majorhazard;

/** Where a substance's correction factor β came from (GB 18218-2018 §4.3). */
enum BetaSource {
  /** The catalogue entry's own β (Table 3 for the named toxic gases). */
  CATALOGUE,
  /** Table 4 by hazard category. */
  CATEGORY
}
