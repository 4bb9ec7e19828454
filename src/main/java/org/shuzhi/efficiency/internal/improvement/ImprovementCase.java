package org.shuzhi.efficiency.internal.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An improvement case (整治/提升): one listed enterprise, one kind, the year it was opened for and its
 * figures then (the baseline), the plan and measures, the responsible town and deadline, and the
 * status up to closure (销号).
 *
 * @param overdue not closed and past its deadline (shown as OVERDUE, not stored)
 */
record ImprovementCase(
    long id,
    ImprovementKind kind,
    String uscc,
    String name,
    String townCode,
    String responsibleTown,
    int openedYear,
    List<ListingRule> rules,
    Double landAreaMu,
    Double tax,
    String plan,
    List<Measure> measures,
    LocalDate deadline,
    CaseStatus status,
    boolean overdue,
    ClosureReason closureReason,
    String closureResult,
    String closedBy,
    Instant closedAt,
    int version,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt) {

  /** The status to show: OVERDUE for an open case past its deadline. */
  public String displayStatus() {
    return overdue ? "OVERDUE" : status.name();
  }

  /** Tax per mu at opening, yuan. */
  public Double taxPerMu() {
    return landAreaMu == null || landAreaMu <= 0 || tax == null ? null : tax * 10_000 / landAreaMu;
  }
}
