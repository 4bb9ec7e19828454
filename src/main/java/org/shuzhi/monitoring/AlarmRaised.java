package org.shuzhi.monitoring;

import java.time.Instant;

/**
 * An alarm was raised for a device (a rule started to hold). Published in the raising transaction,
 * delivered to module listeners after its commit.
 *
 * @param alarmId the alarm
 * @param ruleCode the alarm rule
 * @param deviceCode the device
 * @param townCode its NBS town code
 * @param enterpriseUscc the enterprise of the watched object, or null (flood stations)
 * @param severity how grave
 * @param value the deciding value
 * @param at when the condition was observed
 */
public record AlarmRaised(
    long alarmId,
    String ruleCode,
    String deviceCode,
    String townCode,
    String enterpriseUscc,
    AlarmSeverity severity,
    double value,
    Instant at) {}
