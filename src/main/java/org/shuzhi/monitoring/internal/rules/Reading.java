package org.shuzhi.monitoring.internal.rules;

import java.time.Instant;

/**
 * One telemetry value as the evaluator receives it.
 *
 * @param deviceCode the device
 * @param channel the channel, e.g. {@code lel}
 * @param ts when the device measured it
 * @param value the value in the channel's unit
 */
public record Reading(String deviceCode, String channel, Instant ts, double value) {}
