package org.shuzhi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.Telemetry.LatestValue;

class DeviceStatusesTest {

  private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");

  private final ThresholdLines thresholds = mock(ThresholdLines.class);
  private final DeviceStatuses statuses =
      new DeviceStatuses(thresholds, Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));
  private final Device gauge =
      new Device(
          1,
          "G1",
          "水位计",
          DeviceKind.WATER_LEVEL,
          List.of(new Channel(1, "level", "m")),
          DeviceTargetKind.FLOOD_STATION,
          7,
          "站",
          null,
          120.2,
          30.1,
          "330109001",
          null,
          true,
          false);

  private static LatestValue level(double value, Instant receivedAt) {
    return new LatestValue("level", "m", receivedAt, 1, value, receivedAt);
  }

  @Test
  void statusFollowsAgeAndLimits() {
    when(thresholds.of(eq(gauge), eq("level"), any()))
        .thenReturn(
            List.of(
                new ThresholdLines.Line("warning", 4.0, "#e6b800"),
                new ThresholdLines.Line("LOW", 0.5, "#3a7bd5")));
    assertThat(statuses.status(gauge, List.of(), List.of())).isEqualTo(DeviceStatus.NO_DATA);
    assertThat(statuses.status(gauge, List.of(level(3.9, NOW.minusSeconds(60))), List.of()))
        .isEqualTo(DeviceStatus.NORMAL);
    // Limits are inclusive, as in the alarm rules.
    assertThat(statuses.status(gauge, List.of(level(4.0, NOW.minusSeconds(60))), List.of()))
        .isEqualTo(DeviceStatus.OUT_OF_RANGE);
    assertThat(statuses.status(gauge, List.of(level(0.5, NOW.minusSeconds(60))), List.of()))
        .isEqualTo(DeviceStatus.OUT_OF_RANGE);
    // Silence outranks the last value: an old high reading says nothing about now.
    assertThat(
            statuses.status(gauge, List.of(level(9, NOW.minus(Duration.ofMinutes(16)))), List.of()))
        .isEqualTo(DeviceStatus.OFFLINE);
  }
}
