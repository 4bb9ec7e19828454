package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bookkeeping only; that events reach a browser is shown by the live-page integration tests. */
class SseSubscribersTest {

  private final SseSubscribers<String> streams = new SseSubscribers<>(Duration.ofMinutes(1));

  @Test
  void streamsAreKeptUnderTheirKey() {
    streams.open("zhang");
    streams.open("zhang");
    streams.open("li");

    assertThat(streams.size()).isEqualTo(3);
    assertThat(streams.has("zhang")).isTrue();
    assertThat(streams.has("wang")).isFalse();
  }

  @Test
  void theEventOfAKeyIsComputedOnceForAllItsStreams() {
    streams.open("zhang");
    streams.open("zhang");
    streams.open("li");
    List<String> asked = new ArrayList<>();

    streams.sendEach(
        "unread",
        null,
        key -> {
          asked.add(key);
          return key.equals("zhang") ? "3" : null;
        });

    assertThat(asked).containsExactlyInAnyOrder("zhang", "li");
    assertThat(streams.size()).isEqualTo(3);
  }
}
