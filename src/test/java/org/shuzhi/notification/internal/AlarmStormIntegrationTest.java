package org.shuzhi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.Reading;
import org.shuzhi.monitoring.TelemetryReceived;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.shuzhi.notification.NoticeKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * An alarm storm end to end: 2,000 devices exceed a threshold in the same committed batch; every
 * one gets exactly one alarm of the rule, every alarm one ALARM notice, and each of two subscribed
 * duty officers gets every notice in the app; deleting the rule clears all 2,000. Decisions are
 * written many per transaction and in-app deliveries a batch per transaction, nothing is lost.
 */
class AlarmStormIntegrationTest extends NotificationTestSupport {

  static final int DEVICES = 2000;
  static final CurrentUser ADMIN =
      new CurrentUser("storm-admin", Role.SYSTEM_ADMIN, null, DataScope.district(), false);

  @Autowired DeviceRegistry registry;
  @Autowired AlarmRuleService rules;
  @Autowired ApplicationEventPublisher events;

  @Test
  void twoThousandDevicesOverTheirThresholdAtOnceRaiseOneAlarmEachAndEverySubscriberIsTold() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String channel = "storm" + suffix;
    long station =
        registry.register(
            new FloodStationDraft(
                "STORM-ST-" + suffix,
                "风暴测试站 " + suffix,
                "钱塘江",
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                new BigDecimal("5.00"),
                new BigDecimal("6.50"),
                new BigDecimal("7.20"),
                false),
            "test");
    List<DeviceDraft> drafts = new ArrayList<>();
    for (int i = 0; i < DEVICES; i++) {
      drafts.add(
          new DeviceDraft(
              "STORM-" + suffix + "-" + i,
              "风暴测试 " + i,
              DeviceKind.WATER_LEVEL,
              List.of(
                  new DeviceDraft.ChannelDraft("level", "m"),
                  new DeviceDraft.ChannelDraft(channel, "m")),
              DeviceTargetKind.FLOOD_STATION,
              station,
              null,
              null,
              null,
              true,
              false));
    }
    var issued = registry.registerAll(drafts, "test");
    String rule = "STORM-" + suffix;
    rules.create(
        """
        {"code": "%s", "name": "风暴测试", "scope": {"deviceKind": "WATER_LEVEL"},
         "severity": "YELLOW", "condition": {"type": "threshold", "channel": "%s",
           "high": {"value": 10.0, "severity": "YELLOW"}}}"""
            .formatted(rule, channel),
        ADMIN);
    String first = account(Role.DISTRICT_LEADER);
    String second = account(Role.DISTRICT_LEADER);
    for (String duty : List.of(first, second)) {
      subscribe(duty, List.of(), "BLUE", true, null, null, null, NoticeKind.ALARM);
    }

    Instant ts = Instant.now().minusSeconds(5);
    List<Reading> readings = new ArrayList<>();
    for (var d : issued) {
      readings.add(new Reading(d.id(), d.code(), channel, ts, 1, 12.5));
    }
    long start = System.nanoTime();
    events.publishEvent(new TelemetryReceived(readings, Instant.now()));
    Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> active(rule) == DEVICES);
    long raisedMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(alarms(rule)).isEqualTo(DEVICES);
    assertThat(
            jdbc.sql("SELECT count(DISTINCT device_code) FROM monitoring_alarm WHERE rule_code = ?")
                .param(rule)
                .query(Long.class)
                .single())
        .isEqualTo(DEVICES);
    Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> notices(rule) == DEVICES);

    long deliverStart = System.nanoTime();
    dispatcher.runOnce(Instant.now());
    long deliveredMs = (System.nanoTime() - deliverStart) / 1_000_000;
    for (String duty : List.of(first, second)) {
      assertThat(inbox(duty, rule)).isEqualTo(DEVICES);
    }
    System.out.printf(
        "Alarm storm: %d alarms raised in %d ms, %d in-app deliveries in %d ms%n",
        DEVICES, raisedMs, 2 * DEVICES, deliveredMs);

    rules.delete(rule, rules.get(rule, ADMIN).version(), ADMIN);
    Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> active(rule) == 0);
    assertThat(alarms(rule)).isEqualTo(DEVICES);
  }

  private long active(String rule) {
    return jdbc.sql(
            "SELECT count(*) FROM monitoring_alarm WHERE rule_code = ?"
                + " AND state IN ('RAISED', 'ACKNOWLEDGED')")
        .param(rule)
        .query(Long.class)
        .single();
  }

  private long alarms(String rule) {
    return jdbc.sql("SELECT count(*) FROM monitoring_alarm WHERE rule_code = ?")
        .param(rule)
        .query(Long.class)
        .single();
  }

  private long notices(String rule) {
    return jdbc.sql(
            "SELECT count(*) FROM notification_notice n JOIN monitoring_alarm a"
                + " ON n.notice_key = 'alarm:' || a.id || ':raised' WHERE a.rule_code = ?")
        .param(rule)
        .query(Long.class)
        .single();
  }

  private long inbox(String username, String rule) {
    return jdbc.sql(
            "SELECT count(*) FROM notification_inbox i JOIN notification_notice n"
                + " ON n.id = i.notice_id JOIN monitoring_alarm a"
                + " ON n.notice_key = 'alarm:' || a.id || ':raised'"
                + " WHERE i.username = ? AND a.rule_code = ?")
        .params(username, rule)
        .query(Long.class)
        .single();
  }
}
