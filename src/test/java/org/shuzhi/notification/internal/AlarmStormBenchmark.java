package org.shuzhi.notification.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.AccountDirectory;
import org.shuzhi.identity.Accounts;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.Reading;
import org.shuzhi.monitoring.TelemetryReceived;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An alarm storm through the real path after ingestion: boots the platform on a fresh embedded
 * PostgreSQL (no demo data), registers {@code devices} water-level gauges and a threshold rule,
 * gives {@code subscribers} district leaders an in-app subscription to alarms, then publishes one
 * committed batch in which every device exceeds the threshold (as the ingestion writer does) and
 * times until every alarm is stored (raised/s) and every subscriber has every alarm in the inbox
 * (notified/s, background dispatcher). {@code bash bench/alarms.sh [devices] [subscribers]}.
 */
public final class AlarmStormBenchmark {

  private AlarmStormBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path dir = Files.createTempDirectory("shuzhi-alarm-bench");
    var app = new SpringApplication(ShuzhiApplication.class);
    try (var context =
        app.run(
            "--shuzhi.data-dir=" + dir,
            "--shuzhi.db.clean-embedded=true",
            "--shuzhi.demo.enabled=false",
            "--server.port=0",
            "--shuzhi.mqtt.port=0",
            "--shuzhi.hazard.escalation.enabled=false",
            "--logging.level.root=WARN")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      DeviceRegistry registry = context.getBean(DeviceRegistry.class);
      long station =
          registry.register(
              new FloodStationDraft(
                  "BENCH-ST",
                  "基准水位站",
                  "钱塘江",
                  120.2484,
                  30.1673,
                  CoordinateSystem.WGS84,
                  new BigDecimal("5.00"),
                  new BigDecimal("6.50"),
                  new BigDecimal("7.20"),
                  false),
              "bench");
      List<DeviceDraft> drafts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        drafts.add(
            new DeviceDraft(
                "BENCH-" + i,
                "基准水位计 " + i,
                DeviceKind.WATER_LEVEL,
                List.of(new DeviceDraft.ChannelDraft("level", "m")),
                DeviceTargetKind.FLOOD_STATION,
                station,
                null,
                null,
                null,
                true,
                false));
      }
      var issued = registry.registerAll(drafts, "bench");
      context
          .getBean(AlarmRuleService.class)
          .create(
              """
              {"code": "BENCH", "name": "基准", "scope": {"deviceKind": "WATER_LEVEL"},
               "severity": "YELLOW", "condition": {"type": "threshold", "channel": "level",
                 "high": {"value": 100.0, "severity": "YELLOW"}}}""",
              new CurrentUser("bench", Role.SYSTEM_ADMIN, null, DataScope.district(), false));
      Accounts accounts = context.getBean(Accounts.class);
      AccountDirectory directory = context.getBean(AccountDirectory.class);
      SubscriptionService subscriptions = context.getBean(SubscriptionService.class);
      String password = accounts.generatePassword();
      for (int i = 0; i < subscribers; i++) {
        String username = "bench-leader-" + i;
        accounts.open(
            new NewAccount(
                username,
                "基准 " + i,
                Role.DISTRICT_LEADER,
                null,
                Set.of(),
                null,
                password,
                false,
                false,
                true));
        subscriptions.save(
            new SubscriptionForm(
                null, List.of(), "INFO", List.of("ALARM"), true, null, null, null, false, true),
            directory.find(username).orElseThrow());
      }
      Thread.sleep(1000); // rule reload and directory refresh settle
      Instant ts = Instant.now();
      List<Reading> readings = new ArrayList<>();
      for (var d : issued) {
        readings.add(new Reading(d.id(), d.code(), "level", ts, 1, 150.0));
      }
      long start = System.nanoTime();
      context.publishEvent(new TelemetryReceived(readings, Instant.now()));
      long raisedNanos =
          waitFor(
              () ->
                  jdbc.sql("SELECT count(*) FROM monitoring_alarm WHERE rule_code = 'BENCH'")
                      .query(Long.class)
                      .single(),
              n,
              start);
      long expected = (long) n * subscribers;
      long notifiedNanos =
          waitFor(
              () -> jdbc.sql("SELECT count(*) FROM notification_inbox").query(Long.class).single(),
              expected,
              start);
      System.out.printf(
          Locale.ROOT,
          "RESULT raised: %,d alarms in %,d ms = %,.0f alarms/s%n",
          n,
          raisedNanos / 1_000_000,
          n / (raisedNanos / 1e9));
      System.out.printf(
          Locale.ROOT,
          "RESULT notified: %,d in-app deliveries (%d subscribers) in %,d ms = %,.0f/s"
              + " (%,.0f alarms/s fully notified)%n",
          expected,
          subscribers,
          notifiedNanos / 1_000_000,
          expected / (notifiedNanos / 1e9),
          n / (notifiedNanos / 1e9));
    } finally {
      deleteTree(dir);
    }
  }

  private static long waitFor(LongSupplier count, long expected, long start)
      throws InterruptedException {
    while (count.getAsLong() < expected && System.nanoTime() - start < 600_000_000_000L) {
      Thread.sleep(20);
    }
    return System.nanoTime() - start;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
