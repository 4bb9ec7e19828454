package org.shuzhi.monitoring;

import java.time.Instant;

/**
 * One stored channel value (遥测数据).
 *
 * @param deviceId the device
 * @param deviceCode its code
 * @param channel the channel's name
 * @param ts when the device measured it
 * @param seq the device's sequence number of the message entry
 * @param value the value, finite
 */
public record Reading(
    long deviceId, String deviceCode, String channel, Instant ts, long seq, double value) {}
