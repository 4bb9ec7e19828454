package org.shuzhi.risk.internal.majorhazard;

import java.time.Instant;

/**
 * One switch of the active catalogue version.
 *
 * @param previousCode the version active before, null for the first
 * @param sitesRegraded sites graded afresh with the new version
 * @param levelsChanged of those, the sites whose level changed
 */
public record CatalogueActivation(
    String code,
    String previousCode,
    Instant activatedAt,
    String activatedBy,
    int sitesRegraded,
    int levelsChanged) {}
