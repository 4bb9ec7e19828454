package org.shuzhi.monitoring.internal.alarms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
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
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
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
 * <p>Several nodes each evaluate the readings they ingested; see ADR 0006 for how time-based rules
 * stay correct when one device's readings reach several nodes.
 */
@Component
class AlarmEngine implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlarmEngine.class);

  private sealed interface Work permits Batch, Tick, Reload, Refresh, Stop {}

  private record Batch(List<Reading> readings, Instant receivedAt) implements Work {}

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
  private volatile Thread thread;
  private RuleEvaluator evaluator;
  private List<Device> lastDevices;

  AlarmEngine(
      AlarmRuleService rules,
      DeviceCatalogue catalogue,
      Devices devices,
      AlarmLifecycle lifecycle,
      AlarmRepository alarms,
      StoredTelemetry stored,
      AlarmProperties properties,
      Clock clock) {
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

  @EventListener
  void on(TelemetryReceived event) {
    List<Reading> readings = new ArrayList<>(event.readings().size());
    for (org.shuzhi.monitoring.Reading r : event.readings()) {
      readings.add(new Reading(r.deviceCode(), r.channel(), r.ts(), r.value()));
    }
    put(new Batch(readings, event.committedAt()));
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
    restore(clock.instant());
    Thread t = new Thread(this::run, "alarm-evaluator");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  @Override
  public synchronized void stop() {
    Thread t = thread;
    if (t != null) {
      queue.clear();
      put(new Stop());
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
    writer.stop(Duration.ofSeconds(5));
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
          apply(evaluator.evaluate(b.readings(), b.receivedAt()));
          processedBatches.incrementAndGet();
        } else if (work instanceof Tick t) {
          watchRegistered(t.now());
          if (properties.cluster()) {
            hearOtherNodes();
          }
          apply(evaluator.tick(t.now()));
        } else if (work instanceof Reload) {
          apply(evaluator.replaceRules(rules.enabledRules()));
        } else if (work instanceof Refresh) {
          refreshDevices();
        }
      } catch (RuntimeException e) {
        log.error("Alarm evaluation failed for {}", work.getClass().getSimpleName(), e);
      }
    }
  }

  /** Devices registered since the last look are watched, so a silent one is reported offline. */
  private void watchRegistered(Instant now) {
    for (Device d : devices.all()) {
      if (d.enabled()) {
        evaluator.watch(d.code(), now);
      }
    }
  }

  /**
   * Takes over from the previous run (see the class description): stored open alarms, recent
   * readings of their devices, latest values of the others, last arrival times, then a tick.
   */
  private void restore(Instant now) {
    List<AlarmRow> open = alarms.allActive();
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
    List<Device> replayed =
        devices.all().stream().filter(d -> d.enabled() && withAlarms.contains(d.code())).toList();
    List<Reading> recent =
        stored.recent(
            replayed, now.minus(properties.restoreLookback()), properties.restoreReadings());
    apply(evaluator.replay(recent));
    Map<String, Instant> replayedUntil = new HashMap<>();
    recent.forEach(
        r -> replayedUntil.merge(r.deviceCode(), r.ts(), (a, b) -> a.isAfter(b) ? a : b));
    Set<String> enabled = new HashSet<>();
    devices.all().stream().filter(Device::enabled).forEach(d -> enabled.add(d.code()));
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
    log.info(
        "Alarm evaluator restored {} open alarms, replayed {} readings and {} latest values",
        open.size(),
        recent.size(),
        newest.size());
  }

  /**
   * Several nodes (ADR 0006): a device's readings may be received by any node, so offline rules
   * count silence from the latest reception on any node, read from the shared latest-value table.
   */
  private void hearOtherNodes() {
    for (StoredTelemetry.Latest l : stored.latest()) {
      evaluator.heard(l.reading().deviceCode(), l.reading().channel(), l.receivedAt());
    }
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
