package org.shuzhi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** notification_subscription. */
@Repository
class SubscriptionRepository {

  private final JdbcClient jdbc;

  SubscriptionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Subscription> ofUser(String username) {
    return jdbc.sql("SELECT * FROM notification_subscription WHERE username = ? ORDER BY id")
        .param(username)
        .query(SubscriptionRepository::map)
        .list();
  }

  Optional<Subscription> find(long id) {
    return jdbc.sql("SELECT * FROM notification_subscription WHERE id = ?")
        .param(id)
        .query(SubscriptionRepository::map)
        .optional();
  }

  /**
   * Enabled subscriptions whose kind, minimum severity and towns fit the notice; the data scope of
   * each owner is checked by the caller, as it lives in identity.
   */
  List<Subscription> matching(NoticeKind kind, Severity severity, String townCode) {
    return jdbc.sql(
            """
            SELECT * FROM notification_subscription
            WHERE enabled AND :kind = ANY(kinds) AND min_rank <= :rank
              AND (CAST(:town AS TEXT) IS NULL OR cardinality(towns) = 0 OR :town = ANY(towns))
            ORDER BY id""")
        .param("kind", kind.name())
        .param("rank", severity.ordinal())
        .param("town", townCode)
        .query(SubscriptionRepository::map)
        .list();
  }

  long insert(Subscription s, Instant now) {
    return jdbc.sql(
            """
            INSERT INTO notification_subscription (username, towns, min_severity, min_rank, kinds,
              in_app, email, webhook_url, webhook_secret, enabled, created_at, updated_at)
            VALUES (:username, :towns, :min, :rank, :kinds, :inApp, :email, :url, :secret,
              :enabled, :now, :now)
            RETURNING id""")
        .params(params(s))
        .param("now", Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  void update(Subscription s, Instant now) {
    jdbc.sql(
            """
            UPDATE notification_subscription SET towns = :towns, min_severity = :min,
              min_rank = :rank, kinds = :kinds, in_app = :inApp, email = :email,
              webhook_url = :url, webhook_secret = :secret, enabled = :enabled, updated_at = :now
            WHERE id = :id""")
        .params(params(s))
        .param("id", s.id())
        .param("now", Timestamp.from(now))
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM notification_subscription WHERE id = ?").param(id).update();
  }

  private static java.util.Map<String, Object> params(Subscription s) {
    var p = new java.util.HashMap<String, Object>();
    p.put("username", s.username());
    p.put("towns", s.towns().stream().sorted().toArray(String[]::new));
    p.put("min", s.minSeverity().name());
    p.put("rank", s.minSeverity().ordinal());
    p.put("kinds", s.kinds().stream().map(Enum::name).sorted().toArray(String[]::new));
    p.put("inApp", s.inApp());
    p.put("email", s.email());
    p.put("url", s.webhookUrl());
    p.put("secret", s.webhookSecret());
    p.put("enabled", s.enabled());
    return p;
  }

  static Subscription map(ResultSet rs, int row) throws SQLException {
    return new Subscription(
        rs.getLong("id"),
        rs.getString("username"),
        Set.of((String[]) rs.getArray("towns").getArray()),
        Severity.valueOf(rs.getString("min_severity")),
        Arrays.stream((String[]) rs.getArray("kinds").getArray())
            .map(NoticeKind::valueOf)
            .collect(Collectors.toSet()),
        rs.getBoolean("in_app"),
        rs.getString("email"),
        rs.getString("webhook_url"),
        rs.getString("webhook_secret"),
        rs.getBoolean("enabled"));
  }
}
