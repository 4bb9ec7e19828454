package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.internal.ingest.MqttEndpoint;
import org.shuzhi.monitoring.internal.rules.AlarmRule;
import org.shuzhi.monitoring.internal.rules.AlarmRuleJson;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.shuzhi.monitoring.internal.rules.NoData;
import org.shuzhi.monitoring.internal.rules.RuleScope;
import org.shuzhi.monitoring.internal.rules.Threshold;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evaluator follows rule changes and the registry: a device-scoped rule is validated against
 * the registered devices, takes effect when saved, and its alarms clear when it is deleted; a
 * silent device is reported offline on the evaluator's tick, with time passed in.
 */
class AlarmRulesWiringIntegrationTest extends IntegrationTest {

  static final CurrentUser ADMIN =
      new CurrentUser("rules-admin", Role.SYSTEM_ADMIN, null, DataScope.district(), false);

  @Autowired DeviceRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired MqttEndpoint endpoint;
  @Autowired AlarmRuleService rules;
  @Autowired AlarmRuleJson json;
  @Autowired AlarmEngine engine;

  Mqtt5BlockingClient client;

  @AfterEach
  void disconnect() {
    if (client != null) {
      client.disconnect();
    }
  }

  @Test
  void aDeviceRuleIsCheckedAgainstTheRegistryAndTakesEffectWhenSaved() {
    var device = waterLevelDevice();
    String code = "HIGH-" + device.code();
    AlarmRule unknown =
        new AlarmRule(
            code,
            "超高水位",
            RuleScope.device("NO-SUCH-DEVICE"),
            AlarmSeverity.ORANGE,
            new Threshold("level", Threshold.Limit.of(4.5), null, null, null));
    assertThatThrownBy(() -> rules.create(json.write(unknown), ADMIN))
        .isInstanceOf(InvalidInputException.class);
    AlarmRule wrongChannel =
        new AlarmRule(
            code,
            "超高水位",
            RuleScope.device(device.code()),
            AlarmSeverity.ORANGE,
            new Threshold("lel", Threshold.Limit.of(4.5), null, null, null));
    assertThatThrownBy(() -> rules.create(json.write(wrongChannel), ADMIN))
        .isInstanceOf(InvalidInputException.class);

    rules.create(
        json.write(
            new AlarmRule(
                code,
                "超高水位",
                RuleScope.device(device.code()),
                AlarmSeverity.ORANGE,
                new Threshold("level", Threshold.Limit.of(4.5), null, null, null))),
        ADMIN);
    client = connect(device.code(), device.token());
    // 4.6 m: above the new rule's 4.5 m, below the FLOOD rule's 4.7 m.
    publish(device.code(), reading(Instant.now().minusSeconds(10), 1, 4.6));
    await().atMost(Duration.ofSeconds(20)).until(() -> active(code, device.code()) == 1);
    assertThat(active("FLOOD", device.code())).isZero();

    rules.delete(code, rules.get(code, ADMIN).version(), ADMIN);
    await().atMost(Duration.ofSeconds(20)).until(() -> active(code, device.code()) == 0);
    assertThat(state(code, device.code())).isEqualTo("CLEARED");
  }

  @Test
  void aSilentDeviceIsReportedOfflineOnTheTick() {
    var device = waterLevelDevice();
    String code = "OFFLINE-" + device.code();
    rules.create(
        json.write(
            new AlarmRule(
                code,
                "设备离线",
                RuleScope.device(device.code()),
                AlarmSeverity.BLUE,
                new NoData(null, Duration.ofMinutes(5)))),
        ADMIN);
    Instant now = Instant.now();
    engine.tick(now.plus(Duration.ofMinutes(1)));
    engine.tick(now.plus(Duration.ofMinutes(10)));
    await().atMost(Duration.ofSeconds(20)).until(() -> active(code, device.code()) == 1);
  }

  private long active(String rule, String device) {
    return jdbc.sql(
            "SELECT count(*) FROM monitoring_alarm WHERE rule_code = ? AND device_code = ?"
                + " AND state IN ('RAISED', 'ACKNOWLEDGED')")
        .params(rule, device)
        .query(Long.class)
        .single();
  }

  private String state(String rule, String device) {
    return jdbc.sql(
            "SELECT state FROM monitoring_alarm WHERE rule_code = ? AND device_code = ?"
                + " ORDER BY id DESC LIMIT 1")
        .params(rule, device)
        .query(String.class)
        .single();
  }

  private DeviceRegistry.IssuedDevice waterLevelDevice() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long station =
        registry.register(
            new FloodStationDraft(
                "RST-" + suffix,
                "规则测试水位站 " + suffix,
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
            "RWL-" + suffix,
            "规则测试水位计 " + suffix,
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

  private Mqtt5BlockingClient connect(String code, String token) {
    Mqtt5BlockingClient c =
        Mqtt5Client.builder()
            .identifier("rule-test-" + UUID.randomUUID())
            .serverHost("127.0.0.1")
            .serverPort(endpoint.port())
            .buildBlocking();
    c.connectWith()
        .simpleAuth()
        .username(code)
        .password(token.getBytes(StandardCharsets.UTF_8))
        .applySimpleAuth()
        .send();
    return c;
  }

  private void publish(String code, String payload) {
    client
        .publishWith()
        .topic("shuzhi/v1/telemetry/" + code)
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(payload.getBytes(StandardCharsets.UTF_8))
        .send();
  }

  private static String reading(Instant ts, long seq, double level) {
    return "{\"ts\":"
        + ts.toEpochMilli()
        + ",\"seq\":"
        + seq
        + ",\"values\":{\"level\":"
        + level
        + "}}";
  }
}
