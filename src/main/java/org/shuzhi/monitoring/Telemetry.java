package org.shuzhi.monitoring;

import java.time.Instant;
import java.util.List;

/** Stored telemetry: latest values, raw series and hourly aggregates (no data scope). */
public interface Telemetry {

  /** The newest value of each channel of the device that has reported. */
  List<LatestValue> latest(long deviceId);

  /**
   * Raw values of one channel with {@code from <= ts < to}, oldest first, at most {@code limit}.
   */
  List<SeriesPoint> series(long deviceId, String channel, Instant from, Instant to, int limit);

  /** Hourly aggregates of one channel for hours starting in {@code [from, to)}, oldest first. */
  List<HourlyValue> hourly(long deviceId, String channel, Instant from, Instant to);

  /**
   * @param receivedAt when the platform stored it (to tell a silent device from a slow clock)
   */
  record LatestValue(
      String channel, String unit, Instant ts, long seq, double value, Instant receivedAt) {}

  record SeriesPoint(Instant ts, long seq, double value) {}

  record HourlyValue(Instant hour, double min, double max, double avg, long count) {}
}
