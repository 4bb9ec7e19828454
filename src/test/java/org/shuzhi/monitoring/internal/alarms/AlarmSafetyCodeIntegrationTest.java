package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shuzhi.core.TestUsccs.newUscc;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.internal.ingest.MqttEndpoint;
import org.shuzhi.monitoring.internal.rules.AlarmRule;
import org.shuzhi.monitoring.internal.rules.AlarmRuleJson;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.shuzhi.monitoring.internal.rules.RuleScope;
import org.shuzhi.monitoring.internal.rules.Threshold;
import org.shuzhi.risk.ActiveAlarms;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The safety code's active-alarm count: an alarm on a tank-level device of an enterprise's
 * major-hazard unit counts for that enterprise while it is raised or acknowledged, and no longer
 * once it cleared.
 */
class AlarmSafetyCodeIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired MqttEndpoint endpoint;
  @Autowired AlarmRuleService rules;
  @Autowired AlarmRuleJson json;
  @Autowired EnterpriseDirectory enterprises;
  @Autowired MajorHazardRegistry majorHazards;
  @Autowired ActiveAlarms activeAlarms;

  @Test
  void anAlarmOnAnEnterprisesDeviceCountsForItsSafetyCodeUntilCleared() {
    String uscc = enterprise();
    List<Long> sites =
        majorHazards.register(
            List.of(
                new MajorHazardSiteDraft(
                    uscc,
                    "液氯储罐区",
                    0,
                    List.of(
                        new MajorHazardSiteDraft.Unit(
                            "储罐",
                            "STORAGE",
                            List.of(
                                new MajorHazardSiteDraft.Substance(
                                    "7782-50-5", new BigDecimal("100"), null)))))),
            "test",
            false);
    long unit =
        jdbc.sql("SELECT id FROM risk_mh_unit WHERE site_id = ?")
            .param(sites.get(0))
            .query(Long.class)
            .single();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    var device =
        registry.register(
            new DeviceDraft(
                "TANK-" + suffix,
                "储罐液位 " + suffix,
                DeviceKind.LIQUID_LEVEL,
                List.of(new DeviceDraft.ChannelDraft("level", "m")),
                DeviceTargetKind.MAJOR_HAZARD_UNIT,
                unit,
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                true,
                false),
            "test");
    String code = "TANK-HIGH-" + suffix;
    rules.create(
        json.write(
            new AlarmRule(
                code,
                "储罐高液位",
                RuleScope.device(device.code()),
                AlarmSeverity.ORANGE,
                new Threshold("level", Threshold.Limit.of(9.0), null, null, null))),
        AlarmRulesWiringIntegrationTest.ADMIN);
    assertThat(activeAlarms.activeAlarmsOf(List.of(uscc))).isEmpty();

    Mqtt5BlockingClient client = connect(device.code(), device.token());
    try {
      publish(client, device.code(), Instant.now().minusSeconds(20), 1, 9.6);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> activeAlarms.activeAlarmsOf(List.of(uscc)).equals(Map.of(uscc, 1L)));
      publish(client, device.code(), Instant.now().minusSeconds(10), 2, 8.0);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> activeAlarms.activeAlarmsOf(List.of(uscc)).isEmpty());
    } finally {
      client.disconnect();
    }
  }

  private String enterprise() {
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "告警测试企业" + uscc.substring(10),
                "钱告警",
                "13812340003",
                "C2614",
                true,
                CHENGXIANG,
                "测试路5号",
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                null,
                null,
                20,
                false)),
        "test");
    return uscc;
  }

  private Mqtt5BlockingClient connect(String code, String token) {
    Mqtt5BlockingClient c =
        Mqtt5Client.builder()
            .identifier("safety-test-" + UUID.randomUUID())
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

  private static void publish(
      Mqtt5BlockingClient client, String code, Instant ts, long seq, double level) {
    String payload =
        "{\"ts\":"
            + ts.toEpochMilli()
            + ",\"seq\":"
            + seq
            + ",\"values\":{\"level\":"
            + level
            + "}}";
    client
        .publishWith()
        .topic("shuzhi/v1/telemetry/" + code)
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(payload.getBytes(StandardCharsets.UTF_8))
        .send();
  }
}
