package org.shuzhi.monitoring.internal.rules;

import java.time.Duration;

/**
 * The channel changes fast: the change between the oldest reading inside the window and the latest,
 * divided by the window's length in minutes, reaches {@code perMinute} (inclusive). Dividing by the
 * whole window, not by the time between two readings, keeps one noisy reading a second after
 * another from looking like a steep slope.
 *
 * @param channel the channel watched
 * @param perMinute the rate, in the channel's unit per minute; positive
 * @param window how far back to look, e.g. {@code PT10M}
 * @param direction which way counts
 */
public record RateOfChange(String channel, Double perMinute, Duration window, Direction direction)
    implements Condition {

  public enum Direction {
    RISING,
    FALLING,
    EITHER
  }
}
