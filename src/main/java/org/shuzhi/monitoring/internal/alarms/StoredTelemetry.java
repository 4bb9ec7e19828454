package org.shuzhi.monitoring.internal.alarms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.internal.rules.Reading;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the alarm engine reads back from telemetry storage when it starts: the latest value of every
 * channel (with when it was received, for offline rules) and a device's recent raw readings (for
 * rate, held-for and clear-delay windows of its open alarms).
 */
@Component
class StoredTelemetry {

  /**
   * A latest value and when the platform received it.
   *
   * @param reading the value
   * @param receivedAt when it was stored
   */
  record Latest(Reading reading, Instant receivedAt) {}

  private final JdbcClient jdbc;
  private final Devices devices;

  StoredTelemetry(JdbcClient jdbc, Devices devices) {
    this.jdbc = jdbc;
    this.devices = devices;
  }

  /** The latest value of each channel of each registered device, oldest first. */
  List<Latest> latest() {
    Map<Long, Device> byId = byId(devices.all());
    List<Latest> latest = new ArrayList<>();
    jdbc.sql(
            "SELECT device_id, channel, ts, value, received_at FROM monitoring_latest"
                + " ORDER BY ts")
        .query(
            (RowCallbackHandler)
                rs -> {
                  Device d = byId.get(rs.getLong("device_id"));
                  String channel = d == null ? null : channel(d, rs.getShort("channel"));
                  if (channel != null) {
                    latest.add(
                        new Latest(
                            new Reading(
                                d.code(),
                                channel,
                                rs.getTimestamp("ts").toInstant(),
                                rs.getDouble("value")),
                            rs.getTimestamp("received_at").toInstant()));
                  }
                });
    return latest;
  }

  /**
   * Raw readings of the devices since {@code from}, at most the newest {@code perDevice} of each,
   * oldest first.
   */
  List<Reading> recent(Collection<Device> of, Instant from, int perDevice) {
    if (of.isEmpty()) {
      return List.of();
    }
    Map<Long, Device> byId = byId(of);
    List<Reading> readings = new ArrayList<>();
    jdbc.sql(
            "SELECT d.id AS device_id, r.channel, r.ts, r.value FROM unnest(?::bigint[]) AS d(id),"
                + " LATERAL (SELECT channel, ts, value FROM monitoring_reading m"
                + " WHERE m.device_id = d.id AND m.ts >= ? ORDER BY ts DESC LIMIT ?) AS r"
                + " ORDER BY r.ts")
        .params(byId.keySet().toArray(Long[]::new), Timestamp.from(from), perDevice)
        .query(
            (RowCallbackHandler)
                rs -> {
                  Device d = byId.get(rs.getLong("device_id"));
                  String channel = channel(d, rs.getShort("channel"));
                  if (channel != null) {
                    readings.add(
                        new Reading(
                            d.code(),
                            channel,
                            rs.getTimestamp("ts").toInstant(),
                            rs.getDouble("value")));
                  }
                });
    return readings;
  }

  private static Map<Long, Device> byId(Collection<Device> devices) {
    Map<Long, Device> byId = new HashMap<>();
    devices.forEach(d -> byId.put(d.id(), d));
    return byId;
  }

  private static String channel(Device d, int no) {
    for (Channel c : d.channels()) {
      if (c.no() == no) {
        return c.name();
      }
    }
    return null;
  }
}
