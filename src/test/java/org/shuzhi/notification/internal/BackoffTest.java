package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesFromTheBaseUpToTheMaximumAndStopsAtTheLimit() {
    var backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(backoff.after(60)).isEqualTo(Duration.ofMinutes(5));
    assertThat(backoff.exhausted(5)).isFalse();
    assertThat(backoff.exhausted(6)).isTrue();
  }
}
