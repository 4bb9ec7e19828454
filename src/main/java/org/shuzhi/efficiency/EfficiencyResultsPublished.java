package org.shuzhi.efficiency;

import java.time.Instant;

/**
 * Published after the transaction that publishes an evaluation run (after publicity and
 * objections): the year's classes are final and other modules (enterprise services' A/B incentives,
 * differentiated policies) may use them. A re-evaluation publishes a new version, which replaces
 * the previous one.
 */
public record EfficiencyResultsPublished(
    int year,
    long runId,
    int version,
    int enterpriseCount,
    String publishedBy,
    Instant publishedAt) {}
