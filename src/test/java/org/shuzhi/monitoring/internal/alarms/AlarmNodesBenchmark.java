package org.shuzhi.monitoring.internal.alarms;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.Reading;
import org.shuzhi.monitoring.TelemetryReceived;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.shuzhi.monitoring.internal.rules.DeviceCatalogue;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cost of forwarding between alarm nodes (ADR 0006, stage 3). Boots the platform with {@code
 * shuzhi.alarms.cluster=true} on a fresh embedded PostgreSQL (node A, the context's engine) and
 * starts a second engine in the same JVM (node B); once they split the partitions:
 *
 * <ol>
 *   <li>throughput: B receives committed batches of 500 readings over {@code devices} devices, half
 *       of them held by A; prints readings/s forwarded and evaluated by A, and the time B's
 *       ingestion thread spends forwarding per batch;
 *   <li>alarm latency: an out-of-range reading of a device held by A is received by A itself
 *       (local) or by B (forwarded); prints p50/p99 until the alarm is stored.
 * </ol>
 *
 * {@code bash bench/alarm-nodes.sh [devices] [probes]}.
 */
public final class AlarmNodesBenchmark {

  private AlarmNodesBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int probes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Path dir = Files.createTempDirectory("shuzhi-alarm-nodes-bench");
    var app = new SpringApplication(ShuzhiApplication.class);
    try (var context =
        app.run(
            "--shuzhi.data-dir=" + dir,
            "--shuzhi.db.clean-embedded=true",
            "--shuzhi.demo.enabled=false",
            "--server.port=0",
            "--shuzhi.mqtt.port=0",
            "--shuzhi.hazard.escalation.enabled=false",
            "--shuzhi.alarms.cluster=true",
            "--shuzhi.alarms.lease=PT3S",
            "--shuzhi.alarms.node=bench-a",
            "--logging.level.root=WARN")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      List<DeviceRegistry.IssuedDevice> issued = devices(context, n);
      context
          .getBean(AlarmRuleService.class)
          .create(
              """
              {"code": "BENCH", "name": "基准", "scope": {"deviceKind": "WATER_LEVEL"},
               "severity": "YELLOW", "condition": {"type": "threshold", "channel": "level",
                 "high": {"value": 100.0, "severity": "YELLOW"}}}""",
              new CurrentUser("bench", Role.SYSTEM_ADMIN, null, DataScope.district(), false));
      AlarmEngine a = context.getBean(AlarmEngine.class);
      AlarmEngine b = nodeB(context);
      BitSet low = new BitSet();
      low.set(0, 32);
      while (!a.heldPartitions().equals(low) || b.heldPartitions().cardinality() != 32) {
        Thread.sleep(100);
      }
      AlarmPartitions partitions = a.cluster().partitions();
      List<DeviceRegistry.IssuedDevice> ofA =
          issued.stream().filter(d -> a.heldPartitions().get(partitions.of(d.code()))).toList();

      // 1. Throughput: B receives, about half goes to A through the feed.
      int batches = 200;
      Instant t0 = Instant.now().minus(Duration.ofHours(1));
      long forwarded = 0;
      long forwardNanos = 0;
      long aBefore = a.processedBatches();
      long start = System.nanoTime();
      for (int k = 0; k < batches; k++) {
        List<Reading> readings = new ArrayList<>(500);
        for (int i = 0; i < 500; i++) {
          var d = issued.get((k * 500 + i) % issued.size());
          readings.add(new Reading(d.id(), d.code(), "level", t0.plusMillis(k), k, 1.0));
          if (a.heldPartitions().get(partitions.of(d.code()))) {
            forwarded++;
          }
        }
        long s = System.nanoTime();
        b.on(new TelemetryReceived(readings, Instant.now()));
        forwardNanos += System.nanoTime() - s;
      }
      while (jdbc.sql("SELECT count(*) FROM monitoring_alarm_feed").query(Long.class).single()
          > 0) {
        Thread.sleep(5);
      }
      long elapsed = System.nanoTime() - start;
      System.out.printf(
          Locale.ROOT,
          "RESULT forwarding: %,d readings received by B in %,d batches, %,d of them forwarded to"
              + " and evaluated by A in %,d ms = %,.0f forwarded readings/s; B's ingestion thread"
              + " spent %.2f ms per batch (%d feed batches evaluated by A)%n",
          batches * 500L,
          batches,
          forwarded,
          elapsed / 1_000_000,
          forwarded / (elapsed / 1e9),
          forwardNanos / 1e6 / batches,
          a.processedBatches() - aBefore);

      // 2. Alarm latency, local and forwarded.
      for (AlarmEngine receiver : List.of(a, b)) {
        long[] nanos = new long[probes];
        for (int p = 0; p < probes; p++) {
          var d = ofA.get(p % ofA.size());
          Instant ts = Instant.now();
          long s = System.nanoTime();
          receiver.on(
              new TelemetryReceived(
                  List.of(new Reading(d.id(), d.code(), "level", ts, 2L * p + 1, 150.0)),
                  Instant.now()));
          while (active(jdbc, d.code()) == 0) {
            Thread.sleep(0, 200_000);
          }
          nanos[p] = System.nanoTime() - s;
          receiver.on(
              new TelemetryReceived(
                  List.of(
                      new Reading(d.id(), d.code(), "level", ts.plusMillis(1), 2L * p + 2, 1.0)),
                  Instant.now()));
          while (active(jdbc, d.code()) > 0) {
            Thread.sleep(0, 200_000);
          }
        }
        Arrays.sort(nanos);
        System.out.printf(
            Locale.ROOT,
            "RESULT alarm latency (%s, %d probes): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            receiver == a ? "received by the holder" : "forwarded from the other node",
            probes,
            nanos[probes / 2] / 1e6,
            nanos[Math.min(probes - 1, (int) Math.ceil(probes * 0.99) - 1)] / 1e6,
            nanos[probes - 1] / 1e6);
      }
      b.stop();
    } finally {
      deleteTree(dir);
    }
  }

  private static long active(JdbcClient jdbc, String code) {
    return jdbc.sql(
            "SELECT count(*) FROM monitoring_alarm WHERE rule_code = 'BENCH' AND device_code = ?"
                + " AND state = 'RAISED'")
        .param(code)
        .query(Long.class)
        .single();
  }

  private static AlarmEngine nodeB(ConfigurableApplicationContext context) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    AlarmProperties properties =
        new AlarmProperties(
            Map.of(),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            true,
            64,
            Duration.ofSeconds(3),
            "bench-b");
    AlarmEngine b =
        new AlarmEngine(
            context.getBean(AlarmRuleService.class),
            context.getBean(DeviceCatalogue.class),
            context.getBean(Devices.class),
            context.getBean(AlarmLifecycle.class),
            context.getBean(AlarmRepository.class),
            context.getBean(StoredTelemetry.class),
            properties,
            context.getBean(Clock.class),
            new AlarmCluster(
                new AlarmPartitions(jdbc, "bench-b", 64, Duration.ofSeconds(3)),
                new AlarmFeed(jdbc),
                context.getBean(DataSource.class)));
    b.start();
    return b;
  }

  private static List<DeviceRegistry.IssuedDevice> devices(
      ConfigurableApplicationContext context, int n) {
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
    return registry.registerAll(drafts, "bench");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
