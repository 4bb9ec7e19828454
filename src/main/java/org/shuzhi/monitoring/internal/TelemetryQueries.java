package org.shuzhi.monitoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Telemetry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of stored telemetry: latest values, raw series (partition-pruned by time), hourly rows. */
@Component
class TelemetryQueries implements Telemetry {

  static final int MAX_POINTS = 100_000;

  private final JdbcClient jdbc;
  private final DeviceDirectory directory;

  TelemetryQueries(JdbcClient jdbc, DeviceDirectory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  @Override
  public List<LatestValue> latest(long deviceId) {
    Map<Integer, Channel> channels =
        directory.device(deviceId).map(Device::channels).orElse(List.of()).stream()
            .collect(Collectors.toMap(Channel::no, c -> c));
    return jdbc
        .sql(
            "SELECT channel, ts, seq, value, received_at FROM monitoring_latest"
                + " WHERE device_id = ? ORDER BY channel")
        .param(deviceId)
        .query(
            (rs, n) -> {
              Channel c = channels.get(rs.getInt(1));
              return c == null
                  ? null
                  : new LatestValue(
                      c.name(),
                      c.unit(),
                      rs.getTimestamp(2).toInstant(),
                      rs.getLong(3),
                      rs.getDouble(4),
                      rs.getTimestamp(5).toInstant());
            })
        .list()
        .stream()
        .filter(v -> v != null)
        .toList();
  }

  @Override
  public List<SeriesPoint> series(
      long deviceId, String channel, Instant from, Instant to, int limit) {
    Integer no = channelNo(deviceId, channel);
    if (no == null) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT ts, seq, value FROM monitoring_reading WHERE device_id = ? AND channel = ?"
                + " AND ts >= ? AND ts < ? ORDER BY ts, seq LIMIT ?")
        .param(deviceId)
        .param(no)
        .param(Timestamp.from(from))
        .param(Timestamp.from(to))
        .param(Math.max(1, Math.min(limit, MAX_POINTS)))
        .query(
            (rs, n) ->
                new SeriesPoint(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getDouble(3)))
        .list();
  }

  @Override
  public List<HourlyValue> hourly(long deviceId, String channel, Instant from, Instant to) {
    Integer no = channelNo(deviceId, channel);
    if (no == null) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT hour, min_value, max_value, sum_value / count, count FROM monitoring_hourly"
                + " WHERE device_id = ? AND channel = ? AND hour >= ? AND hour < ? ORDER BY hour")
        .param(deviceId)
        .param(no)
        .param(Timestamp.from(from))
        .param(Timestamp.from(to))
        .query(
            (rs, n) ->
                new HourlyValue(
                    rs.getTimestamp(1).toInstant(),
                    rs.getDouble(2),
                    rs.getDouble(3),
                    rs.getDouble(4),
                    rs.getLong(5)))
        .list();
  }

  private Integer channelNo(long deviceId, String channel) {
    return directory
        .device(deviceId)
        .flatMap(d -> d.channel(channel))
        .map(Channel::no)
        .orElse(null);
  }
}
