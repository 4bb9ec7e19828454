package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.shuzhi.monitoring.internal.alarms.WaterLevelDevices.reading;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.internal.ingest.MqttEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * End to end through the real MQTT path: a water level above a flood station's warning level raises
 * one alarm of the seeded FLOOD rule (repeats update it), the raise is notified, a duty officer
 * acknowledges it, readings back in range clear it after the rule's clear delay, and it is closed;
 * every transition is in its history. Escalation runs on a time passed in, not on sleeping.
 */
class AlarmIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired MqttEndpoint endpoint;
  @Autowired AlarmEscalation escalation;
  @Autowired AlarmLifecycle lifecycle;

  Mqtt5BlockingClient client;

  @AfterEach
  void disconnect() {
    if (client != null) {
      client.disconnect();
    }
  }

  @Test
  void anOutOfRangeReadingRaisesOneAlarmThatIsAcknowledgedClearedAndClosed() throws Exception {
    var device = waterLevelDevice();
    client = connect(device);
    Instant t0 = Instant.now().minus(Duration.ofMinutes(40));
    String staff = account(Role.TOWN_STAFF, Set.of(CHENGXIANG), null, false);
    String beigan = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    // Open alarm lists: one in the alarm's town, one elsewhere.
    MvcResult live =
        mvc.perform(get("/monitoring/alarms/stream").with(as(staff, Role.TOWN_STAFF)))
            .andExpect(request().asyncStarted())
            .andReturn();
    MvcResult elsewhere =
        mvc.perform(get("/monitoring/alarms/stream").with(as(beigan, Role.TOWN_STAFF)))
            .andExpect(request().asyncStarted())
            .andReturn();

    // 5.5 m is above the 5.00 m warning level: 黄色 (YELLOW), and repeats keep one alarm.
    publish(device.code(), reading(t0, 1, 5.5));
    long id = awaitAlarm(device.code());
    publish(device.code(), reading(t0.plusSeconds(60), 2, 5.6));
    publish(device.code(), reading(t0.plusSeconds(120), 3, 5.7));
    await().atMost(Duration.ofSeconds(20)).until(() -> alarm(id).lastValue() == 5.7);
    assertThat(activeAlarms(device.code())).isEqualTo(1);
    AlarmRow raised = alarm(id);
    assertThat(raised.state()).isEqualTo(AlarmState.RAISED);
    assertThat(raised.severity()).isEqualTo(AlarmSeverity.YELLOW);
    assertThat(raised.townCode()).isEqualTo(CHENGXIANG);
    assertThat(raised.repeats()).isGreaterThanOrEqualTo(1);
    assertThat(noticeCount("alarm:" + id + ":raised")).isEqualTo(1);
    // Chinese for most, English for recipients who prefer it (the notification module picks).
    assertThat(
            jdbc.sql(
                    """
                    SELECT title || ' | ' || (translations -> 'en' ->> 'title')
                    FROM notification_notice WHERE notice_key = ?""")
                .param("alarm:" + id + ":raised")
                .query(String.class)
                .single())
        .contains("【黄色告警】")
        .contains("[Yellow alarm]");
    // Pushed to the list open in its town, not to the one in another town.
    await().atMost(Duration.ofSeconds(10)).until(() -> body(live).contains("event:alarms"));
    assertThat(body(live)).contains("data:" + id);
    assertThat(body(elsewhere)).doesNotContain("event:alarms");

    // The list page and the API show it to town staff of its town, live stream included.
    // The rule by its name (its code only as the tooltip).
    String ruleName =
        jdbc.sql("SELECT name FROM monitoring_alarm_rule WHERE code = ?")
            .param(raised.ruleCode())
            .query(String.class)
            .single();
    mvc.perform(get("/monitoring/alarms").with(as(staff, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(device.code())))
        .andExpect(content().string(containsString("sse:alarms")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<td title=\"" + raised.ruleCode() + "\">" + ruleName + "</td>")));
    mvc.perform(get("/api/v1/monitoring/alarms").with(as(staff, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + id + ")].severity").value("YELLOW"));
    // An unknown state filter is bad input, not a server error.
    mvc.perform(
            get("/monitoring/alarms/table")
                .param("state", "BOGUS")
                .with(as(staff, Role.TOWN_STAFF)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/monitoring/alarms").param("lang", "en").with(as(staff, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Unacknowledged")))
        .andExpect(content().string(containsString("Yellow")));
    mvc.perform(
            get("/monitoring/alarms/" + id).param("lang", "en").with(as(staff, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Acknowledge")));
    mvc.perform(get("/api/v1/monitoring/alarms/" + id).with(as(beigan, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());

    // Closing before it cleared is refused; acknowledging works once.
    mvc.perform(
            post("/api/v1/monitoring/alarms/" + id + "/close")
                .with(as(staff, Role.TOWN_STAFF))
                .with(csrf()))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/api/v1/monitoring/alarms/" + id + "/acknowledge")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\":\"派人查看\"}")
                .with(as(staff, Role.TOWN_STAFF))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
        .andExpect(jsonPath("$.acknowledgedBy").value(staff));
    mvc.perform(
            post("/api/v1/monitoring/alarms/" + id + "/acknowledge")
                .with(as(staff, Role.TOWN_STAFF))
                .with(csrf()))
        .andExpect(status().isConflict());

    // Back in range for longer than the rule's 10-minute clear delay: cleared.
    publish(device.code(), reading(t0.plus(Duration.ofMinutes(5)), 4, 4.0));
    publish(device.code(), reading(t0.plus(Duration.ofMinutes(16)), 5, 4.0));
    await().atMost(Duration.ofSeconds(20)).until(() -> alarm(id).state() == AlarmState.CLEARED);
    assertThat(activeAlarms(device.code())).isZero();

    mvc.perform(
            post("/monitoring/alarms/" + id + "/close")
                .param("comment", "水位回落")
                .with(as(staff, Role.TOWN_STAFF))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    AlarmRow closed = alarm(id);
    assertThat(closed.state()).isEqualTo(AlarmState.CLOSED);
    assertThat(closed.closeComment()).isEqualTo("水位回落");
    assertThat(transitions(id)).containsExactly("RAISED", "ACKNOWLEDGED", "CLEARED", "CLOSED");
  }

  @Test
  void anUnacknowledgedAlarmEscalatesAndRemindsUntilAcknowledged() throws Exception {
    var device = waterLevelDevice();
    client = connect(device);
    // 7.5 m is above the historical maximum 7.20 m: 红色 (RED), escalating after 5 minutes.
    publish(device.code(), reading(Instant.now().minusSeconds(30), 1, 7.5));
    long id = awaitAlarm(device.code());
    Instant raisedAt = alarm(id).nextEscalationAt().minus(Duration.ofMinutes(5));

    assertThat(escalateOnly(id, raisedAt.plus(Duration.ofMinutes(4)))).isZero();
    assertThat(escalateOnly(id, raisedAt.plus(Duration.ofMinutes(5)))).isEqualTo(1);
    assertThat(alarm(id).escalationLevel()).isEqualTo(1);
    // Running again at the same time changes nothing: the next reminder is 5 minutes later.
    assertThat(escalateOnly(id, raisedAt.plus(Duration.ofMinutes(5)))).isZero();
    assertThat(escalateOnly(id, raisedAt.plus(Duration.ofMinutes(10)))).isEqualTo(1);
    assertThat(alarm(id).escalationLevel()).isEqualTo(2);
    assertThat(noticeCount("alarm:" + id + ":escalation:1")).isEqualTo(1);
    assertThat(noticeCount("alarm:" + id + ":escalation:2")).isEqualTo(1);

    String leader = account(Role.DISTRICT_LEADER);
    mvc.perform(
            post("/api/v1/monitoring/alarms/" + id + "/acknowledge")
                .with(as(leader, Role.DISTRICT_LEADER))
                .with(csrf()))
        .andExpect(status().isOk());
    assertThat(escalateOnly(id, raisedAt.plus(Duration.ofHours(1)))).isZero();
    assertThat(alarm(id).escalationLevel()).isEqualTo(2);
  }

  /** Escalation steps taken for this alarm (other tests' alarms may be due too). */
  private int escalateOnly(long id, Instant now) {
    int before = alarm(id).escalationLevel();
    escalation.escalate(now);
    return alarm(id).escalationLevel() - before;
  }

  private long awaitAlarm(String deviceCode) {
    await().atMost(Duration.ofSeconds(20)).until(() -> activeAlarms(deviceCode) == 1);
    return jdbc.sql(
            "SELECT id FROM monitoring_alarm WHERE device_code = ?"
                + " AND state IN ('RAISED', 'ACKNOWLEDGED')")
        .param(deviceCode)
        .query(Long.class)
        .single();
  }

  private long activeAlarms(String deviceCode) {
    return jdbc.sql(
            "SELECT count(*) FROM monitoring_alarm WHERE device_code = ?"
                + " AND state IN ('RAISED', 'ACKNOWLEDGED')")
        .param(deviceCode)
        .query(Long.class)
        .single();
  }

  private AlarmRow alarm(long id) {
    return lifecycle.get(
        id,
        new org.shuzhi.identity.CurrentUser(
            "test", Role.DISTRICT_LEADER, null, org.shuzhi.identity.DataScope.district(), false));
  }

  private List<String> transitions(long id) {
    return jdbc.sql("SELECT transition FROM monitoring_alarm_event WHERE alarm_id = ? ORDER BY id")
        .param(id)
        .query(String.class)
        .list();
  }

  private long noticeCount(String key) {
    return jdbc.sql("SELECT count(*) FROM notification_notice WHERE notice_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  private DeviceRegistry.IssuedDevice waterLevelDevice() {
    return new WaterLevelDevices(registry, endpoint.port(), "A").create();
  }

  private Mqtt5BlockingClient connect(DeviceRegistry.IssuedDevice device) {
    return new WaterLevelDevices(registry, endpoint.port(), "A").connect(device);
  }

  private void publish(String code, String json) {
    WaterLevelDevices.publish(client, code, json);
  }

  private static String body(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }
}
