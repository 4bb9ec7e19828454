package org.shuzhi.monitoring.internal.alarms;

import java.time.Instant;
import org.shuzhi.monitoring.AlarmSeverity;

/** One alarm as stored, for lists, pages and the API. */
public record AlarmRow(
    long id,
    String ruleCode,
    long deviceId,
    String deviceCode,
    String deviceName,
    String townCode,
    String enterpriseUscc,
    AlarmState state,
    AlarmSeverity severity,
    Instant raisedAt,
    double firstValue,
    double lastValue,
    Instant lastAt,
    int repeats,
    String reason,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String ackComment,
    Instant clearedAt,
    String closedBy,
    Instant closedAt,
    String closeComment,
    int escalationLevel,
    Instant nextEscalationAt) {

  /** The row after a repeat of its condition (what {@code AlarmRepository.repeat} stores). */
  AlarmRow repeated(AlarmSeverity newSeverity, double value, Instant at) {
    return new AlarmRow(
        id,
        ruleCode,
        deviceId,
        deviceCode,
        deviceName,
        townCode,
        enterpriseUscc,
        state,
        newSeverity,
        raisedAt,
        firstValue,
        value,
        lastAt == null || at.isAfter(lastAt) ? at : lastAt,
        repeats + 1,
        reason,
        acknowledgedBy,
        acknowledgedAt,
        ackComment,
        clearedAt,
        closedBy,
        closedAt,
        closeComment,
        escalationLevel,
        nextEscalationAt);
  }
}
