package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
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
import org.shuzhi.monitoring.TelemetryReceived;
import org.shuzhi.monitoring.internal.ingest.MqttEndpoint;
import org.shuzhi.monitoring.internal.rules.AlarmDecision;
import org.shuzhi.monitoring.internal.rules.AlarmRule;
import org.shuzhi.monitoring.internal.rules.AlarmRuleJson;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.shuzhi.monitoring.internal.rules.DecisionKind;
import org.shuzhi.monitoring.internal.rules.DeviceCatalogue;
import org.shuzhi.monitoring.internal.rules.EvaluatorSettings;
import org.shuzhi.monitoring.internal.rules.HeldFor;
import org.shuzhi.monitoring.internal.rules.RateOfChange;
import org.shuzhi.monitoring.internal.rules.Reading;
import org.shuzhi.monitoring.internal.rules.RuleEvaluator;
import org.shuzhi.monitoring.internal.rules.RuleScope;
import org.shuzhi.monitoring.internal.rules.Threshold;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alarm evaluation across nodes (ADR 0006, stage 3), with two engines ("nodes") in this JVM on the
 * shared database, both with {@code shuzhi.alarms.cluster=true}: they split the partitions, a
 * reading received by the node that does not hold its device's partition is evaluated by the one
 * that does (held-for and rate rules decide exactly as one node receiving every reading would), a
 * node that stops hands its partitions over and the next holder continues its open alarm, and
 * readings forwarded while nobody holds their partition wait in the feed until a node takes it.
 *
 * <p>The nodes see only this test's devices, each placed in a chosen partition (A keeps 0–31 after
 * the split, B takes 32–63), so the other tests' devices and alarms are never touched.
 */
class AlarmNodesIntegrationTest extends IntegrationTest {

  static final int PARTITIONS = 64;
  // long enough that a loaded CI machine hands over by release well within one lease
  static final Duration LEASE = Duration.ofSeconds(8);
  static final CurrentUser ADMIN =
      new CurrentUser("nodes-admin", Role.SYSTEM_ADMIN, null, DataScope.district(), false);

  @Autowired AlarmRuleService rules;
  @Autowired AlarmRuleJson json;
  @Autowired DeviceCatalogue catalogue;
  @Autowired Devices devices;
  @Autowired DeviceRegistry registry;
  @Autowired MqttEndpoint endpoint;
  @Autowired AlarmLifecycle lifecycle;
  @Autowired AlarmRepository alarms;
  @Autowired StoredTelemetry stored;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  final Map<String, Integer> placed = new ConcurrentHashMap<>();
  final List<AlarmEngine> nodes = new ArrayList<>();
  final Map<String, Long> seqs = new HashMap<>();

  @AfterEach
  void stopNodes() {
    nodes.forEach(AlarmEngine::stop);
    jdbc.sql("UPDATE monitoring_alarm_partition SET node = NULL, lease_until = '-infinity'")
        .update();
    jdbc.sql("DELETE FROM monitoring_alarm_node").update();
    jdbc.sql("DELETE FROM monitoring_alarm_feed").update();
  }

  @Test
  void aReadingReceivedByTheOtherNodeIsEvaluatedByTheHolderAsOneNodeWould() {
    Device device = device(0);
    String held = heldRule(device);
    String rate = "RATE-" + device.code();
    create(
        new AlarmRule(
            rate,
            "液位变化过快",
            RuleScope.device(device.code()),
            AlarmSeverity.ORANGE,
            new RateOfChange("level", 0.5, Duration.ofMinutes(2), RateOfChange.Direction.EITHER)));
    AlarmEngine a = node("A");
    await().atMost(Duration.ofSeconds(30)).until(() -> a.heldPartitions().cardinality() == 64);
    assertThat(a.heldPartitions().get(0)).isTrue();
    AlarmEngine b = node("B");
    awaitSplit(a, b);
    RuleEvaluator single =
        new RuleEvaluator(rules.enabledRules(), catalogue, clock, EvaluatorSettings.defaults());

    // The broker spreads the device's messages over both nodes: every other one reaches B.
    double[] levels = {3.0, 3.1, 5.5, 5.6, 5.7, 5.8, 5.9, 6.0, 7.6, 7.7, 4.0, 4.0, 4.0, 4.0};
    Instant t0 = Instant.now().minus(Duration.ofMinutes(30));
    List<AlarmDecision> expected = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      Instant ts = t0.plusSeconds(30L * i);
      Instant receivedAt = Instant.now();
      long before = a.processedBatches();
      receive(i % 2 == 0 ? b : a, device, ts, levels[i], receivedAt);
      await().atMost(Duration.ofSeconds(30)).until(() -> a.processedBatches() > before);
      expected.addAll(
          single.evaluate(List.of(new Reading(device.code(), "level", ts, levels[i])), receivedAt));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> a.pendingDecisions() == 0);

    assertThat(b.processedBatches()).as("B evaluated none of them").isZero();
    List<String> events = events(expected);
    assertThat(events)
        .as("the sequence raises and clears both rules")
        .contains(held + " RAISED YELLOW", held + " CLEARED YELLOW", rate + " RAISED ORANGE");
    assertThat(storedEvents(device.code())).containsExactlyElementsOf(events);
    assertThat(waiting()).isZero();
  }

  @Test
  void aNodeThatStopsHandsItsPartitionsOverAndTheHolderContinuesItsAlarm() {
    Device device = device(40);
    String held = heldRule(device);
    AlarmEngine a = node("A");
    AlarmEngine b = node("B");
    awaitSplit(a, b);
    Instant t0 = Instant.now().minus(Duration.ofMinutes(20));
    for (int i = 0; i < 5; i++) { // all received by A, evaluated by B
      receive(a, device, t0.plusSeconds(30L * i), 5.5, Instant.now());
    }
    long id = awaitActive(held, device.code());

    long stopped = System.nanoTime();
    b.stop();
    await().atMost(LEASE).until(() -> a.heldPartitions().get(40));
    Duration handOver = Duration.ofNanos(System.nanoTime() - stopped);

    long before = a.processedBatches();
    receive(a, device, t0.plusSeconds(150), 6.0, Instant.now());
    await().atMost(Duration.ofSeconds(30)).until(() -> a.processedBatches() > before);
    receive(a, device, t0.plusSeconds(180), 4.0, Instant.now());
    await().atMost(Duration.ofSeconds(30)).until(() -> state(id) == AlarmState.CLEARED);
    assertThat(alarmCount(held, device.code())).as("no second alarm").isEqualTo(1);
    assertThat(storedEvents(device.code(), held))
        .containsExactly(held + " RAISED YELLOW", held + " CLEARED YELLOW");
    System.out.println("Alarm partitions handed over after a graceful stop in " + handOver);
  }

  @Test
  void readingsForwardedWhileTheirHolderIsDownWaitUntilANodeTakesThePartition() {
    Device device = device(41);
    String held = heldRule(device);
    AlarmEngine a = node("A");
    AlarmEngine b = crashingNode("B");
    awaitSplit(a, b);

    long crashed = System.nanoTime();
    b.stop(); // its leases stay behind, as after a crash
    Instant t0 = Instant.now().minus(Duration.ofMinutes(20));
    for (int i = 0; i < 5; i++) {
      receive(a, device, t0.plusSeconds(30L * i), 5.5, Instant.now());
    }
    assertThat(a.heldPartitions().get(41)).isFalse();
    assertThat(waiting()).as("kept in the feed while nobody holds the partition").isEqualTo(5);

    await().atMost(LEASE.multipliedBy(3)).until(() -> a.heldPartitions().get(41));
    Duration handOver = Duration.ofNanos(System.nanoTime() - crashed);
    awaitActive(held, device.code());
    await().atMost(Duration.ofSeconds(30)).until(() -> waiting() == 0);
    assertThat(alarmCount(held, device.code())).isEqualTo(1);
    assertThat(storedEvents(device.code(), held)).containsExactly(held + " RAISED YELLOW");
    assertThat(handOver).isGreaterThanOrEqualTo(LEASE.minusMillis(500));
    System.out.println("Alarm partitions of a crashed node taken over after " + handOver);
  }

  // --- nodes --------------------------------------------------------------------------------

  private AlarmEngine node(String name) {
    return start(partitions(name));
  }

  /** A node whose stop leaves its leases behind, like a crash. */
  private AlarmEngine crashingNode(String name) {
    String node = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    return start(
        new AlarmPartitions(jdbc, node, PARTITIONS, LEASE, this::partitionOf) {
          @Override
          void releaseAll() {}
        });
  }

  private AlarmPartitions partitions(String name) {
    String node = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new AlarmPartitions(jdbc, node, PARTITIONS, LEASE, this::partitionOf);
  }

  private AlarmEngine start(AlarmPartitions partitions) {
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
            PARTITIONS,
            LEASE,
            partitions.node());
    AlarmEngine engine =
        new AlarmEngine(
            rules,
            catalogue,
            devices,
            lifecycle,
            alarms,
            stored,
            properties,
            clock,
            new AlarmCluster(partitions, new AlarmFeed(jdbc), dataSource));
    nodes.add(engine);
    engine.start();
    return engine;
  }

  /** Only this test's devices have a partition: the others' are never evaluated by these nodes. */
  private int partitionOf(String deviceCode) {
    return placed.getOrDefault(deviceCode, -1);
  }

  private void awaitSplit(AlarmEngine a, AlarmEngine b) {
    BitSet low = new BitSet();
    low.set(0, 32);
    BitSet high = new BitSet();
    high.set(32, 64);
    await()
        .atMost(LEASE.multipliedBy(4))
        .until(() -> a.heldPartitions().equals(low) && b.heldPartitions().equals(high));
  }

  // --- devices, rules, readings -------------------------------------------------------------

  private Device device(int partition) {
    var issued = new WaterLevelDevices(registry, endpoint.port(), "ND").create();
    placed.put(issued.code(), partition);
    return devices.byCode(issued.code()).orElseThrow();
  }

  /** Level at or above 5 m for 2 minutes: YELLOW, cleared as soon as it is below. */
  private String heldRule(Device device) {
    String code = "HELD-" + device.code();
    create(
        new AlarmRule(
            code,
            "水位持续偏高",
            RuleScope.device(device.code()),
            AlarmSeverity.YELLOW,
            new HeldFor(
                new Threshold("level", Threshold.Limit.of(5.0), null, null, null),
                Duration.ofMinutes(2))));
    return code;
  }

  private void create(AlarmRule rule) {
    rules.create(json.write(rule), ADMIN);
  }

  /** A reading stored by {@code node}'s ingestion and handed to its engine after the commit. */
  private void receive(AlarmEngine node, Device d, Instant ts, double value, Instant receivedAt) {
    long seq = seqs.merge(d.code(), 1L, Long::sum);
    int channel = d.channel("level").orElseThrow().no();
    jdbc.sql(
            "INSERT INTO monitoring_reading (device_id, channel, ts, seq, value)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(d.id(), channel, Timestamp.from(ts), seq, value)
        .update();
    jdbc.sql(
            "INSERT INTO monitoring_latest (device_id, channel, ts, seq, value, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, channel) DO UPDATE"
                + " SET ts = EXCLUDED.ts, seq = EXCLUDED.seq, value = EXCLUDED.value,"
                + " received_at = EXCLUDED.received_at WHERE monitoring_latest.ts <= EXCLUDED.ts")
        .params(d.id(), channel, Timestamp.from(ts), seq, value, Timestamp.from(receivedAt))
        .update();
    node.on(
        new TelemetryReceived(
            List.of(new org.shuzhi.monitoring.Reading(d.id(), d.code(), "level", ts, seq, value)),
            receivedAt));
  }

  // --- what was decided ---------------------------------------------------------------------

  /** The alarm events the decisions of one evaluator give (UPDATED only on a severity change). */
  private static List<String> events(List<AlarmDecision> decisions) {
    Map<String, AlarmSeverity> open = new HashMap<>();
    List<String> events = new ArrayList<>();
    for (AlarmDecision d : decisions) {
      if (d.kind() == DecisionKind.RAISE) {
        open.put(d.ruleCode(), d.severity());
        events.add(d.ruleCode() + " RAISED " + d.severity());
      } else if (d.kind() == DecisionKind.UPDATE) {
        if (open.put(d.ruleCode(), d.severity()) != d.severity()) {
          events.add(d.ruleCode() + " UPDATED " + d.severity());
        }
      } else if (d.kind() == DecisionKind.CLEAR) {
        open.remove(d.ruleCode());
        events.add(d.ruleCode() + " CLEARED " + d.severity());
      }
    }
    return events;
  }

  private List<String> storedEvents(String deviceCode) {
    return storedEvents(deviceCode, "%");
  }

  private List<String> storedEvents(String deviceCode, String rule) {
    return jdbc.sql(
            "SELECT a.rule_code || ' ' || e.transition || ' ' || e.severity"
                + " FROM monitoring_alarm_event e JOIN monitoring_alarm a ON a.id = e.alarm_id"
                + " WHERE a.device_code = ? AND a.rule_code LIKE ? ORDER BY e.id")
        .params(deviceCode, rule)
        .query(String.class)
        .list();
  }

  private long awaitActive(String rule, String deviceCode) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql(
                            "SELECT count(*) FROM monitoring_alarm WHERE rule_code = ?"
                                + " AND device_code = ? AND state IN ('RAISED', 'ACKNOWLEDGED')")
                        .params(rule, deviceCode)
                        .query(Long.class)
                        .single()
                    == 1);
    return jdbc.sql(
            "SELECT id FROM monitoring_alarm WHERE rule_code = ? AND device_code = ?"
                + " AND state IN ('RAISED', 'ACKNOWLEDGED')")
        .params(rule, deviceCode)
        .query(Long.class)
        .single();
  }

  private AlarmState state(long id) {
    return AlarmState.valueOf(
        jdbc.sql("SELECT state FROM monitoring_alarm WHERE id = ?")
            .param(id)
            .query(String.class)
            .single());
  }

  private long alarmCount(String rule, String deviceCode) {
    return jdbc.sql("SELECT count(*) FROM monitoring_alarm WHERE rule_code = ? AND device_code = ?")
        .params(rule, deviceCode)
        .query(Long.class)
        .single();
  }

  private long waiting() {
    return jdbc.sql("SELECT count(*) FROM monitoring_alarm_feed").query(Long.class).single();
  }
}
