package org.shuzhi.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LargeCountMemoTest {

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-03-15T02:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aQueryThatExceededTheLimitIsRememberedForAMinute() {
    MovingClock clock = new MovingClock();
    LargeCountMemo memo = new LargeCountMemo(clock);
    String key = LargeCountMemo.key("TRUE", Map.of(), 10_000);
    assertThat(memo.recentlyExceeded(key)).isFalse();
    memo.rememberExceeded(key);
    clock.now = clock.now.plusSeconds(59);
    assertThat(memo.recentlyExceeded(key)).isTrue();
    clock.now = clock.now.plusSeconds(1);
    assertThat(memo.recentlyExceeded(key)).isFalse();
  }

  @Test
  void theKeyTellsParameterValuesAndLimitsApart() {
    String towns = "town_code = ANY(:scopeTowns)";
    assertThat(LargeCountMemo.key(towns, Map.of("scopeTowns", new String[] {"1", "2"}), 10))
        .isEqualTo(LargeCountMemo.key(towns, Map.of("scopeTowns", new String[] {"1", "2"}), 10))
        .isNotEqualTo(LargeCountMemo.key(towns, Map.of("scopeTowns", new String[] {"1"}), 10))
        .isNotEqualTo(LargeCountMemo.key(towns, Map.of("scopeTowns", new String[] {"1", "2"}), 20));
    LargeCountMemo memo = new LargeCountMemo(new MovingClock());
    memo.rememberExceeded(LargeCountMemo.key(towns, Map.of("scopeTowns", new String[] {"1"}), 10));
    assertThat(
            memo.recentlyExceeded(
                LargeCountMemo.key(towns, Map.of("scopeTowns", new String[] {"2"}), 10)))
        .isFalse();
  }
}
