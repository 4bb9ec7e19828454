package org.shuzhi.monitoring.internal.alarms;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;

/**
 * What the alarm tests share: a water-level gauge at a new flood station (warning 5.00 m, guarantee
 * 6.50 m, historical 7.20 m), a device's MQTT connection to the embedded broker, and its readings.
 */
final class WaterLevelDevices {

  private final DeviceRegistry registry;
  private final int brokerPort;
  private final String prefix;

  /**
   * @param prefix distinguishes the test class in device codes, names and client ids
   */
  WaterLevelDevices(DeviceRegistry registry, int brokerPort, String prefix) {
    this.registry = registry;
    this.brokerPort = brokerPort;
    this.prefix = prefix;
  }

  DeviceRegistry.IssuedDevice create() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long station =
        registry.register(
            new FloodStationDraft(
                prefix + "ST-" + suffix,
                prefix + " 测试水位站 " + suffix,
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
            prefix + "WL-" + suffix,
            prefix + " 测试水位计 " + suffix,
            DeviceKind.WATER_LEVEL,
            List.of(new DeviceDraft.ChannelDraft("level", "m")),
            DeviceTargetKind.FLOOD_STATION,
            station,
            null,
            null,
            null,
            true,
            false),
        "test");
  }

  Mqtt5BlockingClient connect(DeviceRegistry.IssuedDevice device) {
    Mqtt5BlockingClient c =
        Mqtt5Client.builder()
            .identifier(prefix + "-test-" + UUID.randomUUID())
            .serverHost("127.0.0.1")
            .serverPort(brokerPort)
            .buildBlocking();
    c.connectWith()
        .simpleAuth()
        .username(device.code())
        .password(device.token().getBytes(StandardCharsets.UTF_8))
        .applySimpleAuth()
        .send();
    return c;
  }

  static void publish(Mqtt5BlockingClient client, String code, String json) {
    client
        .publishWith()
        .topic("shuzhi/v1/telemetry/" + code)
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(json.getBytes(StandardCharsets.UTF_8))
        .send();
  }

  static String reading(Instant ts, long seq, double level) {
    return "{\"ts\":"
        + ts.toEpochMilli()
        + ",\"seq\":"
        + seq
        + ",\"values\":{\"level\":"
        + level
        + "}}";
  }
}
