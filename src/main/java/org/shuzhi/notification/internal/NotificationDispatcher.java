package org.shuzhi.notification.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.shuzhi.notification.internal.DeliveryRepository.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Every node runs one: it expands new notices into deliveries, claims
 * due deliveries per channel and hands each to that channel's own thread pool, so a channel that
 * hangs (within its timeouts) or fails only holds up its own deliveries. It wakes when a notice
 * commits on this node or a delivery finishes, and otherwise every poll interval (notices of other
 * nodes, due retries).
 *
 * <p>A {@link BatchChannel} (in-app) gets whole claimed batches, one per free thread, so an alarm
 * storm's inbox entries are written a batch per transaction. Each attempt is recorded with its
 * outcome. A transient failure is retried after {@link Backoff}; a permanent one, or the last
 * allowed attempt, fails the delivery.
 */
@Component
class NotificationDispatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final NoticeExpander expander;
  private final DeliveryRepository deliveries;
  private final DispatchSignal signal;
  private final Clock clock;
  private final MeterRegistry meters;
  private final NotificationProperties.Dispatcher settings;
  private final Backoff backoff;
  private final Map<ChannelKind, NotificationChannel> channels = new EnumMap<>(ChannelKind.class);
  private final Map<ChannelKind, ExecutorService> executors = new EnumMap<>(ChannelKind.class);
  private final Map<ChannelKind, AtomicInteger> inFlight = new EnumMap<>(ChannelKind.class);
  private volatile boolean running;
  private Thread loop;

  NotificationDispatcher(
      NoticeExpander expander,
      DeliveryRepository deliveries,
      DispatchSignal signal,
      List<NotificationChannel> channelList,
      NotificationProperties properties,
      Clock clock,
      MeterRegistry meters) {
    this.expander = expander;
    this.deliveries = deliveries;
    this.signal = signal;
    this.clock = clock;
    this.meters = meters;
    this.settings = properties.dispatcher();
    this.backoff = new Backoff(settings.retryBase(), settings.retryMax(), settings.maxAttempts());
    for (NotificationChannel channel : channelList) {
      ChannelKind kind = channel.kind();
      channels.put(kind, channel);
      inFlight.put(kind, new AtomicInteger());
    }
  }

  /**
   * The channel's thread pool, made when first needed: a stopped dispatcher (the context paused or
   * closing) shuts its pools down, and one started again makes new ones.
   */
  private synchronized ExecutorService executor(ChannelKind kind) {
    ExecutorService executor = executors.get(kind);
    if (executor == null || executor.isShutdown()) {
      executor =
          Executors.newFixedThreadPool(
              settings.threadsPerChannel(),
              daemonThreads("notify-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-"));
      executors.put(kind, executor);
    }
    return executor;
  }

  /**
   * One complete pass at {@code now}: expands every new notice and attempts every delivery due,
   * waiting until all attempts are recorded. Returns the number of attempts made. For tests and
   * operations; the background loop does the same without waiting.
   */
  int runOnce(Instant now) {
    expandAll(now);
    List<CompletableFuture<Void>> attempts = new ArrayList<>();
    int attempted = 0;
    for (ChannelKind kind : channels.keySet()) {
      List<Delivery> claimed;
      do {
        claimed = deliveries.claim(kind, now, now.plus(settings.lease()), settings.batchSize());
        attempted += claimed.size();
        if (channels.get(kind) instanceof BatchChannel && !claimed.isEmpty()) {
          attempts.add(submitBatch(claimed, now));
        } else {
          for (Delivery d : claimed) {
            attempts.add(submit(d, now));
          }
        }
      } while (claimed.size() == settings.batchSize());
    }
    CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
    return attempted;
  }

  /** Expands new notices and claims as many due deliveries per channel as it has free threads. */
  private void tick(Instant now) {
    expandAll(now);
    for (ChannelKind kind : channels.keySet()) {
      int free = settings.threadsPerChannel() - inFlight.get(kind).get();
      if (free <= 0) {
        continue;
      }
      if (channels.get(kind) instanceof BatchChannel) {
        // A free thread takes a whole batch: the channel writes it in one transaction.
        List<Delivery> claimed =
            deliveries.claim(kind, now, now.plus(settings.lease()), settings.batchSize());
        if (!claimed.isEmpty()) {
          submitBatch(claimed, now);
        }
        continue;
      }
      for (Delivery d : deliveries.claim(kind, now, now.plus(settings.lease()), free)) {
        submit(d, now);
      }
    }
  }

  private void expandAll(Instant now) {
    while (expander.expandBatch(now, settings.batchSize()) == settings.batchSize()) {
      // another batch
    }
  }

  private CompletableFuture<Void> submit(Delivery d, Instant claimedAt) {
    inFlight.get(d.channel()).incrementAndGet();
    return CompletableFuture.runAsync(() -> attempt(d, claimedAt), executor(d.channel()))
        .whenComplete(
            (ok, error) -> {
              inFlight.get(d.channel()).decrementAndGet();
              if (error != null) {
                log.error("Delivery {} could not be recorded", d.id(), error);
              }
              signal.wake();
            });
  }

  private CompletableFuture<Void> submitBatch(List<Delivery> batch, Instant claimedAt) {
    ChannelKind kind = batch.get(0).channel();
    inFlight.get(kind).incrementAndGet();
    return CompletableFuture.runAsync(() -> attemptAll(batch, claimedAt), executor(kind))
        .whenComplete(
            (ok, error) -> {
              inFlight.get(kind).decrementAndGet();
              if (error != null) {
                log.error("Delivery batch of {} could not be recorded", batch.size(), error);
              }
              signal.wake();
            });
  }

  /** Sends a batch at once; if that fails, each delivery on its own (its own outcome). */
  private void attemptAll(List<Delivery> batch, Instant claimedAt) {
    ChannelKind kind = batch.get(0).channel();
    long start = System.nanoTime();
    try {
      ((BatchChannel) channels.get(kind)).sendAll(batch);
    } catch (DeliveryFailure | RuntimeException e) {
      log.info("Batch of {} {} deliveries failed, sending one by one: {}", batch.size(), kind, e);
      batch.forEach(d -> attempt(d, claimedAt));
      return;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    deliveries.recordSent(batch, claimedAt.plus(took), took.toMillis());
    meters
        .counter("shuzhi.notification.attempts", "channel", kind.name(), "outcome", "SENT")
        .increment(batch.size());
  }

  private void attempt(Delivery d, Instant claimedAt) {
    long start = System.nanoTime();
    Outcome outcome;
    String reason = null;
    try {
      channels.get(d.channel()).send(d);
      outcome = Outcome.SENT;
    } catch (DeliveryFailure f) {
      reason = f.getMessage();
      outcome = f.permanent() || backoff.exhausted(d.attempt()) ? Outcome.FAILED : Outcome.RETRYING;
    } catch (RuntimeException e) {
      reason = e.toString();
      outcome = backoff.exhausted(d.attempt()) ? Outcome.FAILED : Outcome.RETRYING;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Instant at = claimedAt.plus(took);
    Instant next = outcome == Outcome.RETRYING ? at.plus(backoff.after(d.attempt())) : null;
    deliveries.record(d, outcome, reason, at, next, took.toMillis());
    meters
        .counter(
            "shuzhi.notification.attempts",
            "channel",
            d.channel().name(),
            "outcome",
            outcome.name())
        .increment();
    if (outcome != Outcome.SENT) {
      log.info(
          "Notification delivery {} ({}, attempt {}): {} — {}",
          d.id(),
          d.channel(),
          d.attempt(),
          outcome,
          reason);
    }
  }

  private void loop() {
    while (running) {
      try {
        signal.await(settings.pollInterval());
        if (running) {
          tick(clock.instant());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database may be away for a while: log, wait a poll interval, try again.
        log.warn("Notification dispatcher: {}", e.toString());
        try {
          Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static CustomizableThreadFactory daemonThreads(String prefix) {
    var factory = new CustomizableThreadFactory(prefix);
    factory.setDaemon(true);
    return factory;
  }

  @Override
  public void start() {
    running = true;
    if (settings.enabled()) {
      startLoop();
    }
  }

  /** Starts the background loop (done at start-up unless switched off). */
  void startLoop() {
    running = true;
    loop = daemonThreads("notify-dispatcher-").newThread(this::loop);
    loop.start();
  }

  @Override
  public void stop() {
    running = false;
    if (loop != null) {
      loop.interrupt();
    }
    List<ExecutorService> pools;
    synchronized (this) {
      pools = List.copyOf(executors.values());
      executors.clear();
    }
    for (ExecutorService executor : pools) {
      executor.shutdown();
    }
    for (ExecutorService executor : pools) {
      try {
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
          executor.shutdownNow();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        executor.shutdownNow();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
