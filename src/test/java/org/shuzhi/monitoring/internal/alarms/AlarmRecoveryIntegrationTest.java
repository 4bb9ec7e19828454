package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shuzhi.monitoring.internal.alarms.WaterLevelDevices.reading;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.internal.ingest.MqttEndpoint;
import org.shuzhi.monitoring.internal.rules.AlarmDecision;
import org.shuzhi.monitoring.internal.rules.AlarmReason;
import org.shuzhi.monitoring.internal.rules.DecisionKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alarms survive what happens around them: a restart of the evaluator (open alarms continue and
 * clear, conditions that ended or began while it was down are settled at start-up, alarms of
 * removed rules are cleared), a database that refuses writes for a while (decisions are kept and
 * applied in order), and registry changes (a deleted or disabled device's alarms clear; a device
 * whose kind changed loses the alarms of rules that no longer apply). The flood station's levels
 * are 5.00 / 6.50 / 7.20 m; the seeded FLOOD rule clears after 10 minutes back in range.
 */
class AlarmRecoveryIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;
  @Autowired Devices devices;
  @Autowired JdbcClient jdbc;
  @Autowired MqttEndpoint endpoint;
  @Autowired AlarmEngine engine;
  @Autowired AlarmLifecycle lifecycle;

  final List<Mqtt5BlockingClient> clients = new ArrayList<>();

  @AfterEach
  void disconnect() {
    clients.forEach(Mqtt5BlockingClient::disconnect);
  }

  @Test
  void afterARestartAnOpenAlarmContinuesAndClearsWhenItsConditionEnds() {
    var device = waterLevelDevice();
    var client = connect(device);
    Instant t0 = Instant.now().minus(Duration.ofMinutes(40));
    WaterLevelDevices.publish(client, device.code(), reading(t0, 1, 5.5));
    long id = awaitActive("FLOOD", device.code());

    restartEngine();
    // Still high: the same alarm is updated, no second one is raised.
    WaterLevelDevices.publish(client, device.code(), reading(t0.plusSeconds(60), 2, 6.6));
    await().atMost(Duration.ofSeconds(20)).until(() -> row(id).severity() == AlarmSeverity.ORANGE);
    assertThat(alarms(device.code())).isEqualTo(1);
    // Back in range past the clear delay: cleared (a new evaluator without the alarm never would).
    WaterLevelDevices.publish(client, device.code(), reading(t0.plus(Duration.ofMinutes(5)), 3, 4));
    WaterLevelDevices.publish(
        client, device.code(), reading(t0.plus(Duration.ofMinutes(16)), 4, 4));
    await().atMost(Duration.ofSeconds(20)).until(() -> row(id).state() == AlarmState.CLEARED);
  }

  @Test
  void conditionsThatEndedOrBeganWhileTheEvaluatorWasDownAreSettledAtStartUp() {
    var ended = waterLevelDevice();
    var began = waterLevelDevice();
    var client = connect(ended);
    Instant t0 = Instant.now().minus(Duration.ofMinutes(40));
    WaterLevelDevices.publish(client, ended.code(), reading(t0, 1, 5.5));
    long id = awaitActive("FLOOD", ended.code());
    String orphanRule = "GONE-" + UUID.randomUUID().toString().substring(0, 8);
    long orphan = insertAlarm(orphanRule, ended.code());

    engine.stop();
    // Stored while this evaluator was away (another node, or the batch before a crash).
    store(ended.code(), t0.plus(Duration.ofMinutes(5)), 9, 4.0);
    store(ended.code(), t0.plus(Duration.ofMinutes(16)), 10, 4.0);
    store(began.code(), t0.plus(Duration.ofMinutes(16)), 1, 7.5);
    engine.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> row(id).state() == AlarmState.CLEARED);
    long raised = awaitActive("FLOOD", began.code());
    assertThat(row(raised).severity()).isEqualTo(AlarmSeverity.RED);
    await().atMost(Duration.ofSeconds(20)).until(() -> row(orphan).state() == AlarmState.CLEARED);
    assertThat(row(orphan).reason()).contains("ruleRemoved");
  }

  @Test
  void decisionsTheDatabaseRefusedAreKeptAndAppliedInOrderOnceItIsBack() {
    var device = waterLevelDevice();
    String rule = "RETRY-" + UUID.randomUUID().toString().substring(0, 8);
    AtomicBoolean failing = new AtomicBoolean(true);
    List<Integer> attempts = new ArrayList<>();
    AlarmWriter writer =
        new AlarmWriter(
            batch -> {
              synchronized (attempts) {
                attempts.add(batch.size());
              }
              if (failing.get()) {
                throw new CannotGetJdbcConnectionException("database unavailable (test)");
              }
              lifecycle.applyAll(batch);
            },
            500,
            1000);
    writer.start();
    try {
      Instant t = Instant.now().minusSeconds(60);
      writer.submit(
          List.of(
              decision(DecisionKind.RAISE, rule, device.code(), AlarmSeverity.YELLOW, t, 5.5),
              decision(DecisionKind.UPDATE, rule, device.code(), AlarmSeverity.ORANGE, t, 6.6)));
      writer.submit(
          List.of(
              decision(DecisionKind.CLEAR, rule, device.code(), AlarmSeverity.ORANGE, t, 4),
              decision(DecisionKind.RAISE, rule, device.code(), AlarmSeverity.RED, t, 7.5)));
      await().atMost(Duration.ofSeconds(20)).until(() -> writer.retries() >= 3);
      assertThat(count(rule, device.code())).isZero();

      failing.set(false);
      await().atMost(Duration.ofSeconds(20)).until(() -> writer.pending() == 0);
      assertThat(writer.givenUp()).isZero();
      List<Long> ids =
          jdbc.sql("SELECT id FROM monitoring_alarm WHERE rule_code = ? ORDER BY id")
              .param(rule)
              .query(Long.class)
              .list();
      assertThat(ids).hasSize(2);
      assertThat(row(ids.get(0)).state()).isEqualTo(AlarmState.CLEARED);
      assertThat(transitions(ids.get(0))).containsExactly("RAISED", "UPDATED", "CLEARED");
      assertThat(row(ids.get(1)).state()).isEqualTo(AlarmState.RAISED);
      assertThat(row(ids.get(1)).severity()).isEqualTo(AlarmSeverity.RED);
    } finally {
      writer.stop(Duration.ofSeconds(1));
      jdbc.sql("UPDATE monitoring_alarm SET state = 'CLOSED' WHERE rule_code = ?")
          .param(rule)
          .update();
    }
  }

  @Test
  void aDeletedDisabledOrReclassifiedDeviceHasItsAlarmsCleared() throws Exception {
    var deleted = waterLevelDevice();
    var disabled = waterLevelDevice();
    var reclassified = waterLevelDevice();
    Instant t0 = Instant.now().minus(Duration.ofMinutes(5));
    for (var d : List.of(deleted, disabled, reclassified)) {
      WaterLevelDevices.publish(connect(d), d.code(), reading(t0, 1, 5.5));
    }
    long deletedAlarm = awaitActive("FLOOD", deleted.code());
    long disabledAlarm = awaitActive("FLOOD", disabled.code());
    long reclassifiedAlarm = awaitActive("FLOOD", reclassified.code());
    clients.forEach(Mqtt5BlockingClient::disconnect);
    clients.clear();
    String staff = account(Role.TOWN_STAFF);

    mvc.perform(
            delete("/api/v1/monitoring/devices/" + deleted.id())
                .with(user(staff).roles("TOWN_STAFF"))
                .with(csrf()))
        .andExpect(status().isNoContent());
    update(disabled.code(), "WATER_LEVEL", false, staff);
    update(reclassified.code(), "OTHER", true, staff);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                row(deletedAlarm).state() == AlarmState.CLEARED
                    && row(disabledAlarm).state() == AlarmState.CLEARED
                    && row(reclassifiedAlarm).state() == AlarmState.CLEARED);
    assertThat(row(deletedAlarm).reason()).contains("deviceRemoved");
    assertThat(row(disabledAlarm).reason()).contains("deviceDisabled");
    assertThat(row(reclassifiedAlarm).reason()).contains("ruleRemoved");
  }

  private void update(String code, String kind, boolean enabled, String staff) throws Exception {
    Device d = devices.byCode(code).orElseThrow();
    String body =
        "{\"code\":\""
            + d.code()
            + "\",\"name\":\""
            + d.name()
            + "\",\"kind\":\""
            + kind
            + "\",\"channels\":[{\"name\":\"level\",\"unit\":\"m\"}],"
            + "\"targetKind\":\"FLOOD_STATION\",\"targetId\":"
            + d.targetId()
            + ",\"enabled\":"
            + enabled
            + "}";
    mvc.perform(
            put("/api/v1/monitoring/devices/" + d.id())
                .param("version", "0")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user(staff).roles("TOWN_STAFF"))
                .with(csrf()))
        .andExpect(status().isNoContent());
  }

  private void restartEngine() {
    engine.stop();
    engine.start();
  }

  private static AlarmDecision decision(
      DecisionKind kind,
      String rule,
      String device,
      AlarmSeverity severity,
      Instant at,
      double value) {
    return new AlarmDecision(
        kind,
        rule,
        device,
        severity,
        value,
        at,
        new AlarmReason(List.of(new AlarmReason.Part("monitoring.rules.reason.cleared"))));
  }

  /** A reading stored as the ingestion writer stores it: raw and latest. */
  private void store(String code, Instant ts, long seq, double value) {
    Device d = devices.byCode(code).orElseThrow();
    int channel = d.channel("level").orElseThrow().no();
    jdbc.sql(
            "INSERT INTO monitoring_reading (device_id, channel, ts, seq, value)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(d.id(), channel, Timestamp.from(ts), seq, value)
        .update();
    jdbc.sql(
            "INSERT INTO monitoring_latest (device_id, channel, ts, seq, value, received_at)"
                + " VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (device_id, channel) DO UPDATE"
                + " SET ts = EXCLUDED.ts, seq = EXCLUDED.seq, value = EXCLUDED.value,"
                + " received_at = EXCLUDED.received_at WHERE monitoring_latest.ts <= EXCLUDED.ts")
        .params(d.id(), channel, Timestamp.from(ts), seq, value)
        .update();
  }

  /** An active alarm as an earlier run left it, of a rule that no longer exists. */
  private long insertAlarm(String rule, String deviceCode) {
    Device d = devices.byCode(deviceCode).orElseThrow();
    return jdbc.sql(
            "INSERT INTO monitoring_alarm (rule_code, device_id, device_code, device_name,"
                + " town_code, state, severity, raised_at, first_value, last_value, last_at,"
                + " reason) VALUES (?, ?, ?, ?, ?, 'RAISED', 'BLUE', now(), 1, 1, now(), '[]')"
                + " RETURNING id")
        .params(rule, d.id(), d.code(), d.name(), d.townCode())
        .query(Long.class)
        .single();
  }

  private long awaitActive(String rule, String deviceCode) {
    await().atMost(Duration.ofSeconds(20)).until(() -> active(rule, deviceCode) == 1);
    return jdbc.sql(
            "SELECT id FROM monitoring_alarm WHERE rule_code = ? AND device_code = ?"
                + " AND state IN ('RAISED', 'ACKNOWLEDGED')")
        .params(rule, deviceCode)
        .query(Long.class)
        .single();
  }

  private long active(String rule, String deviceCode) {
    return jdbc.sql(
            "SELECT count(*) FROM monitoring_alarm WHERE rule_code = ? AND device_code = ?"
                + " AND state IN ('RAISED', 'ACKNOWLEDGED')")
        .params(rule, deviceCode)
        .query(Long.class)
        .single();
  }

  private long alarms(String deviceCode) {
    return jdbc.sql("SELECT count(*) FROM monitoring_alarm WHERE device_code = ?")
        .param(deviceCode)
        .query(Long.class)
        .single();
  }

  private long count(String rule, String deviceCode) {
    return jdbc.sql("SELECT count(*) FROM monitoring_alarm WHERE rule_code = ? AND device_code = ?")
        .params(rule, deviceCode)
        .query(Long.class)
        .single();
  }

  private AlarmRow row(long id) {
    return lifecycle.get(
        id, new CurrentUser("test", Role.DISTRICT_LEADER, null, DataScope.district(), false));
  }

  private List<String> transitions(long id) {
    return jdbc.sql("SELECT transition FROM monitoring_alarm_event WHERE alarm_id = ? ORDER BY id")
        .param(id)
        .query(String.class)
        .list();
  }

  private DeviceRegistry.IssuedDevice waterLevelDevice() {
    return new WaterLevelDevices(registry, endpoint.port(), "RC").create();
  }

  private Mqtt5BlockingClient connect(DeviceRegistry.IssuedDevice device) {
    Mqtt5BlockingClient c = new WaterLevelDevices(registry, endpoint.port(), "RC").connect(device);
    clients.add(c);
    return c;
  }
}
