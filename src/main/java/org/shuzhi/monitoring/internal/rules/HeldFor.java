package org.shuzhi.monitoring.internal.rules;

import java.time.Duration;

/**
 * The inner condition has held without a break for at least {@code duration}, judged on reading
 * timestamps: it holds from the reading at which the inner condition first held until one at which
 * it did not. Filters out short spikes (one of ThingsBoard's most requested missing features,
 * domain notes §7).
 *
 * @param condition the inner condition
 * @param duration how long, e.g. {@code PT30S}; positive
 */
public record HeldFor(Condition condition, Duration duration) implements Condition {}
