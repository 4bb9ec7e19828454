package org.shuzhi.monitoring.internal.alarms;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.shuzhi.monitoring.internal.rules.Reading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The moving parts of alarm evaluation across nodes (ADR 0006, stage 3), beside the {@link
 * AlarmEngine}: a lease thread that rebalances the partitions every sixth of the lease time and
 * tells the engine which it holds, a listener thread that waits for forwarded readings ({@code
 * LISTEN}, one pooled connection) and hands the held partitions' feed rows to the engine, and the
 * forwarding of readings of partitions held elsewhere.
 *
 * <p>If the leases cannot be renewed (database unreachable) until they run out, the node stops
 * evaluating every partition, since another node may take them; it takes them again when it can.
 */
final class AlarmCluster {

  /** What the cluster needs from the engine. */
  interface Evaluation {

    /** The partitions this node holds now (called after every rebalance). */
    void held(BitSet partitions);

    /** The partitions whose forwarded readings the engine evaluates now. */
    BitSet evaluating();

    /**
     * Evaluates forwarded rows, waiting until it is done.
     *
     * @return the ids of the rows evaluated (rows of partitions given up meanwhile are not)
     */
    List<Long> evaluate(List<AlarmFeed.Row> rows) throws InterruptedException;
  }

  private static final Logger log = LoggerFactory.getLogger(AlarmCluster.class);
  private static final int FEED_BATCH = 200;
  private static final Duration FEED_POLL = Duration.ofSeconds(5);

  private final AlarmPartitions partitions;
  private final AlarmFeed feed;
  private final DataSource dataSource;
  private final Duration renewEvery;
  private final AtomicBoolean wake = new AtomicBoolean();
  private volatile boolean running;
  private Evaluation engine;
  private Thread leases;
  private Thread listener;
  private long validUntil;
  private boolean holding;

  AlarmCluster(AlarmPartitions partitions, AlarmFeed feed, DataSource dataSource) {
    this.partitions = partitions;
    this.feed = feed;
    this.dataSource = dataSource;
    Duration sixth = partitions.lease().dividedBy(6);
    this.renewEvery = sixth.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : sixth;
  }

  AlarmPartitions partitions() {
    return partitions;
  }

  AlarmFeed feed() {
    return feed;
  }

  /** Takes a first share of the partitions (if the database answers) and starts both threads. */
  synchronized void start(Evaluation engine) {
    if (running) {
      return;
    }
    this.engine = engine;
    running = true;
    rebalance();
    leases = daemon("alarm-leases", this::renewLoop);
    listener = daemon("alarm-feed", this::listenLoop);
  }

  /** Stops both threads; the leases stay until {@link #release()} or until they run out. */
  synchronized void stop() {
    running = false;
    for (Thread t : new Thread[] {leases, listener}) {
      if (t != null) {
        t.interrupt();
        try {
          t.join(5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    leases = null;
    listener = null;
  }

  /** Gives the partitions up at once so other nodes take them without waiting for the lease. */
  void release() {
    try {
      partitions.releaseAll();
    } catch (DataAccessException e) {
      log.warn(
          "Alarm partitions not released, they pass on when the lease runs out: {}", e.toString());
    }
  }

  /**
   * Forwards readings of partitions held elsewhere, retrying while the database refuses: the
   * calling ingestion thread waits (back-pressure), its messages stay unacknowledged meanwhile.
   */
  void forward(Map<Integer, List<Reading>> byPartition, Instant receivedAt) {
    long pause = 50;
    int failures = 0;
    while (true) {
      try {
        feed.forward(byPartition, receivedAt);
        if (failures > 0) {
          log.info("Forwarding to alarm partition holders recovered after {} attempts", failures);
        }
        return;
      } catch (DataAccessException e) {
        failures++;
        if (!running) {
          log.error(
              "Readings of {} partitions not forwarded for alarm evaluation (stopping): {}",
              byPartition.size(),
              e.toString());
          return;
        }
        if (failures == 1 || failures % 20 == 0) {
          log.warn(
              "Forwarding for alarm evaluation failed (attempt {}): {}", failures, e.toString());
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
        pause = Math.min(2_000, pause * 2);
      }
    }
  }

  /** Makes the listener look at the feed now (e.g. the engine just took partitions). */
  void wake() {
    wake.set(true);
  }

  /** Rebalances once now and tells the engine (the lease thread does it every few seconds). */
  synchronized void rebalance() {
    long started = System.nanoTime();
    try {
      BitSet held = partitions.rebalance();
      validUntil = started + partitions.lease().minus(renewEvery).toNanos();
      holding = !held.isEmpty();
      engine.held(held);
    } catch (DataAccessException e) {
      if (holding && System.nanoTime() - validUntil > 0) {
        log.warn(
            "Alarm partition leases could not be renewed and ran out: evaluating none until the"
                + " database answers ({})",
            e.toString());
        holding = false;
        engine.held(new BitSet());
      } else {
        log.warn("Alarm partition leases not renewed, retrying: {}", e.toString());
      }
    }
  }

  private void renewLoop() {
    while (running) {
      try {
        Thread.sleep(renewEvery.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      if (running) {
        rebalance();
      }
    }
  }

  private void listenLoop() {
    while (running) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
          st.execute("LISTEN " + AlarmFeed.CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastDrain = 0;
        wake.set(true); // rows written while nobody listened
        while (running) {
          PGNotification[] notifications = pg.getNotifications(200);
          boolean due =
              wake.getAndSet(false) || System.nanoTime() - lastDrain > FEED_POLL.toNanos();
          if (!due && notifications != null) {
            BitSet mine = engine.evaluating();
            for (PGNotification n : notifications) {
              due |= concerns(n.getParameter(), mine);
            }
          }
          if (due) {
            drain();
            lastDrain = System.nanoTime();
          }
        }
      } catch (SQLException | DataAccessException e) {
        if (!running) {
          return;
        }
        log.warn("Alarm feed listener paused, reconnecting: {}", e.toString());
        try {
          Thread.sleep(1000);
        } catch (InterruptedException ie) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Evaluates the held partitions' rows until none are left. */
  private void drain() throws InterruptedException {
    while (running) {
      BitSet mine = engine.evaluating();
      List<AlarmFeed.Row> rows = feed.pending(mine, FEED_BATCH);
      if (rows.isEmpty()) {
        return;
      }
      List<Long> done = engine.evaluate(rows);
      feed.delete(done);
      if (done.isEmpty() || rows.size() < FEED_BATCH) {
        return;
      }
    }
  }

  private static boolean concerns(String payload, BitSet mine) {
    if (payload == null || payload.isEmpty()) {
      return true;
    }
    for (String p : payload.split(",")) {
      try {
        if (mine.get(Integer.parseInt(p.trim()))) {
          return true;
        }
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        return true;
      }
    }
    return false;
  }

  private static Thread daemon(String name, Runnable task) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
