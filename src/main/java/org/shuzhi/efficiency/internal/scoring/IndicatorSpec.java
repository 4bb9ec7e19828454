package org.shuzhi.efficiency.internal.scoring;

/**
 * One weighted indicator of a group.
 *
 * @param code the indicator
 * @param weight points of an enterprise exactly at the benchmark
 * @param benchmark fixed benchmark; null = the group's average for the year
 * @param cap the most points the item can give; null = no cap
 */
public record IndicatorSpec(IndicatorCode code, Double weight, Double benchmark, Double cap) {}
