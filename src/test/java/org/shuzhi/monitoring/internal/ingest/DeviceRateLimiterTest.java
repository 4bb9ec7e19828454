package org.shuzhi.monitoring.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeviceRateLimiterTest {

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void allowsTheBurstThenTheRatePerDevice() {
    MovableClock clock = new MovableClock();
    DeviceRateLimiter limiter = new DeviceRateLimiter(clock, 10, 5);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.tryAcquire(1)).isTrue();
    }
    assertThat(limiter.tryAcquire(1)).isFalse();
    assertThat(limiter.tryAcquire(2)).as("another device has its own bucket").isTrue();

    clock.now = clock.now.plus(Duration.ofMillis(100)); // one token at 10/s
    assertThat(limiter.tryAcquire(1)).isTrue();
    assertThat(limiter.tryAcquire(1)).isFalse();

    clock.now = clock.now.plus(Duration.ofSeconds(60)); // refills to the burst, not beyond
    int allowed = 0;
    while (limiter.tryAcquire(1)) {
      allowed++;
    }
    assertThat(allowed).isEqualTo(5);
  }
}
