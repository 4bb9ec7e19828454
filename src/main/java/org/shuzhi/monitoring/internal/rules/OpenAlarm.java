package org.shuzhi.monitoring.internal.rules;

import java.time.Instant;
import org.shuzhi.monitoring.AlarmSeverity;

/**
 * An alarm stored as active (raised or acknowledged), given back to a new evaluator so that it
 * continues the alarm instead of raising a second one.
 *
 * @param ruleCode the rule
 * @param deviceCode the device
 * @param severity its current severity
 * @param lastAt time of its last decision
 * @param lastValue its last deciding value
 */
public record OpenAlarm(
    String ruleCode, String deviceCode, AlarmSeverity severity, Instant lastAt, double lastValue) {}
