package org.shuzhi.monitoring.internal;

import java.sql.Timestamp;
import java.util.List;
import org.shuzhi.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The dead-letter table for admins: newest first, filtered by device code and reason. */
@Component
class DeadLetters {

  private final JdbcClient jdbc;
  private final MonitoringRights rights;

  DeadLetters(JdbcClient jdbc, MonitoringRights rights) {
    this.jdbc = jdbc;
    this.rights = rights;
  }

  /** A page of at most {@code size} rows with ids below {@code before} (keyset paging). */
  List<DeadLetterRow> page(
      String deviceCode, String reason, Long before, int size, CurrentUser user) {
    if (!rights.mayReadDeadLetters(user)) {
      throw new AccessDeniedException("dead letters are for admins");
    }
    return jdbc.sql(
            "SELECT id, received_at, source, device_code, reason, detail, payload_size, payload"
                + " FROM monitoring_dead_letter WHERE (:device::text IS NULL OR device_code = :device)"
                + " AND (:reason::text IS NULL OR reason = :reason) AND (:before::bigint IS NULL OR id < :before)"
                + " ORDER BY id DESC LIMIT :size")
        .param("device", blank(deviceCode))
        .param("reason", blank(reason))
        .param("before", before)
        .param("size", Math.max(1, Math.min(size, 200)))
        .query(
            (rs, n) ->
                new DeadLetterRow(
                    rs.getLong(1),
                    ((Timestamp) rs.getTimestamp(2)).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getString(8)))
        .list();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
