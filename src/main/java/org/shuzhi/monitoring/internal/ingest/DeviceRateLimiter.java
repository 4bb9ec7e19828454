package org.shuzhi.monitoring.internal.ingest;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per device (messages per second plus a burst), so one flooding device is refused
 * before its messages take buffer room and database time from the others. Per node: with several
 * nodes behind a shared subscription each enforces the limit on its share.
 */
final class DeviceRateLimiter {

  private final Clock clock;
  private final double perMilli;
  private final int burst;
  private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

  DeviceRateLimiter(Clock clock, double perSecond, int burst) {
    this.clock = clock;
    this.perMilli = perSecond / 1000.0;
    this.burst = burst;
  }

  /** Takes one message's token; false when the device is over its rate. */
  boolean tryAcquire(long deviceId) {
    long now = clock.millis();
    return buckets.computeIfAbsent(deviceId, id -> new Bucket(burst, now)).take(now);
  }

  private final class Bucket {
    private double tokens;
    private long refilledAt;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }

    synchronized boolean take(long now) {
      if (now > refilledAt) {
        tokens = Math.min(burst, tokens + (now - refilledAt) * perMilli);
        refilledAt = now;
      }
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }
  }
}
