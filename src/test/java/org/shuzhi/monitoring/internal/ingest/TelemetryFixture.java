package org.shuzhi.monitoring.internal.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Devices for ingestion tests: a flood station in 城厢街道 and water-level devices watching it. */
final class TelemetryFixture {

  private final DeviceRegistry registry;
  private final JdbcClient jdbc;

  TelemetryFixture(DeviceRegistry registry, JdbcClient jdbc) {
    this.registry = registry;
    this.jdbc = jdbc;
  }

  /** A new device with channels {@code level} (m) and {@code temperature} (℃). */
  DeviceRegistry.IssuedDevice device() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long station =
        registry.register(
            new FloodStationDraft(
                "ST-" + suffix,
                "测试水位站 " + suffix,
                "钱塘江",
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                new BigDecimal("5.00"),
                new BigDecimal("6.50"),
                new BigDecimal("7.20"),
                false),
            "test");
    return registry.register(
        new DeviceDraft(
            "WL-" + suffix,
            "测试水位计 " + suffix,
            DeviceKind.WATER_LEVEL,
            List.of(
                new DeviceDraft.ChannelDraft("level", "m"),
                new DeviceDraft.ChannelDraft("temperature", "℃")),
            DeviceTargetKind.FLOOD_STATION,
            station,
            null,
            null,
            null,
            true,
            false),
        "test");
  }

  long readings(long deviceId) {
    return jdbc.sql("SELECT count(*) FROM monitoring_reading WHERE device_id = ?")
        .param(deviceId)
        .query(Long.class)
        .single();
  }

  long hourlyCount(long deviceId) {
    return jdbc.sql("SELECT coalesce(sum(count), 0) FROM monitoring_hourly WHERE device_id = ?")
        .param(deviceId)
        .query(Long.class)
        .single();
  }

  List<String> deadLetters(String deviceCode) {
    return jdbc.sql("SELECT reason FROM monitoring_dead_letter WHERE device_code = ? ORDER BY id")
        .param(deviceCode)
        .query(String.class)
        .list();
  }

  static String reading(long epochMillis, long seq, double level) {
    return "{\"ts\":" + epochMillis + ",\"seq\":" + seq + ",\"values\":{\"level\":" + level + "}}";
  }
}
