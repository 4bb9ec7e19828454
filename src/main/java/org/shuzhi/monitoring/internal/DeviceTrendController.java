package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Telemetry;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trend data for the device page's charts: the last 24 hours from raw readings, 7 or 30 days from
 * hourly aggregates (average with min/max band), one series per channel with its threshold lines.
 */
@RestController
class DeviceTrendController {

  /** Raw readings read per channel for 24 h at most (one every 2 s). */
  static final int RAW_LIMIT = 43_200;

  /** Points a chart needs; more raw readings are thinned to each bucket's min and max. */
  static final int CHART_BUCKETS = 1_000;

  private final DeviceService devices;
  private final Telemetry telemetry;
  private final ThresholdLines thresholds;
  private final CurrentUsers users;
  private final MessageSource messages;
  private final Clock clock;

  DeviceTrendController(
      DeviceService devices,
      Telemetry telemetry,
      ThresholdLines thresholds,
      CurrentUsers users,
      MessageSource messages,
      Clock clock) {
    this.devices = devices;
    this.telemetry = telemetry;
    this.thresholds = thresholds;
    this.users = users;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * @param from start of the window
   * @param channels one per device channel
   */
  public record Trend(String range, Instant from, Instant to, List<ChannelTrend> channels) {}

  /**
   * @param points {@code [epoch ms, value]} (raw) or {@code [epoch ms, avg, min, max]} (hourly)
   */
  public record ChannelTrend(
      String channel, String unit, boolean hourly, List<double[]> points, List<Line> lines) {}

  /** A threshold line with its label in the request's language. */
  public record Line(String label, double value, String colour) {}

  @GetMapping("/monitoring/devices/{id}/trend")
  Trend trend(
      @PathVariable long id, @RequestParam(defaultValue = "24h") String range, Locale locale) {
    Device device = devices.get(id, users.require()).toDevice();
    Duration window =
        switch (range) {
          case "24h" -> Duration.ofHours(24);
          case "7d" -> Duration.ofDays(7);
          case "30d" -> Duration.ofDays(30);
          default ->
              throw new InvalidInputException("range", "monitoring.trend.range.invalid", range);
        };
    Instant to = clock.instant();
    boolean hourly = !"24h".equals(range);
    Instant from = hourly ? to.minus(window).truncatedTo(ChronoUnit.HOURS) : to.minus(window);
    List<ChannelTrend> channels = new ArrayList<>();
    for (Channel c : device.channels()) {
      List<double[]> points = new ArrayList<>();
      if (hourly) {
        for (var h : telemetry.hourly(id, c.name(), from, to)) {
          points.add(new double[] {h.hour().toEpochMilli(), h.avg(), h.min(), h.max()});
        }
      } else {
        points.addAll(thin(telemetry.series(id, c.name(), from, to, RAW_LIMIT)));
      }
      List<Line> lines =
          thresholds.of(device, c.name()).stream()
              .map(
                  l ->
                      new Line(
                          messages.getMessage(
                              "monitoring.trend.line." + l.key(), null, l.key(), locale),
                          l.value(),
                          l.colour()))
              .toList();
      channels.add(new ChannelTrend(c.name(), c.unit(), hourly, points, lines));
    }
    return new Trend(range, from, to, channels);
  }

  /** Keeps each bucket's lowest and highest reading, in time order, so excursions stay visible. */
  static List<double[]> thin(List<Telemetry.SeriesPoint> series) {
    int size = (series.size() + CHART_BUCKETS - 1) / CHART_BUCKETS;
    List<double[]> points = new ArrayList<>();
    for (int start = 0; start < series.size(); start += size) {
      var bucket = series.subList(start, Math.min(series.size(), start + size));
      var min = bucket.get(0);
      var max = bucket.get(0);
      for (var p : bucket) {
        min = p.value() < min.value() ? p : min;
        max = p.value() > max.value() ? p : max;
      }
      var first = min.ts().isAfter(max.ts()) ? max : min;
      var second = first == min ? max : min;
      points.add(new double[] {first.ts().toEpochMilli(), first.value()});
      if (second != first) {
        points.add(new double[] {second.ts().toEpochMilli(), second.value()});
      }
    }
    return points;
  }
}
