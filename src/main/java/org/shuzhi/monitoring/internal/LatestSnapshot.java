package org.shuzhi.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.monitoring.Channel;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Telemetry.LatestValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every device's latest values in one query, for views that colour many devices at once (the map
 * layer, the flood station panel) instead of one query per device.
 */
@Component
class LatestSnapshot {

  private final JdbcClient jdbc;
  private final DeviceDirectory directory;

  LatestSnapshot(JdbcClient jdbc, DeviceDirectory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  /** Latest values by device id; devices that never reported are absent. */
  Map<Long, List<LatestValue>> all() {
    Map<Long, List<LatestValue>> byDevice = new HashMap<>();
    jdbc.sql("SELECT device_id, channel, ts, seq, value, received_at FROM monitoring_latest")
        .query(
            rs -> {
              long id = rs.getLong(1);
              int no = rs.getInt(2);
              Channel channel =
                  directory.device(id).map(Device::channels).orElse(List.of()).stream()
                      .filter(c -> c.no() == no)
                      .findFirst()
                      .orElse(null);
              if (channel != null) {
                byDevice
                    .computeIfAbsent(id, k -> new ArrayList<>())
                    .add(
                        new LatestValue(
                            channel.name(),
                            channel.unit(),
                            rs.getTimestamp(3).toInstant(),
                            rs.getLong(4),
                            rs.getDouble(5),
                            rs.getTimestamp(6).toInstant()));
              }
            });
    return byDevice;
  }
}
