package org.shuzhi.command.internal.incidents;

import java.time.Instant;

/**
 * A task of the plan's checklist started for an incident.
 *
 * @param assignee a department code (e.g. EMERGENCY) or a role such as TOWN
 * @param status OPEN, IN_PROGRESS or DONE
 */
public record IncidentTask(
    long id,
    long incidentId,
    String assignee,
    String title,
    Status status,
    Instant updatedAt,
    String updatedBy) {

  public enum Status {
    OPEN,
    IN_PROGRESS,
    DONE
  }
}
