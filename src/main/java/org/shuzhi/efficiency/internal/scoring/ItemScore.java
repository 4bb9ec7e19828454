package org.shuzhi.efficiency.internal.scoring;

/**
 * One indicator of one enterprise.
 *
 * @param code the indicator
 * @param value the enterprise's value, null when it could not be computed
 * @param benchmark the benchmark used
 * @param score the item's points (after the cap)
 */
public record ItemScore(IndicatorCode code, Double value, double benchmark, double score) {}
