package org.shuzhi.monitoring.internal.alarms;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.shuzhi.monitoring.internal.rules.AlarmDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Writes the evaluator's decisions on a thread of its own, in their order, many per transaction:
 * whatever accumulated while the previous batch was being written goes in the next (up to {@code
 * batchSize}), so an alarm storm costs a commit per batch, not per alarm, and evaluation goes on
 * meanwhile. A batch the database refuses for a passing reason (connection lost, database
 * restarting, deadlock) is kept and applied again, with backoff, until it commits; later decisions
 * wait behind it, so the order holds. A batch refused for any other reason is applied decision by
 * decision, and only a decision that fails on its own is given up (logged and counted). When the
 * queue is full the evaluator waits (back-pressure), it does not drop decisions.
 */
final class AlarmWriter {

  private static final Logger log = LoggerFactory.getLogger(AlarmWriter.class);
  private static final Duration FIRST_RETRY = Duration.ofMillis(100);
  private static final Duration LAST_RETRY = Duration.ofSeconds(5);

  private final Consumer<List<AlarmDecision>> sink;
  private final int batchSize;
  private final BlockingQueue<AlarmDecision> queue;
  private final AtomicLong submitted = new AtomicLong();
  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong givenUp = new AtomicLong();
  private volatile boolean running;
  private Thread thread;

  /**
   * @param sink applies a batch in one transaction, all or nothing
   * @param capacity decisions waiting at most
   */
  AlarmWriter(Consumer<List<AlarmDecision>> sink, int batchSize, int capacity) {
    this.sink = sink;
    this.batchSize = batchSize;
    this.queue = new LinkedBlockingQueue<>(capacity);
  }

  synchronized void start() {
    if (thread == null) {
      running = true;
      thread = new Thread(this::run, "alarm-writer");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Stops after the batch in hand; waits up to {@code grace} for what is queued to be written.
   * Decisions still queued then are dropped: the next start re-evaluates stored alarms against
   * stored readings, which recovers them.
   */
  synchronized void stop(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    while (pending() > 0 && System.nanoTime() < deadline) {
      sleep(Duration.ofMillis(20));
    }
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
    if (!queue.isEmpty()) {
      log.warn("{} alarm decisions not written at shutdown", queue.size());
    }
  }

  /** Queues decisions, waiting while the queue is full. */
  void submit(List<AlarmDecision> decisions) {
    for (AlarmDecision d : decisions) {
      try {
        queue.put(d);
        submitted.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        log.warn("Interrupted while queueing alarm decision {}", d);
        return;
      }
    }
  }

  /** Decisions submitted and not yet written or given up. */
  long pending() {
    return submitted.get() - applied.get() - givenUp.get();
  }

  long applied() {
    return applied.get();
  }

  long retries() {
    return retries.get();
  }

  long givenUp() {
    return givenUp.get();
  }

  private void run() {
    List<AlarmDecision> batch = new ArrayList<>(batchSize);
    while (running) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch, batchSize - 1);
      if (!write(batch)) {
        return;
      }
      batch.clear();
    }
  }

  /** Writes the batch, retrying passing failures; false when stopped meanwhile. */
  private boolean write(List<AlarmDecision> batch) {
    Duration wait = FIRST_RETRY;
    while (true) {
      try {
        sink.accept(batch);
        applied.addAndGet(batch.size());
        return true;
      } catch (RuntimeException e) {
        if (!passing(e)) {
          if (batch.size() == 1) {
            givenUp.incrementAndGet();
            log.error("Alarm decision given up: {}", batch.get(0), e);
            return true;
          }
          for (AlarmDecision d : batch) {
            if (!write(List.of(d))) {
              return false;
            }
          }
          return true;
        }
        retries.incrementAndGet();
        if (wait == FIRST_RETRY) {
          log.warn("Alarm decisions not written, retrying: {}", e.toString());
        }
        if (!running || !sleep(wait)) {
          return false;
        }
        wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
      }
    }
  }

  /**
   * Whether the failure may pass by itself: the database unreachable or restarting, a connection
   * lost, a deadlock or serialization failure (SQLSTATE classes 08, 40, 53, 57P).
   */
  static boolean passing(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TransientDataAccessException
          || t instanceof RecoverableDataAccessException
          || t instanceof DataAccessResourceFailureException
          || t instanceof CannotCreateTransactionException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08")
            || state.startsWith("40")
            || state.startsWith("53")
            || state.startsWith("57P")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
