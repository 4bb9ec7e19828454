package org.shuzhi.monitoring;

import java.time.Instant;

/**
 * An alarm's condition stopped holding (or its rule or device was removed). Published in the
 * clearing transaction, delivered to module listeners after its commit.
 *
 * @param alarmId the alarm
 * @param ruleCode the alarm rule
 * @param deviceCode the device
 * @param townCode its NBS town code
 * @param enterpriseUscc the enterprise of the watched object, or null
 * @param severity the last severity
 * @param at when it cleared
 */
public record AlarmCleared(
    long alarmId,
    String ruleCode,
    String deviceCode,
    String townCode,
    String enterpriseUscc,
    AlarmSeverity severity,
    Instant at) {}
