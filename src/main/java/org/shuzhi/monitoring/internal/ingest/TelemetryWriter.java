package org.shuzhi.monitoring.internal.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.jdbc.PgConnection;

/**
 * Writes one batch in one transaction: every channel value as a row of the partitioned readings
 * table (duplicates skipped by the primary key), the hourly aggregates and latest values of the
 * rows actually inserted, and the dead letters. The readings travel as five arrays in one statement
 * (one round trip, one plan) instead of one row per bind.
 */
final class TelemetryWriter {

  /**
   * Inserted rows come back so aggregates, latest values and the event see each reading once, even
   * when a duplicate delivery sits in the same batch as the original.
   */
  static final String INSERT_READINGS =
      """
      WITH input AS (
        SELECT d AS device_id, c AS channel,
               TIMESTAMPTZ 'epoch' + t * INTERVAL '1 microsecond' AS ts, s AS seq, v AS value
        FROM unnest(?::bigint[], ?::smallint[], ?::bigint[], ?::bigint[], ?::float8[]) AS x(d, c, t, s, v)
      ), inserted AS (
        INSERT INTO monitoring_reading (device_id, channel, ts, seq, value)
        SELECT device_id, channel, ts, seq, value FROM input
        ON CONFLICT DO NOTHING
        RETURNING device_id, channel, ts, seq, value
      ), hourly AS (
        INSERT INTO monitoring_hourly AS h (device_id, channel, hour, min_value, max_value, sum_value, count)
        SELECT device_id, channel, date_trunc('hour', ts, 'UTC'), min(value), max(value), sum(value), count(*)
        FROM inserted GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (device_id, channel, hour) DO UPDATE SET
          min_value = LEAST(h.min_value, EXCLUDED.min_value),
          max_value = GREATEST(h.max_value, EXCLUDED.max_value),
          sum_value = h.sum_value + EXCLUDED.sum_value,
          count = h.count + EXCLUDED.count
      ), latest AS (
        INSERT INTO monitoring_latest AS l (device_id, channel, ts, seq, value, received_at)
        SELECT DISTINCT ON (device_id, channel) device_id, channel, ts, seq, value, ?
        FROM inserted ORDER BY device_id, channel, ts DESC, seq DESC
        ON CONFLICT (device_id, channel) DO UPDATE SET
          ts = EXCLUDED.ts, seq = EXCLUDED.seq, value = EXCLUDED.value, received_at = EXCLUDED.received_at
        WHERE (EXCLUDED.ts, EXCLUDED.seq) > (l.ts, l.seq)
      )
      SELECT device_id, channel, (extract(epoch FROM ts) * 1000000)::bigint, seq, value FROM inserted
      """;

  static final String INSERT_DEAD_LETTERS =
      """
      INSERT INTO monitoring_dead_letter
        (received_at, source, device_code, device_id, reason, detail, payload_size, payload)
      SELECT * FROM unnest(?::timestamptz[], ?::text[], ?::text[], ?::bigint[], ?::text[],
                           ?::text[], ?::int[], ?::text[])
      """;

  /** A newly stored row, as returned by the insert. */
  record Inserted(long deviceId, short channel, long tsMicros, long seq, double value) {}

  List<Inserted> write(Connection c, List<Pending> batch, Timestamp committedAt)
      throws SQLException {
    int values = 0;
    int rejected = 0;
    for (Pending p : batch) {
      values += p.values();
      if (p.deadLetter() != null) {
        rejected++;
      }
    }
    List<Inserted> inserted = new ArrayList<>(values);
    if (values > 0) {
      long[] devices = new long[values];
      short[] channels = new short[values];
      long[] ts = new long[values];
      long[] seqs = new long[values];
      double[] vals = new double[values];
      int i = 0;
      for (Pending p : batch) {
        ParsedMessage m = p.message();
        if (m == null) {
          continue;
        }
        long id = m.device().id();
        for (int k = 0; k < m.size(); k++, i++) {
          devices[i] = id;
          channels[i] = m.channels()[k];
          ts[i] = m.tsMicros()[k];
          seqs[i] = m.seqs()[k];
          vals[i] = m.values()[k];
        }
      }
      try (PreparedStatement ps = c.prepareStatement(INSERT_READINGS)) {
        PgConnection pg = c.unwrap(PgConnection.class);
        ps.setArray(1, pg.createArrayOf("int8", devices));
        ps.setArray(2, pg.createArrayOf("int2", channels));
        ps.setArray(3, pg.createArrayOf("int8", ts));
        ps.setArray(4, pg.createArrayOf("int8", seqs));
        ps.setArray(5, pg.createArrayOf("float8", vals));
        ps.setTimestamp(6, committedAt);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            inserted.add(
                new Inserted(
                    rs.getLong(1), rs.getShort(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5)));
          }
        }
      }
    }
    if (rejected > 0) {
      writeDeadLetters(c, batch, rejected);
    }
    return inserted;
  }

  private static void writeDeadLetters(Connection c, List<Pending> batch, int n)
      throws SQLException {
    Timestamp[] received = new Timestamp[n];
    String[] sources = new String[n];
    String[] codes = new String[n];
    Long[] ids = new Long[n];
    String[] reasons = new String[n];
    String[] details = new String[n];
    Integer[] sizes = new Integer[n];
    String[] payloads = new String[n];
    int i = 0;
    for (Pending p : batch) {
      Pending.DeadLetter d = p.deadLetter();
      if (d == null) {
        continue;
      }
      received[i] = Timestamp.from(p.receivedAt());
      sources[i] = d.source().name();
      codes[i] = d.deviceCode();
      ids[i] = d.deviceId();
      reasons[i] = d.reason().name();
      details[i] = d.detail();
      sizes[i] = d.payloadSize();
      payloads[i] = d.payload();
      i++;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_DEAD_LETTERS)) {
      ps.setArray(1, c.createArrayOf("timestamptz", received));
      ps.setArray(2, c.createArrayOf("text", sources));
      ps.setArray(3, c.createArrayOf("text", codes));
      ps.setArray(4, c.createArrayOf("int8", ids));
      ps.setArray(5, c.createArrayOf("text", reasons));
      ps.setArray(6, c.createArrayOf("text", details));
      ps.setArray(7, c.createArrayOf("int4", sizes));
      ps.setArray(8, c.createArrayOf("text", payloads));
      ps.executeUpdate();
    }
  }
}
