package org.shuzhi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * notification_inbox. A new entry is announced on the PostgreSQL channel {@value #CHANNEL}
 * (payload: the username) when its transaction commits, so whichever node holds the user's live
 * connection pushes it.
 */
@Repository
class InboxRepository {

  static final String CHANNEL = "shuzhi_inbox";

  private final JdbcClient jdbc;

  InboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Puts the notice in the user's inbox (once) and announces it. */
  @Transactional
  public void deliver(String username, long noticeId, Instant now) {
    int added =
        jdbc.sql(
                """
                INSERT INTO notification_inbox (username, notice_id, created_at)
                VALUES (:username, :notice, :now) ON CONFLICT (username, notice_id) DO NOTHING""")
            .param("username", username)
            .param("notice", noticeId)
            .param("now", Timestamp.from(now))
            .update();
    if (added > 0) {
      jdbc.sql("SELECT count(*) FROM (SELECT pg_notify(:channel, :username)) AS announced")
          .param("channel", CHANNEL)
          .param("username", username)
          .query(Long.class)
          .single();
    }
  }

  /**
   * Puts each notice in its user's inbox (once) in one statement, and announces each user who got
   * something new once.
   */
  @Transactional
  public void deliverAll(List<String> usernames, List<Long> noticeIds, Instant now) {
    List<String> added =
        jdbc.sql(
                """
                INSERT INTO notification_inbox (username, notice_id, created_at)
                SELECT u, n, ? FROM unnest(?::text[], ?::bigint[]) AS x(u, n)
                ON CONFLICT (username, notice_id) DO NOTHING RETURNING username""")
            .params(
                Timestamp.from(now),
                usernames.toArray(String[]::new),
                noticeIds.toArray(Long[]::new))
            .query(String.class)
            .list();
    if (!added.isEmpty()) {
      jdbc.sql("SELECT count(pg_notify(?, u)) FROM unnest(?::text[]) AS x(u)")
          .params(CHANNEL, new LinkedHashSet<>(added).toArray(String[]::new))
          .query(Long.class)
          .single();
    }
  }

  long unread(String username) {
    return jdbc.sql(
            "SELECT count(*) FROM notification_inbox WHERE username = ? AND read_at IS NULL")
        .param(username)
        .query(Long.class)
        .single();
  }

  long total(String username) {
    return jdbc.sql("SELECT count(*) FROM notification_inbox WHERE username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  /** A page of the inbox, titles and bodies in {@code language} (ISO 639) where translated. */
  List<InboxItem> page(String username, boolean unreadOnly, int page, int size, String language) {
    return jdbc.sql(
            """
            SELECT i.id, i.created_at, i.read_at, n.kind, n.severity, n.town_code, %s AS title,
              %s AS body, n.link, n.occurred_at
            FROM notification_inbox i JOIN notification_notice n ON n.id = i.notice_id
            WHERE i.username = :username AND (NOT :unreadOnly OR i.read_at IS NULL)
            ORDER BY i.id DESC LIMIT :size OFFSET :offset"""
                .formatted(
                    NoticeLanguage.titleSql(":language"), NoticeLanguage.bodySql(":language")))
        .param("username", username)
        .param("language", language)
        .param("unreadOnly", unreadOnly)
        .param("size", size)
        .param("offset", page * size)
        .query(InboxRepository::map)
        .list();
  }

  Optional<InboxItem> latest(String username, String language) {
    return page(username, false, 0, 1, language).stream().findFirst();
  }

  /** Marks one entry read; its link, or empty when the entry is not the user's. */
  Optional<InboxItem> markRead(String username, long id, Instant now) {
    jdbc.sql(
            """
            UPDATE notification_inbox SET read_at = :now
            WHERE id = :id AND username = :username AND read_at IS NULL""")
        .param("now", Timestamp.from(now))
        .param("id", id)
        .param("username", username)
        .update();
    return jdbc.sql(
            """
            SELECT i.id, i.created_at, i.read_at, n.kind, n.severity, n.town_code, n.title,
              n.body, n.link, n.occurred_at
            FROM notification_inbox i JOIN notification_notice n ON n.id = i.notice_id
            WHERE i.id = :id AND i.username = :username""")
        .param("id", id)
        .param("username", username)
        .query(InboxRepository::map)
        .optional();
  }

  int markAllRead(String username, Instant now) {
    return jdbc.sql(
            """
            UPDATE notification_inbox SET read_at = :now
            WHERE username = :username AND read_at IS NULL""")
        .param("now", Timestamp.from(now))
        .param("username", username)
        .update();
  }

  static InboxItem map(ResultSet rs, int row) throws SQLException {
    return new InboxItem(
        rs.getLong("id"),
        NoticeKind.valueOf(rs.getString("kind")),
        Severity.valueOf(rs.getString("severity")),
        rs.getString("town_code"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("link"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("read_at") != null);
  }
}
