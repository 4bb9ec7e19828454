package org.shuzhi.inspection.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A violation found and the penalty imposed; {@code amountYuan} only for a fine. */
record Violation(
    long id,
    long inspectionId,
    String violation,
    String legalBasis,
    PenaltyKind penaltyKind,
    BigDecimal amountYuan,
    String recordedBy,
    Instant recordedAt) {}
