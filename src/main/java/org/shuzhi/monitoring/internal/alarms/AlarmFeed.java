package org.shuzhi.monitoring.internal.alarms;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.monitoring.internal.rules.Reading;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readings forwarded to the node that holds their partition (ADR 0006, stage 3), through the table
 * {@code monitoring_alarm_feed}: one row per ingestion batch and partition (arrays, not one row per
 * reading), and a notification on {@link #CHANNEL} naming the partitions written to. The holder
 * reads its partitions' rows in id order, evaluates them and deletes them; a row stays until then,
 * so neither node's crash loses it.
 */
final class AlarmFeed {

  /** The PostgreSQL notification channel; the payload lists partitions, comma-separated. */
  static final String CHANNEL = "shuzhi_alarm_feed";

  /**
   * A forwarded group of readings.
   *
   * @param id its row
   * @param partition the partition of its devices
   * @param receivedAt when the forwarding node received them (offline rules count from it)
   * @param readings in arrival order
   */
  record Row(long id, int partition, Instant receivedAt, List<Reading> readings) {}

  private final JdbcClient jdbc;

  AlarmFeed(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes one row per partition in one statement (one notification). */
  void forward(Map<Integer, List<Reading>> byPartition, Instant receivedAt) {
    if (byPartition.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO monitoring_alarm_feed"
                + " (partition, received_at, device_codes, channels, ts_micros, vals) VALUES ");
    List<Object> params = new ArrayList<>(byPartition.size() * 6);
    Timestamp at = Timestamp.from(receivedAt);
    for (Map.Entry<Integer, List<Reading>> e : byPartition.entrySet()) {
      List<Reading> readings = e.getValue();
      int n = readings.size();
      String[] codes = new String[n];
      String[] channels = new String[n];
      Long[] micros = new Long[n];
      Double[] values = new Double[n];
      for (int i = 0; i < n; i++) {
        Reading r = readings.get(i);
        codes[i] = r.deviceCode();
        channels[i] = r.channel();
        micros[i] = Math.addExact(r.ts().getEpochSecond() * 1_000_000L, r.ts().getNano() / 1000);
        values[i] = r.value();
      }
      if (!params.isEmpty()) {
        sql.append(", ");
      }
      sql.append("(?, ?, ?::text[], ?::text[], ?::bigint[], ?::double precision[])");
      params.add(e.getKey());
      params.add(at);
      params.add(codes);
      params.add(channels);
      params.add(micros);
      params.add(values);
    }
    jdbc.sql(sql.toString()).params(params).update();
  }

  /** The oldest rows of the partitions, at most {@code limit}, in id order. */
  List<Row> pending(BitSet partitions, int limit) {
    if (partitions.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, partition, received_at, device_codes, channels, ts_micros, vals"
                + " FROM monitoring_alarm_feed WHERE partition = ANY(?::int[]) ORDER BY id LIMIT ?")
        .params(partitions.stream().boxed().toArray(Integer[]::new), limit)
        .query(
            (rs, i) -> {
              String[] codes = strings(rs.getArray("device_codes"));
              String[] channels = strings(rs.getArray("channels"));
              Object[] micros = objects(rs.getArray("ts_micros"));
              Object[] values = objects(rs.getArray("vals"));
              List<Reading> readings = new ArrayList<>(codes.length);
              for (int k = 0; k < codes.length; k++) {
                long us = ((Number) micros[k]).longValue();
                readings.add(
                    new Reading(
                        codes[k],
                        channels[k],
                        Instant.ofEpochSecond(
                            Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000),
                        ((Number) values[k]).doubleValue()));
              }
              return new Row(
                  rs.getLong("id"),
                  rs.getInt("partition"),
                  rs.getTimestamp("received_at").toInstant(),
                  readings);
            })
        .list();
  }

  /** Removes rows once evaluated. */
  void delete(List<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("DELETE FROM monitoring_alarm_feed WHERE id = ANY(?::bigint[])")
          .param(ids.toArray(Long[]::new))
          .update();
    }
  }

  /** The devices with readings waiting in the partitions. */
  Set<String> devicesWaiting(BitSet partitions) {
    if (partitions.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        jdbc.sql(
                "SELECT DISTINCT unnest(device_codes) FROM monitoring_alarm_feed"
                    + " WHERE partition = ANY(?::int[])")
            .param(partitions.stream().boxed().toArray(Integer[]::new))
            .query(String.class)
            .list());
  }

  /** Rows waiting in the partitions (tests). */
  long waiting(BitSet partitions) {
    return jdbc.sql("SELECT count(*) FROM monitoring_alarm_feed WHERE partition = ANY(?::int[])")
        .param(partitions.stream().boxed().toArray(Integer[]::new))
        .query(Long.class)
        .single();
  }

  private static String[] strings(Array a) throws SQLException {
    return (String[]) a.getArray();
  }

  private static Object[] objects(Array a) throws SQLException {
    return (Object[]) a.getArray();
  }
}
