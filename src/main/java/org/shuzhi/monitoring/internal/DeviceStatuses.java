package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Telemetry.LatestValue;
import org.shuzhi.monitoring.internal.rules.AlarmRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a device's {@link DeviceStatus} from its latest values: offline when nothing arrived for
 * {@code shuzhi.monitoring.offline-after} (default 15 minutes), out of range when a latest value
 * reaches a threshold line (flood levels, threshold-rule limits), else normal.
 */
@Component
class DeviceStatuses {

  private final ThresholdLines thresholds;
  private final Duration offlineAfter;
  private final Clock clock;

  DeviceStatuses(
      ThresholdLines thresholds,
      @Value("${shuzhi.monitoring.offline-after:PT15M}") Duration offlineAfter,
      Clock clock) {
    this.thresholds = thresholds;
    this.offlineAfter = offlineAfter;
    this.clock = clock;
  }

  /** The rules to pass to {@link #status}, read once per view. */
  List<AlarmRule> rules() {
    return thresholds.enabledRules();
  }

  DeviceStatus status(Device device, List<LatestValue> latest, List<AlarmRule> rules) {
    if (latest == null || latest.isEmpty()) {
      return DeviceStatus.NO_DATA;
    }
    Instant newest = latest.stream().map(LatestValue::receivedAt).max(Instant::compareTo).get();
    if (newest.isBefore(clock.instant().minus(offlineAfter))) {
      return DeviceStatus.OFFLINE;
    }
    for (LatestValue v : latest) {
      for (ThresholdLines.Line line : thresholds.of(device, v.channel(), rules)) {
        boolean out =
            ThresholdLines.lower(line) ? v.value() <= line.value() : v.value() >= line.value();
        if (out) {
          return DeviceStatus.OUT_OF_RANGE;
        }
      }
    }
    return DeviceStatus.NORMAL;
  }
}
