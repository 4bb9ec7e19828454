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
    Instant nextEscalationAt) {}
