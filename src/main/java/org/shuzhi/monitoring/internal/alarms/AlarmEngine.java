package org.shuzhi.monitoring.internal.alarms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.TelemetryReceived;
import org.shuzhi.monitoring.internal.DeviceDirectoryReloaded;
import org.shuzhi.monitoring.internal.rules.AlarmDecision;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.shuzhi.monitoring.internal.rules.AlarmRulesChanged;
import org.shuzhi.monitoring.internal.rules.DeviceCatalogue;
import org.shuzhi.monitoring.internal.rules.EvaluatorSettings;
import org.shuzhi.monitoring.internal.rules.OpenAlarm;
import org.shuzhi.monitoring.internal.rules.Reading;
import org.shuzhi.monitoring.internal.rules.RuleEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the {@link RuleEvaluator} on one thread of its own (it is not thread-safe), fed by a bounded
 * queue: telemetry batches from the ingestion writer threads, rule reloads after {@link
 * AlarmRulesChanged} commits, registry reloads, and ticks for offline and rainfall-window rules.
 * When the queue is full the writer threads wait — back-pressure towards the broker, which holds
 * unacknowledged messages — instead of dropping readings. Decisions go to the {@link AlarmWriter},
 * which applies them through the {@link AlarmLifecycle} in order, in batches, and retries a batch
 * the database refused.
 *
 * <p><b>Start-up.</b> Before ingestion starts, the stored active alarms are given back to the
 * evaluator (alarms of removed devices or rules are cleared), the recent raw readings of their
 * devices are replayed (rate, held-for and clear-delay windows), the latest value of every other
 * device is evaluated (an alarm lost in a crash is raised), offline rules count silence from when
 * the device was last received, and a first tick runs: alarms whose condition ended while the
 * platform was down are cleared, and a repeat after the restart updates the open alarm.
 *
 * <p><b>Registry changes.</b> After each reload of the device directory, a deleted device's state
 * is dropped and its open alarms cleared (reason "removed"), a disabled device likewise (reason
 * "disabled"), and a device whose kind or station levels changed is bound to the rules that apply
 * now and evaluated again (see {@link RuleEvaluator#refreshDevice}).
 *
 * <p><b>Several nodes</b> ({@code shuzhi.alarms.cluster=true}, ADR 0006): devices are hashed into
 * partitions leased in the database ({@link AlarmPartitions}), and this engine evaluates only the
 * devices of the partitions it holds. A committed batch is split on the ingestion thread: readings
 * of held partitions are queued here, the others are forwarded to their holder through {@link
 * AlarmFeed} before the batch's messages are acknowledged. Taking a partition is the start-up path
 * above restricted to its devices (a reading already replayed is not evaluated a second time when
 * it also arrives in a batch or from the feed); giving one up drops its devices' state without
 * clearing anything. Offline and rainfall ticks therefore run on the holder only, which receives
 * every reading of its devices with the time it was received. Without the setting this engine holds
 * every device and forwards nothing.
 */
@Component
class AlarmEngine implements SmartLifecycle, AlarmCluster.Evaluation {

  private static final Logger log = LoggerFactory.getLogger(AlarmEngine.class);

  private sealed interface Work permits Batch, Tick, Reload, Refresh, Stop, Take, Drop, Forwarded {}

  private record Batch(List<Reading> readings, Instant receivedAt) implements Work {}

  /** Partitions this node now holds: restore their devices' state. */
  private record Take(BitSet partitions, Instant now) implements Work {}

  /** Partitions this node no longer holds: forget their devices. */
  private record Drop(BitSet partitions) implements Work {}

  /** Readings forwarded by other nodes; {@code done} gets the ids of the rows evaluated. */
  private record Forwarded(List<AlarmFeed.Row> rows, CompletableFuture<List<Long>> done)
      implements Work {}

  /** A reading replayed when its partition was taken, recognised when it comes again. */
  private record Replayed(String deviceCode, String channel, long ts, double value) {}

  private record Tick(Instant now) implements Work {}

  private record Reload() implements Work {}

  private record Refresh() implements Work {}

  private record Stop() implements Work {}

  private final AlarmRuleService rules;
  private final DeviceCatalogue catalogue;
  private final Devices devices;
  private final AlarmRepository alarms;
  private final StoredTelemetry stored;
  private final AlarmProperties properties;
  private final AlarmWriter writer;
  private final Clock clock;
  private final BlockingQueue<Work> queue;
  private final AtomicLong processedBatches = new AtomicLong();
  private final AlarmCluster cluster;
  private volatile Thread thread;
  private RuleEvaluator evaluator;
  private List<Device> lastDevices;

  /** Partitions held (ingestion threads route by it); all of them on a single node. */
  private volatile BitSet held = new BitSet();

  /** Partitions whose devices the evaluator thread holds state for (only it changes this). */
  private volatile BitSet evaluating = new BitSet();

  /** Readings replayed at the last take-over, skipped when they come again until then. */
  private Set<Replayed> replayed = Set.of();

  private Instant forgetReplayedAt = Instant.MIN;

  @Autowired
  AlarmEngine(
      AlarmRuleService rules,
      DeviceCatalogue catalogue,
      Devices devices,
      AlarmLifecycle lifecycle,
      AlarmRepository alarms,
      StoredTelemetry stored,
      AlarmProperties properties,
      Clock clock,
      JdbcClient jdbc,
      DataSource dataSource) {
    this(
        rules,
        catalogue,
        devices,
        lifecycle,
        alarms,
        stored,
        properties,
        clock,
        properties.cluster()
            ? new AlarmCluster(
                new AlarmPartitions(
                    jdbc, properties.nodeName(), properties.partitions(), properties.lease()),
                new AlarmFeed(jdbc),
                dataSource)
            : null);
  }

  /**
   * @param cluster the leases and the feed when several nodes evaluate, null on a single node
   */
  AlarmEngine(
      AlarmRuleService rules,
      DeviceCatalogue catalogue,
      Devices devices,
      AlarmLifecycle lifecycle,
      AlarmRepository alarms,
      StoredTelemetry stored,
      AlarmProperties properties,
      Clock clock,
      AlarmCluster cluster) {
    this.cluster = cluster;
    this.rules = rules;
    this.catalogue = catalogue;
    this.devices = devices;
    this.alarms = alarms;
    this.stored = stored;
    this.properties = properties;
    this.writer =
        new AlarmWriter(
            lifecycle::applyAll, properties.writeBatch(), properties.queueCapacity() * 10);
    this.clock = clock;
    this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
  }

  /**
   * The hook into ingestion: called on the ingestion writer thread right after a batch committed,
   * before its messages are acknowledged. On several nodes the readings of partitions held
   * elsewhere are forwarded here, synchronously, so an acknowledged reading is always either queued
   * for this evaluator or stored in the feed.
   */
  @EventListener
  void on(TelemetryReceived event) {
    List<org.shuzhi.monitoring.Reading> received = event.readings();
    if (cluster == null) {
      List<Reading> readings = new ArrayList<>(received.size());
      for (org.shuzhi.monitoring.Reading r : received) {
        readings.add(new Reading(r.deviceCode(), r.channel(), r.ts(), r.value()));
      }
      put(new Batch(readings, event.committedAt()));
      return;
    }
    BitSet mine = held;
    AlarmPartitions partitions = cluster.partitions();
    List<Reading> local = new ArrayList<>(received.size());
    Map<Integer, List<Reading>> elsewhere = new HashMap<>();
    for (org.shuzhi.monitoring.Reading r : received) {
      if (r.deviceCode() == null) {
        continue; // a device deleted since it was received: nobody evaluates it
      }
      Reading reading = new Reading(r.deviceCode(), r.channel(), r.ts(), r.value());
      int p = partitions.of(r.deviceCode());
      if (p >= 0 && mine.get(p)) {
        local.add(reading);
      } else if (p >= 0) {
        elsewhere.computeIfAbsent(p, k -> new ArrayList<>()).add(reading);
      }
    }
    if (!local.isEmpty()) {
      put(new Batch(local, event.committedAt()));
    }
    if (!elsewhere.isEmpty()) {
      cluster.forward(elsewhere, event.committedAt());
    }
  }

  @Override
  public void held(BitSet partitions) {
    BitSet before = held;
    BitSet lost = (BitSet) before.clone();
    lost.andNot(partitions);
    BitSet taken = (BitSet) partitions.clone();
    taken.andNot(before);
    if (!lost.isEmpty()) {
      BitSet kept = (BitSet) before.clone();
      kept.and(partitions);
      held = kept; // forward from now on, then forget
      put(new Drop(lost));
      log.info("Alarm partitions given up: {}", lost);
    }
    if (!taken.isEmpty()) {
      put(new Take(taken, clock.instant())); // restored before any batch routed here after it
      held = (BitSet) partitions.clone();
      log.info("Alarm partitions taken: {}", taken);
    }
  }

  @Override
  public BitSet evaluating() {
    return evaluating;
  }

  @Override
  public List<Long> evaluate(List<AlarmFeed.Row> rows) throws InterruptedException {
    CompletableFuture<List<Long>> done = new CompletableFuture<>();
    queue.put(new Forwarded(rows, done));
    while (true) {
      try {
        return done.get(1, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } catch (TimeoutException e) {
        if (!isRunning()) {
          return List.of();
        }
      }
    }
  }

  /** Partitions held now (tests). */
  BitSet heldPartitions() {
    return (BitSet) held.clone();
  }

  /** The leases and feed, null on a single node (tests). */
  AlarmCluster cluster() {
    return cluster;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AlarmRulesChanged event) {
    put(new Reload());
  }

  @EventListener
  void on(DeviceDirectoryReloaded event) {
    if (isRunning()) {
      put(new Refresh());
    }
  }

  @Scheduled(fixedDelayString = "${shuzhi.alarms.tick:PT5S}")
  void scheduledTick() {
    if (isRunning()) {
      queue.offer(new Tick(clock.instant())); // a tick skipped under load comes again shortly
    }
  }

  /** Evaluates offline and rainfall-window rules as of {@code now} (tests pass a later time). */
  void tick(Instant now) {
    put(new Tick(now));
  }

  /** Batches evaluated since start (tests wait on it instead of sleeping). */
  long processedBatches() {
    return processedBatches.get();
  }

  /** Decisions taken and not yet written (tests and benchmarks wait on it). */
  long pendingDecisions() {
    return writer.pending();
  }

  /** Decisions written since start. */
  long writtenDecisions() {
    return writer.applied();
  }

  private void put(Work work) {
    try {
      queue.put(work);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted while queueing for alarm evaluation: {}", work.getClass());
    }
  }

  @Override
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    evaluator =
        new RuleEvaluator(rules.enabledRules(), catalogue, clock, EvaluatorSettings.defaults());
    lastDevices = null;
    writer.start();
    held = new BitSet(); // partitions matter only on several nodes
    evaluating = new BitSet();
    if (cluster == null) {
      restore(clock.instant(), code -> true, null);
    }
    Thread t = new Thread(this::run, "alarm-evaluator");
    t.setDaemon(true);
    thread = t;
    t.start();
    if (cluster != null) {
      cluster.start(this);
    }
  }

  /**
   * On several nodes the queue is evaluated and the decisions written before the partitions are
   * released, so the next holder restores from up-to-date alarms.
   */
  @Override
  public synchronized void stop() {
    if (cluster != null) {
      cluster.stop();
      held = new BitSet();
    }
    Thread t = thread;
    if (t != null) {
      if (cluster == null) {
        queue.clear();
      }
      put(new Stop());
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
    writer.stop(Duration.ofSeconds(5));
    if (cluster != null) {
      cluster.release();
      evaluating = new BitSet();
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  /** Starts before ingestion and stops after it, so no committed batch finds it missing. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE / 2;
  }

  private void run() {
    while (true) {
      Work work;
      try {
        work = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      try {
        if (work instanceof Stop) {
          return;
        } else if (work instanceof Batch b) {
          apply(evaluator.evaluate(notReplayed(b.readings()), b.receivedAt()));
          processedBatches.incrementAndGet();
        } else if (work instanceof Forwarded f) {
          evaluateForwarded(f);
        } else if (work instanceof Take t) {
          take(t);
        } else if (work instanceof Drop d) {
          drop(d.partitions());
        } else if (work instanceof Tick t) {
          watchRegistered(t.now());
          apply(evaluator.tick(t.now()));
        } else if (work instanceof Reload) {
          apply(evaluator.replaceRules(rules.enabledRules()));
        } else if (work instanceof Refresh) {
          refreshDevices();
        }
      } catch (RuntimeException e) {
        log.error("Alarm evaluation failed for {}", work.getClass().getSimpleName(), e);
        if (work instanceof Forwarded f) {
          f.done().completeExceptionally(e);
        }
      }
    }
  }

  /** Devices registered since the last look are watched, so a silent one is reported offline. */
  private void watchRegistered(Instant now) {
    for (Device d : devices.all()) {
      if (d.enabled() && evaluates(d.code())) {
        evaluator.watch(d.code(), now);
      }
    }
  }

  /** Whether this node evaluates the device (always on a single node). */
  private boolean evaluates(String deviceCode) {
    if (cluster == null) {
      return true;
    }
    int p = cluster.partitions().of(deviceCode);
    return p >= 0 && evaluating.get(p);
  }

  private void evaluateForwarded(Forwarded f) {
    List<Long> done = new ArrayList<>(f.rows().size());
    for (AlarmFeed.Row row : f.rows()) {
      if (evaluating.get(row.partition())) {
        apply(evaluator.evaluate(notReplayed(row.readings()), row.receivedAt()));
        done.add(row.id());
      }
    }
    processedBatches.incrementAndGet();
    f.done().complete(done);
  }

  /** A partition taken over: its devices' state is built as at start-up. */
  private void take(Take t) {
    BitSet now = (BitSet) evaluating.clone();
    now.or(t.partitions());
    evaluating = now;
    AlarmPartitions partitions = cluster.partitions();
    restore(
        t.now(),
        code -> {
          int p = partitions.of(code);
          return p >= 0 && t.partitions().get(p);
        },
        cluster.feed().devicesWaiting(t.partitions()));
    cluster.wake(); // their waiting feed rows now
  }

  /** A partition given up: its devices' state is dropped, nothing is cleared. */
  private void drop(BitSet partitions) {
    BitSet now = (BitSet) evaluating.clone();
    now.andNot(partitions);
    evaluating = now;
    for (String code : evaluator.deviceCodes()) {
      int p = cluster.partitions().of(code);
      if (p < 0 || partitions.get(p)) {
        evaluator.drop(code);
      }
    }
  }

  /** Leaves out readings replayed at the last take-over (for a lease period after it). */
  private List<Reading> notReplayed(List<Reading> readings) {
    if (replayed.isEmpty()) {
      return readings;
    }
    if (clock.instant().isAfter(forgetReplayedAt)) {
      replayed = Set.of();
      return readings;
    }
    List<Reading> fresh = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      if (r.ts() == null || !replayed.contains(key(r))) {
        fresh.add(r);
      }
    }
    return fresh;
  }

  private static Replayed key(Reading r) {
    return new Replayed(r.deviceCode(), r.channel(), r.ts().toEpochMilli(), r.value());
  }

  /**
   * Takes over from the previous run, or another node (see the class description): stored open
   * alarms, recent readings of their devices, latest values of the others, last arrival times, then
   * a tick — for the devices {@code inScope}.
   *
   * <p>On a take-over ({@code forwarded} not null) the raw readings of the devices with readings
   * waiting in the feed are replayed as well, so those readings are evaluated in their order rather
   * than as late readings after the latest value; the replayed readings are remembered, so they are
   * not evaluated again when they also come from the feed or in a batch queued meanwhile.
   *
   * @param forwarded devices with readings waiting in the feed, null at start-up on a single node
   */
  private void restore(Instant now, Predicate<String> inScope, Set<String> forwarded) {
    List<AlarmRow> open =
        alarms.allActive().stream().filter(a -> inScope.test(a.deviceCode())).toList();
    apply(
        evaluator.restore(
            open.stream()
                .map(
                    a ->
                        new OpenAlarm(
                            a.ruleCode(), a.deviceCode(), a.severity(), a.lastAt(), a.lastValue()))
                .toList()));
    refreshDevices();
    Set<String> withAlarms = new HashSet<>();
    open.forEach(a -> withAlarms.add(a.deviceCode()));
    if (forwarded != null) {
      forwarded.stream().filter(inScope).forEach(withAlarms::add);
    }
    List<Device> replaying =
        devices.all().stream().filter(d -> d.enabled() && withAlarms.contains(d.code())).toList();
    List<Reading> recent =
        stored.recent(
            replaying, now.minus(properties.restoreLookback()), properties.restoreReadings());
    apply(evaluator.replay(recent));
    Map<String, Instant> replayedUntil = new HashMap<>();
    recent.forEach(
        r -> replayedUntil.merge(r.deviceCode(), r.ts(), (a, b) -> a.isAfter(b) ? a : b));
    Set<String> enabled = new HashSet<>();
    devices.all().stream()
        .filter(d -> d.enabled() && inScope.test(d.code()))
        .forEach(d -> enabled.add(d.code()));
    List<StoredTelemetry.Latest> latest = stored.latest();
    List<Reading> newest = new ArrayList<>();
    for (StoredTelemetry.Latest l : latest) {
      Reading r = l.reading();
      Instant until = replayedUntil.get(r.deviceCode());
      if (enabled.contains(r.deviceCode()) && (until == null || r.ts().isAfter(until))) {
        newest.add(r);
      }
    }
    apply(evaluator.replay(newest));
    for (StoredTelemetry.Latest l : latest) {
      if (enabled.contains(l.reading().deviceCode())) {
        evaluator.heard(l.reading().deviceCode(), l.reading().channel(), l.receivedAt());
      }
    }
    watchRegistered(now);
    apply(evaluator.tick(now));
    if (forwarded != null) {
      Set<Replayed> keys = new HashSet<>(replayed);
      recent.forEach(r -> keys.add(key(r)));
      newest.forEach(r -> keys.add(key(r)));
      replayed = keys;
      forgetReplayedAt = clock.instant().plus(properties.lease());
    }
    log.info(
        "Alarm evaluator restored {} open alarms, replayed {} readings and {} latest values",
        open.size(),
        recent.size(),
        newest.size());
  }

  /** Forgets deleted and disabled devices and re-reads the others' kind and levels. */
  private void refreshDevices() {
    List<Device> all = devices.all();
    if (all == lastDevices) {
      return;
    }
    lastDevices = all;
    Map<String, Device> byCode = new HashMap<>();
    all.forEach(d -> byCode.put(d.code(), d));
    for (String code : evaluator.deviceCodes()) {
      Device d = byCode.get(code);
      if (d == null) {
        apply(evaluator.forget(code, "deviceRemoved"));
      } else if (!d.enabled()) {
        apply(evaluator.forget(code, "deviceDisabled"));
      } else {
        apply(evaluator.refreshDevice(code));
      }
    }
  }

  private void apply(List<AlarmDecision> decisions) {
    if (!decisions.isEmpty()) {
      writer.submit(decisions);
    }
  }
}
