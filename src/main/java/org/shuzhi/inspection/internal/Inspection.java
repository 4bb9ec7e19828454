package org.shuzhi.inspection.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code inspection}. {@code planMonth} is the first day of the plan's month, or null;
 * {@code gridId} is the grid the enterprise lay in when the inspection was planned or started.
 */
record Inspection(
    long id,
    String enterpriseUscc,
    String enterpriseName,
    String townCode,
    Long gridId,
    LocalDate planMonth,
    SupervisionTier tier,
    String checklistCode,
    InspectionState state,
    String inspector,
    Instant startedAt,
    Instant finishedAt,
    boolean synthetic,
    int version) {}
