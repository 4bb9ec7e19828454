package org.shuzhi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the attempts for the admin's delivery records. */
@Repository
class DeliveryRecords {

  static final int PAGE_SIZE = 50;
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;

  DeliveryRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<DeliveryRecord> search(DeliveryQuery q) {
    return jdbc.sql(
            """
            SELECT a.attempted_at, a.attempt_no, a.outcome, a.reason, a.duration_ms, d.channel,
              d.target, d.username, d.department, n.kind, n.severity, n.town_code, n.notice_key
            FROM notification_attempt a
              JOIN notification_delivery d ON d.id = a.delivery_id
              JOIN notification_notice n ON n.id = d.notice_id
            WHERE (CAST(:kind AS TEXT) IS NULL OR n.kind = :kind)
              AND (CAST(:channel AS TEXT) IS NULL OR d.channel = :channel)
              AND (CAST(:outcome AS TEXT) IS NULL OR a.outcome = :outcome)
              AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR a.attempted_at >= :from)
              AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR a.attempted_at < :to)
            ORDER BY a.attempted_at DESC, a.id DESC
            LIMIT :size OFFSET :offset""")
        .param("kind", q.kind() == null ? null : q.kind().name())
        .param("channel", q.channel() == null ? null : q.channel().name())
        .param("outcome", q.outcome() == null ? null : q.outcome().name())
        .param(
            "from",
            q.from() == null ? null : Timestamp.from(q.from().atStartOfDay(ZONE).toInstant()))
        .param(
            "to",
            q.to() == null
                ? null
                : Timestamp.from(q.to().plusDays(1).atStartOfDay(ZONE).toInstant()))
        .param("size", PAGE_SIZE)
        .param("offset", q.page() * PAGE_SIZE)
        .query(DeliveryRecords::map)
        .list();
  }

  /** Deliveries waiting for their first attempt or a retry. */
  long pending() {
    return jdbc.sql("SELECT count(*) FROM notification_delivery WHERE state = 'PENDING'")
        .query(Long.class)
        .single();
  }

  static DeliveryRecord map(ResultSet rs, int row) throws SQLException {
    ChannelKind channel = ChannelKind.valueOf(rs.getString("channel"));
    String username = rs.getString("username");
    String department = rs.getString("department");
    return new DeliveryRecord(
        rs.getTimestamp("attempted_at").toInstant(),
        NoticeKind.valueOf(rs.getString("kind")),
        Severity.valueOf(rs.getString("severity")),
        rs.getString("town_code"),
        rs.getString("notice_key"),
        channel.name(),
        username != null ? username : department == null ? "" : department,
        AddressMask.of(channel, rs.getString("target")),
        rs.getInt("attempt_no"),
        rs.getString("outcome"),
        rs.getString("reason"),
        rs.getLong("duration_ms"));
  }
}
