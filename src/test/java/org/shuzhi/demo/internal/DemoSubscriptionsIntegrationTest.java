package org.shuzhi.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.DeviceBroker;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStation;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.FloodStations;
import org.shuzhi.notification.NoticeKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The demo accounts' subscriptions: when the simulator drives a gauge out of range, the alarm rings
 * the bell of the accounts whose town and minimum severity it meets, and of nobody else.
 */
class DemoSubscriptionsIntegrationTest extends IntegrationTest {

  @Autowired DemoSubscriptions demo;
  @Autowired DeviceRegistry registry;
  @Autowired Devices devices;
  @Autowired FloodStations stations;
  @Autowired DeviceBroker broker;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  /** Leave no subscription that could reach a later test's receivers (tests share the database). */
  @AfterEach
  void forgetSubscriptions() {
    jdbc.sql("DELETE FROM notification_subscription").update();
  }

  @Test
  void everyBusinessRoleGetsAPlanAndTheAdminRolesNone() {
    for (Role role : Role.values()) {
      var plan = DemoSubscriptions.plan(role, "EMERGENCY");
      if (role.admin()) {
        assertThat(plan).as(role.name()).isNull();
      } else {
        assertThat(plan).as(role.name()).isNotNull();
        assertThat(plan.kinds()).contains(NoticeKind.HAZARD);
      }
    }
    // The town officer hears of every alarm of the town; the leader only of the grave ones.
    assertThat(DemoSubscriptions.plan(Role.TOWN_STAFF, null).minimum().name()).isEqualTo("BLUE");
    assertThat(DemoSubscriptions.plan(Role.DISTRICT_LEADER, null).minimum().name())
        .isEqualTo("ORANGE");
  }

  @Test
  void aSimulatedFloodAlarmRingsTheBellOfTheSubscribedDemoAccounts() throws Exception {
    String town = account(Role.TOWN_STAFF); // 城厢街道
    String otherTown = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    String leader = account(Role.DISTRICT_LEADER);
    String admin = account(Role.SYSTEM_ADMIN);
    assertThat(demo.subscribe(town, Role.TOWN_STAFF, null)).isTrue();
    assertThat(demo.subscribe(otherTown, Role.TOWN_STAFF, null)).isTrue();
    assertThat(demo.subscribe(leader, Role.DISTRICT_LEADER, null)).isTrue();
    assertThat(demo.subscribe(admin, Role.SYSTEM_ADMIN, null)).isFalse();

    String code = "SIMN-" + UUID.randomUUID().toString().substring(0, 8);
    long stationId =
        registry.register(
            new FloodStationDraft(
                code,
                "模拟通知站 " + code,
                "钱塘江",
                120.2484,
                30.1673, // 城厢街道
                CoordinateSystem.WGS84,
                new BigDecimal("5.00"),
                new BigDecimal("6.50"),
                new BigDecimal("7.20"),
                false),
            "test");
    var issued =
        registry.register(
            new DeviceDraft(
                code + "-WL",
                "模拟通知水位计 " + code,
                DeviceKind.WATER_LEVEL,
                List.of(new DeviceDraft.ChannelDraft("level", "m")),
                DeviceTargetKind.FLOOD_STATION,
                stationId,
                null,
                null,
                null,
                true,
                false),
            "test");
    FloodStation station = stations.station(stationId).orElseThrow();
    // The simulator centres a gauge on its station's warning level; centred on 20 m it reads far
    // above the historical maximum (7.20 m): a red flood alarm, as in a real flood.
    FloodStation flooded =
        new FloodStation(
            station.id(),
            station.code(),
            station.name(),
            station.river(),
            station.lon(),
            station.lat(),
            station.townCode(),
            station.gridId(),
            new BigDecimal("20"),
            station.guaranteeLevel(),
            station.historicalMax(),
            false);
    var simulated =
        SimulatedDevice.of(devices.device(issued.id()).orElseThrow(), issued.token(), flooded, 0);
    try (var run =
        new SimulatorRun(List.of(simulated), broker.address().orElseThrow(), 10, 0, clock)) {
      run.connect().join();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                run.tick(1);
                return alarmNotices(code) > 0;
              });
    }
    // Delivery: what the background dispatcher does (switched off in tests), once.
    ReflectionTestUtils.invokeMethod(
        context.getBean("notificationDispatcher"), "runOnce", Instant.now());

    assertThat(inbox(town)).anySatisfy(t -> assertThat(t).contains(code + "-WL"));
    assertThat(inbox(leader)).anySatisfy(t -> assertThat(t).contains(code + "-WL"));
    assertThat(inbox(otherTown)).noneSatisfy(t -> assertThat(t).contains(code));
    assertThat(inbox(admin)).isEmpty();
    // The bell: the inbox page of the town account lists it, unread.
    String page =
        mvc.perform(
                get("/notifications").param("unread", "true").with(user(town).roles("TOWN_STAFF")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(code + "-WL");
  }

  private long alarmNotices(String code) {
    return jdbc.sql(
            "SELECT count(*) FROM notification_notice WHERE kind = 'ALARM' AND title LIKE ?")
        .param("%" + code + "-WL%")
        .query(Long.class)
        .single();
  }

  private List<String> inbox(String username) {
    return jdbc.sql(
            """
            SELECT n.title FROM notification_inbox i
            JOIN notification_notice n ON n.id = i.notice_id
            WHERE i.username = ? AND i.read_at IS NULL""")
        .param(username)
        .query(String.class)
        .list();
  }
}
