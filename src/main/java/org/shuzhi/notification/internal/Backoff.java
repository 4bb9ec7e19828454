package org.shuzhi.notification.internal;

import java.time.Duration;

/**
 * When to try again: {@code base × 2^(attempt−1)}, at most {@code max}, and no further attempt
 * after {@code maxAttempts}.
 */
record Backoff(Duration base, Duration max, int maxAttempts) {

  /** Delay after failed attempt number {@code attempt} (from 1). */
  Duration after(int attempt) {
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    Duration d = base.multipliedBy(1L << shift);
    return d.compareTo(max) > 0 ? max : d;
  }

  boolean exhausted(int attempt) {
    return attempt >= maxAttempts;
  }
}
