package org.shuzhi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** notification_notice: the outbox. */
@Repository
class OutboxRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  OutboxRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Adds the notice unless its key is known; true when added. NESTED: inside the caller's
   * transaction this runs under a savepoint, so a failure here rolls back only the notice and the
   * caller's transaction goes on; without one it is a transaction of its own.
   */
  @Transactional(propagation = Propagation.NESTED)
  public boolean insert(Notice n, Instant now) {
    return jdbc.sql(
                """
                INSERT INTO notification_notice (kind, notice_key, severity, town_code,
                  enterprise_uscc, title, body, link, occurred_at, recipients, translations,
                  created_at)
                VALUES (:kind, :key, :severity, :town, :uscc, :title, :body, :link, :occurred,
                  :recipients, CAST(:translations AS JSONB), :now)
                ON CONFLICT (notice_key) DO NOTHING""")
            .param("kind", n.kind().name())
            .param("key", n.key())
            .param("severity", n.severity().name())
            .param("town", n.townCode())
            .param("uscc", n.enterpriseUscc())
            .param("title", n.title())
            .param("body", n.body())
            .param("link", n.link())
            .param("occurred", Timestamp.from(n.occurredAt()))
            .param(
                "recipients",
                n.recipients().stream().map(Recipient::text).sorted().toArray(String[]::new))
            .param("translations", json.writeValueAsString(n.translations()))
            .param("now", Timestamp.from(now))
            .update()
        > 0;
  }

  /**
   * Adds the notices whose keys are unknown, in one statement (same savepoint rule as {@link
   * #insert}); returns how many were added.
   */
  @Transactional(propagation = Propagation.NESTED)
  public int insertAll(List<Notice> notices, Instant now) {
    int n = notices.size();
    String[] kinds = new String[n];
    String[] keys = new String[n];
    String[] severities = new String[n];
    String[] towns = new String[n];
    String[] usccs = new String[n];
    String[] titles = new String[n];
    String[] bodies = new String[n];
    String[] links = new String[n];
    String[] occurred = new String[n];
    String[] recipients = new String[n];
    String[] translations = new String[n];
    for (int i = 0; i < n; i++) {
      Notice notice = notices.get(i);
      kinds[i] = notice.kind().name();
      keys[i] = notice.key();
      severities[i] = notice.severity().name();
      towns[i] = notice.townCode();
      usccs[i] = notice.enterpriseUscc();
      titles[i] = notice.title();
      bodies[i] = notice.body();
      links[i] = notice.link();
      occurred[i] = notice.occurredAt().toString();
      translations[i] = json.writeValueAsString(notice.translations());
      // One text[] per notice does not fit a two-dimensional array of unequal rows: as JSON.
      recipients[i] =
          notice.recipients().stream()
              .map(Recipient::text)
              .sorted()
              .map(OutboxRepository::jsonString)
              .collect(Collectors.joining(",", "[", "]"));
    }
    return jdbc.sql(
            """
            INSERT INTO notification_notice (kind, notice_key, severity, town_code,
              enterprise_uscc, title, body, link, occurred_at, recipients, translations,
              created_at)
            SELECT k, key, s, t, u, ti, b, l, o,
              ARRAY(SELECT jsonb_array_elements_text(r::jsonb)), tr::jsonb, ?
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
              ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[])
              AS x(k, key, s, t, u, ti, b, l, o, r, tr)
            ON CONFLICT (notice_key) DO NOTHING""")
        .params(
            Timestamp.from(now),
            kinds,
            keys,
            severities,
            towns,
            usccs,
            titles,
            bodies,
            links,
            occurred,
            recipients,
            translations)
        .update();
  }

  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /**
   * Locks up to {@code limit} notices not yet expanded, skipping those another node holds. Call in
   * a transaction.
   */
  List<StoredNotice> lockUnexpanded(int limit) {
    return jdbc.sql(
            """
            SELECT * FROM notification_notice WHERE expanded_at IS NULL
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
        .param("limit", limit)
        .query(OutboxRepository::map)
        .list();
  }

  void markExpanded(long id, Instant now) {
    jdbc.sql("UPDATE notification_notice SET expanded_at = :now WHERE id = :id")
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  static StoredNotice map(ResultSet rs, int row) throws SQLException {
    String[] recipients = (String[]) rs.getArray("recipients").getArray();
    return new StoredNotice(
        rs.getLong("id"),
        NoticeKind.valueOf(rs.getString("kind")),
        rs.getString("notice_key"),
        Severity.valueOf(rs.getString("severity")),
        rs.getString("town_code"),
        rs.getString("enterprise_uscc"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("link"),
        rs.getTimestamp("occurred_at").toInstant(),
        Arrays.stream(recipients).map(Recipient::parse).toList());
  }
}
