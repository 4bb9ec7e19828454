package org.shuzhi.command.internal.incidents;

import java.time.Instant;
import org.shuzhi.command.IncidentFacts;
import org.shuzhi.command.IncidentStatus;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.WarningColour;

/**
 * An incident as stored.
 *
 * @param alarmSeverity colour of the alarm it was opened from (monitoring's severity name), or null
 * @param reviewSummary after-action review: what happened and how it was handled (required to
 *     close)
 * @param reviewCause after-action review: the cause (required to close)
 * @param reviewLessons after-action review: lessons and improvements (required to close)
 */
public record Incident(
    long id,
    IncidentType type,
    String title,
    String description,
    ResponseLevel level,
    IncidentStatus status,
    double lon,
    double lat,
    String townCode,
    int deaths,
    int missing,
    int injuries,
    int peopleAffected,
    AffectedArea area,
    Long alarmId,
    String alarmSeverity,
    String deviceCode,
    String enterpriseUscc,
    String reviewSummary,
    String reviewCause,
    String reviewLessons,
    boolean synthetic,
    int version,
    Instant reportedAt,
    String reportedBy,
    Instant closedAt,
    String closedBy,
    Instant updatedAt,
    String updatedBy) {

  /** What the plan's triggers look at. */
  public IncidentFacts facts() {
    WarningColour colour = null;
    if (alarmSeverity != null) {
      colour = WarningColour.valueOf(alarmSeverity);
    }
    return new IncidentFacts(type, deaths, missing, injuries, peopleAffected, colour);
  }

  /** The reference reservations of this incident carry in the command ledger. */
  public String reference() {
    return reference(id);
  }

  static String reference(long id) {
    return "incident:" + id;
  }
}
