package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.shuzhi.monitoring.internal.alarms.WaterLevelDevices.reading;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.DeviceRegistry;
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
    client = connect(device);
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
    return new WaterLevelDevices(registry, endpoint.port(), "R").create();
  }

  private Mqtt5BlockingClient connect(DeviceRegistry.IssuedDevice device) {
    return new WaterLevelDevices(registry, endpoint.port(), "R").connect(device);
  }

  private void publish(String code, String json) {
    WaterLevelDevices.publish(client, code, json);
  }
}
