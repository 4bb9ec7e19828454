package org.shuzhi.monitoring.internal.rules;

import java.time.Instant;
import org.shuzhi.monitoring.AlarmSeverity;

/**
 * What the evaluator concluded for one rule and one device.
 *
 * @param kind raise, update or clear
 * @param ruleCode the rule
 * @param deviceCode the device
 * @param severity the severity now (for a clear, the last one)
 * @param value the deciding value: the channel value, rate per minute, accumulated mm, or minutes
 *     without data
 * @param at reading time that led to it (platform time for offline and tick decisions)
 * @param reason why, renderable in the user's language
 */
public record AlarmDecision(
    DecisionKind kind,
    String ruleCode,
    String deviceCode,
    AlarmSeverity severity,
    double value,
    Instant at,
    AlarmReason reason) {}
