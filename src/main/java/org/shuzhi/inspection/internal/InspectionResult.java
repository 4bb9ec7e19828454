package org.shuzhi.inspection.internal;

/** The answer to one item; {@code hazardId} is the hazard a FAIL became, once finished. */
record InspectionResult(
    long itemId, Outcome outcome, String note, Long hazardId, String hazardState) {}
