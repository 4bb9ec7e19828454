package org.shuzhi.hazard.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardSource;
import org.shuzhi.hazard.HazardState;

/** A row of {@code hazard}. */
record Hazard(
    long id,
    String enterpriseUscc,
    String enterpriseName,
    String title,
    String description,
    String address,
    Double lon,
    Double lat,
    String townCode,
    Long gridId,
    HazardSource source,
    HazardGrade grade,
    HazardState state,
    String responsibleUnit,
    LocalDate deadline,
    boolean supervised,
    String foundBy,
    Instant foundAt,
    Instant closedAt,
    boolean synthetic,
    Instant updatedAt,
    int version) {

  HazardWorkflow.Subject subject() {
    return new HazardWorkflow.Subject(state, grade, supervised, enterpriseUscc, townCode);
  }

  /** 逾期: still owed a rectification and the deadline day has passed. */
  boolean overdue(LocalDate today) {
    return state.awaitingRectification() && deadline != null && deadline.isBefore(today);
  }

  long daysOverdue(LocalDate today) {
    return overdue(today) ? EscalationRule.daysOverdue(deadline, today) : 0;
  }
}
