package org.shuzhi.monitoring.internal.alarms;

/**
 * An active alarm became graver or milder (published in the updating transaction): the counts by
 * severity changed without a raise or a clear.
 *
 * @param alarmId the alarm
 * @param townCode its NBS town code
 */
record AlarmSeverityChanged(long alarmId, String townCode) {}
