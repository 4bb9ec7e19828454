package org.shuzhi.monitoring.internal.alarms;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Device partitions and their leases in the database (ADR 0006, stage 3): which partition a device
 * belongs to, and which partitions this node holds. Every statement uses the database's clock, so
 * the nodes' clocks need not agree, and every change of holder is a single {@code UPDATE} whose
 * condition is checked again under the row lock, so a partition never has two holders.
 *
 * <p>{@link #rebalance()} is called every few seconds: it marks the node alive, renews its leases,
 * gives up partitions beyond its fair share (⌈partitions / live nodes⌉, so a node that joins gets
 * work) and takes free or expired ones up to that share (so the partitions of a node that stopped
 * or died are taken over once their lease runs out).
 */
class AlarmPartitions {

  private static final Logger log = LoggerFactory.getLogger(AlarmPartitions.class);

  private final JdbcClient jdbc;
  private final String node;
  private final int count;
  private final Duration lease;
  private final ToIntFunction<String> partitionOf;
  private boolean created;

  /**
   * @param node this node's name, unique among the nodes
   * @param count partitions; every node must use the same count
   * @param lease how long a lease lasts without renewal
   */
  AlarmPartitions(JdbcClient jdbc, String node, int count, Duration lease) {
    this(jdbc, node, count, lease, code -> hash(code, count));
  }

  /** With another device-to-partition function (tests keep other tests' devices out). */
  AlarmPartitions(
      JdbcClient jdbc, String node, int count, Duration lease, ToIntFunction<String> partitionOf) {
    if (count < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + count);
    }
    this.jdbc = jdbc;
    this.node = node;
    this.count = count;
    this.lease = lease;
    this.partitionOf = partitionOf;
  }

  /**
   * The partition of a device: a hash of its code ({@link String#hashCode()} is specified by the
   * language, so every node computes the same), mixed so that similar codes spread.
   */
  static int hash(String deviceCode, int count) {
    int h = deviceCode.hashCode();
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return Math.floorMod(h, count);
  }

  /** The partition of a device (negative: none, never evaluated by this node). */
  int of(String deviceCode) {
    return partitionOf.applyAsInt(deviceCode);
  }

  String node() {
    return node;
  }

  int count() {
    return count;
  }

  Duration lease() {
    return lease;
  }

  /**
   * Renews this node's leases, gives up those beyond its fair share and takes free ones up to it.
   *
   * @return the partitions this node holds now
   */
  BitSet rebalance() {
    if (!created) {
      jdbc.sql(
              "INSERT INTO monitoring_alarm_partition (partition) SELECT generate_series(0, ?)"
                  + " ON CONFLICT DO NOTHING")
          .param(count - 1)
          .update();
      created = true;
    }
    jdbc.sql(
            "INSERT INTO monitoring_alarm_node (node, partitions, alive_until)"
                + " VALUES (?, ?, now() + ?::interval) ON CONFLICT (node) DO UPDATE"
                + " SET partitions = EXCLUDED.partitions, alive_until = EXCLUDED.alive_until")
        .params(node, count, interval())
        .update();
    jdbc.sql("DELETE FROM monitoring_alarm_node WHERE alive_until < now() - interval '1 day'")
        .update();
    List<Integer> counts =
        jdbc.sql("SELECT partitions FROM monitoring_alarm_node WHERE alive_until > now()")
            .query(Integer.class)
            .list();
    if (counts.stream().anyMatch(c -> c != count)) {
      log.error(
          "Alarm nodes disagree on the partition count (this node {}, live nodes {}):"
              + " set the same shuzhi.alarms.partitions on every node",
          count,
          counts);
    }
    int share = (count + counts.size() - 1) / Math.max(1, counts.size());
    BitSet held =
        bits(
            jdbc.sql(
                    "UPDATE monitoring_alarm_partition SET lease_until = now() + ?::interval"
                        + " WHERE node = ? AND partition < ? RETURNING partition")
                .params(interval(), node, count)
                .query(Integer.class)
                .list());
    int have = held.cardinality();
    if (have > share) {
      BitSet excess = new BitSet();
      for (int p = held.length() - 1; p >= 0 && have - excess.cardinality() > share; p--) {
        if (held.get(p)) {
          excess.set(p);
        }
      }
      jdbc.sql(
              "UPDATE monitoring_alarm_partition SET node = NULL, lease_until = '-infinity'"
                  + " WHERE node = ? AND partition = ANY(?::int[])")
          .params(node, excess.stream().boxed().toArray(Integer[]::new))
          .update();
      held.andNot(excess);
    } else if (have < share) {
      held.or(
          bits(
              jdbc.sql(
                      "UPDATE monitoring_alarm_partition p SET node = ?,"
                          + " lease_until = now() + ?::interval FROM (SELECT partition"
                          + " FROM monitoring_alarm_partition WHERE partition < ?"
                          + " AND (node IS NULL OR lease_until < now()) ORDER BY partition"
                          + " LIMIT ? FOR UPDATE SKIP LOCKED) free"
                          + " WHERE p.partition = free.partition"
                          + " AND (p.node IS NULL OR p.lease_until < now()) RETURNING p.partition")
                  .params(node, interval(), count, share - have)
                  .query(Integer.class)
                  .list()));
    }
    return held;
  }

  /** Gives every partition of this node up at once (a graceful stop) and leaves the node list. */
  void releaseAll() {
    jdbc.sql(
            "UPDATE monitoring_alarm_partition SET node = NULL, lease_until = '-infinity'"
                + " WHERE node = ?")
        .param(node)
        .update();
    jdbc.sql("DELETE FROM monitoring_alarm_node WHERE node = ?").param(node).update();
  }

  private String interval() {
    return lease.toMillis() + " milliseconds";
  }

  private static BitSet bits(List<Integer> partitions) {
    BitSet b = new BitSet();
    partitions.forEach(b::set);
    return b;
  }
}
