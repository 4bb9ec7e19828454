package org.shuzhi.hazard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;

/**
 * One kept step of a hazard (a row of the append-only {@code hazard_transition}).
 *
 * @param action the action's name, or {@code REPORT} for the report itself
 * @param from null for the report
 */
record HazardTransition(
    long id,
    long hazardId,
    String action,
    HazardState from,
    HazardState to,
    String actor,
    String actorRole,
    Instant occurredAt,
    String comment,
    HazardGrade grade,
    String responsibleUnit,
    LocalDate deadline,
    List<Long> evidenceIds) {

  static final String REPORT = "REPORT";
}
