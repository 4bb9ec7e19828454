package org.shuzhi.monitoring.internal.alarms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.TelemetryReceived;
import org.shuzhi.monitoring.internal.rules.AlarmDecision;
import org.shuzhi.monitoring.internal.rules.AlarmRuleService;
import org.shuzhi.monitoring.internal.rules.AlarmRulesChanged;
import org.shuzhi.monitoring.internal.rules.DeviceCatalogue;
import org.shuzhi.monitoring.internal.rules.EvaluatorSettings;
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
 * AlarmRulesChanged} commits, and ticks for offline and rainfall-window rules. When the queue is
 * full the writer threads wait — back-pressure towards the broker, which holds unacknowledged
 * messages — instead of dropping readings. Decisions go to the {@link AlarmLifecycle}.
 *
 * <p>Several nodes each evaluate the readings they ingested. With an external broker's shared
 * subscription one device's messages may reach different nodes, so rules over time (rates,
 * held-for, offline) see only part of its readings on each node; the lifecycle still keeps one
 * active alarm per rule and device.
 */
@Component
class AlarmEngine implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlarmEngine.class);

  private sealed interface Work permits Batch, Tick, Reload, Stop {}

  private record Batch(List<Reading> readings, Instant receivedAt) implements Work {}

  private record Tick(Instant now) implements Work {}

  private record Reload() implements Work {}

  private record Stop() implements Work {}

  private final AlarmRuleService rules;
  private final DeviceCatalogue catalogue;
  private final Devices devices;
  private final AlarmLifecycle lifecycle;
  private final Clock clock;
  private final BlockingQueue<Work> queue;
  private final AtomicLong processedBatches = new AtomicLong();
  private volatile Thread thread;
  private RuleEvaluator evaluator;

  AlarmEngine(
      AlarmRuleService rules,
      DeviceCatalogue catalogue,
      Devices devices,
      AlarmLifecycle lifecycle,
      AlarmProperties properties,
      Clock clock) {
    this.rules = rules;
    this.catalogue = catalogue;
    this.devices = devices;
    this.lifecycle = lifecycle;
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
    watchRegistered(clock.instant());
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
          apply(evaluator.tick(t.now()));
        } else if (work instanceof Reload) {
          apply(evaluator.replaceRules(rules.enabledRules()));
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

  private void apply(List<AlarmDecision> decisions) {
    for (AlarmDecision d : decisions) {
      try {
        lifecycle.apply(d);
      } catch (RuntimeException e) {
        log.error("Could not record alarm decision {}", d, e);
      }
    }
  }
}
