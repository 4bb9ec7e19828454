package org.shuzhi.inspection.internal;

import java.time.Instant;

/** One kept version of a tier rule: how it stood after an addition or edit, or when removed. */
record TierRuleChange(
    long ruleId,
    String action,
    TierCriterion criterion,
    String value,
    SupervisionTier tier,
    int frequencyMonths,
    int version,
    String changedBy,
    Instant changedAt) {}
