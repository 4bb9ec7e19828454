package org.shuzhi.hazard.internal;

import java.time.Instant;

/** A row of {@code hazard_evidence}: a stored photo of a hazard. */
record Evidence(
    long id,
    long hazardId,
    String storageKey,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    Long transitionId) {}
