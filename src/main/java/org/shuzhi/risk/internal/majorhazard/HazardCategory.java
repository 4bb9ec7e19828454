package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;

/**
 * A hazard category: GB 18218-2018 Table 2 (Q for substances not named in Table 1) and Table 4 (β).
 */
record HazardCategory(
    String code,
    String nameZh,
    String nameEn,
    BigDecimal criticalQuantity,
    BigDecimal beta,
    String note) {}
