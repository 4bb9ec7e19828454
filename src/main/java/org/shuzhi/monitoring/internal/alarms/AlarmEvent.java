package org.shuzhi.monitoring.internal.alarms;

import java.time.Instant;
import org.shuzhi.monitoring.AlarmSeverity;

/** One transition of an alarm, as kept in its append-only history. */
public record AlarmEvent(
    String transition,
    Instant at,
    String actor,
    AlarmSeverity severity,
    Double value,
    String comment) {}
