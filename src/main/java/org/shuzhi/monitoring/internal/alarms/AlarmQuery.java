package org.shuzhi.monitoring.internal.alarms;

import org.shuzhi.monitoring.AlarmSeverity;

/**
 * Filters of the alarm list; null means any.
 *
 * @param state lifecycle state, or null for every state
 * @param activeOnly only RAISED and ACKNOWLEDGED (the default view of the duty officer)
 * @param severity severity
 * @param townCode NBS town code
 */
public record AlarmQuery(
    AlarmState state, boolean activeOnly, AlarmSeverity severity, String townCode) {}
