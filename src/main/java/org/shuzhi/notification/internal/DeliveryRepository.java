package org.shuzhi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** notification_delivery and notification_attempt. */
@Repository
class DeliveryRepository {

  /** How an attempt ended. Stored by name. */
  enum Outcome {
    SENT,
    RETRYING,
    FAILED
  }

  private final JdbcClient jdbc;

  DeliveryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds a delivery (none if the notice already has one for this channel and target); {@code
   * language} is the recipient's (ISO 639), whose text the channel will send.
   */
  void insert(long noticeId, DeliveryTarget t, String language, Instant now) {
    boolean refused = t.refusal() != null;
    var id =
        jdbc.sql(
                """
            INSERT INTO notification_delivery (notice_id, channel, target, username, department,
              secret, language, state, next_attempt_at, last_error, created_at, finished_at)
            VALUES (:notice, :channel, :target, :username, :department, :secret, :language,
              :state, :now, :error, :now, :finished)
            ON CONFLICT (notice_id, channel, target) DO NOTHING RETURNING id""")
            .param("notice", noticeId)
            .param("channel", t.channel().name())
            .param("target", t.target())
            .param("username", t.username())
            .param("department", t.department())
            .param("secret", t.secret())
            .param("language", language)
            .param("state", refused ? "FAILED" : "PENDING")
            .param("now", Timestamp.from(now))
            .param("error", t.refusal())
            .param("finished", refused ? Timestamp.from(now) : null)
            .query(Long.class)
            .optional();
    if (refused && id.isPresent()) {
      // Attempt 0: the refusal itself, so the delivery records show it like any outcome.
      jdbc.sql(
              """
              INSERT INTO notification_attempt (delivery_id, attempt_no, attempted_at, outcome,
                reason, duration_ms)
              VALUES (:id, 0, :now, 'FAILED', :reason, 0)""")
          .param("id", id.get())
          .param("now", Timestamp.from(now))
          .param("reason", t.refusal())
          .update();
    }
  }

  /**
   * Claims up to {@code limit} due deliveries of a channel: rows another node is claiming are
   * skipped ({@code FOR UPDATE SKIP LOCKED}), and a claimed row's next attempt moves to the end of
   * the lease, so it is not due for anyone else while this node sends it. One statement, one
   * transaction.
   */
  @Transactional
  public List<Delivery> claim(ChannelKind channel, Instant now, Instant leaseUntil, int limit) {
    return jdbc.sql(
            """
            UPDATE notification_delivery d
            SET next_attempt_at = :lease, attempts = d.attempts + 1
            FROM notification_notice n
            WHERE n.id = d.notice_id AND d.id IN (
              SELECT id FROM notification_delivery
              WHERE state = 'PENDING' AND channel = :channel AND next_attempt_at <= :now
              ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
            RETURNING d.id, d.notice_id, d.channel, d.target, d.username, d.secret, d.attempts,
              d.language, n.kind, n.notice_key, n.severity, n.town_code, %s AS title,
              %s AS body, n.link, n.occurred_at"""
                .formatted(
                    NoticeLanguage.titleSql("d.language"), NoticeLanguage.bodySql("d.language")))
        .param("lease", Timestamp.from(leaseUntil))
        .param("channel", channel.name())
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(DeliveryRepository::map)
        .list();
  }

  /**
   * Records how an attempt ended. The delivery's state changes only if no other node has claimed it
   * since (its lease ran out): the attempt is recorded either way.
   */
  @Transactional
  public void record(
      Delivery d, Outcome outcome, String reason, Instant at, Instant nextAttempt, long millis) {
    jdbc.sql(
            """
            INSERT INTO notification_attempt (delivery_id, attempt_no, attempted_at, outcome,
              reason, duration_ms)
            VALUES (:id, :attempt, :at, :outcome, :reason, :millis)""")
        .param("id", d.id())
        .param("attempt", d.attempt())
        .param("at", Timestamp.from(at))
        .param("outcome", outcome.name())
        .param("reason", truncate(reason))
        .param("millis", millis)
        .update();
    jdbc.sql(
            """
            UPDATE notification_delivery SET state = :state, next_attempt_at = :next,
              last_error = :reason, finished_at = :finished
            WHERE id = :id AND attempts = :attempt AND state = 'PENDING'""")
        .param("state", outcome == Outcome.RETRYING ? "PENDING" : outcome.name())
        .param("next", Timestamp.from(nextAttempt == null ? at : nextAttempt))
        .param("reason", truncate(reason))
        .param("finished", outcome == Outcome.RETRYING ? null : Timestamp.from(at))
        .param("id", d.id())
        .param("attempt", d.attempt())
        .update();
  }

  /**
   * Records that a batch was sent, in one transaction: one attempt row each, and each delivery
   * finished unless another node claimed it since (as {@link #record}).
   */
  @Transactional
  public void recordSent(List<Delivery> batch, Instant at, long millis) {
    Long[] ids = batch.stream().map(Delivery::id).toArray(Long[]::new);
    Integer[] attempts = batch.stream().map(Delivery::attempt).toArray(Integer[]::new);
    jdbc.sql(
            """
            INSERT INTO notification_attempt (delivery_id, attempt_no, attempted_at, outcome,
              reason, duration_ms)
            SELECT id, a, ?, 'SENT', NULL, ? FROM unnest(?::bigint[], ?::int[]) AS x(id, a)""")
        .params(Timestamp.from(at), millis, ids, attempts)
        .update();
    jdbc.sql(
            """
            UPDATE notification_delivery d SET state = 'SENT', next_attempt_at = ?,
              last_error = NULL, finished_at = ?
            FROM unnest(?::bigint[], ?::int[]) AS x(id, a)
            WHERE d.id = x.id AND d.attempts = x.a AND d.state = 'PENDING'""")
        .params(Timestamp.from(at), Timestamp.from(at), ids, attempts)
        .update();
  }

  private static String truncate(String reason) {
    return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500) + "…";
  }

  static Delivery map(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getLong("id"),
        rs.getLong("notice_id"),
        ChannelKind.valueOf(rs.getString("channel")),
        rs.getString("target"),
        rs.getString("username"),
        rs.getString("secret"),
        rs.getInt("attempts"),
        rs.getString("language"),
        NoticeKind.valueOf(rs.getString("kind")),
        rs.getString("notice_key"),
        Severity.valueOf(rs.getString("severity")),
        rs.getString("town_code"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("link"),
        rs.getTimestamp("occurred_at").toInstant());
  }
}
