package org.shuzhi.inspection.internal;

/**
 * One tier rule: enterprises whose {@code criterion} has {@code value} (a {@code RiskColour} or
 * {@code MajorHazardLevel} name) are supervised in {@code tier} and inspected every {@code
 * frequencyMonths} months.
 */
record TierRule(
    long id,
    TierCriterion criterion,
    String value,
    SupervisionTier tier,
    int frequencyMonths,
    String updatedBy,
    int version) {}
