package org.shuzhi.monitoring.internal.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;

/**
 * The device (or one of its channels) has sent nothing for {@code after} (offline, 离线). Judged on
 * the platform's clock at arrival, not on the device's timestamps, so a device whose clock is wrong
 * is not taken for offline; checked by the evaluator's periodic tick.
 *
 * @param channel the channel, or null for any reading of the device
 * @param after silence that counts as offline, e.g. {@code PT10M}; positive
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoData(String channel, Duration after) implements Condition {}
