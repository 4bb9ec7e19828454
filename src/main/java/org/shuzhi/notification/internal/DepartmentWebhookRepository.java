package org.shuzhi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** notification_department_webhook. */
@Repository
class DepartmentWebhookRepository {

  private final JdbcClient jdbc;

  DepartmentWebhookRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<DepartmentWebhook> all() {
    return jdbc.sql("SELECT * FROM notification_department_webhook ORDER BY department, id")
        .query(DepartmentWebhookRepository::map)
        .list();
  }

  Optional<DepartmentWebhook> find(long id) {
    return jdbc.sql("SELECT * FROM notification_department_webhook WHERE id = ?")
        .param(id)
        .query(DepartmentWebhookRepository::map)
        .optional();
  }

  List<DepartmentWebhook> ofDepartment(String department) {
    return jdbc.sql("SELECT * FROM notification_department_webhook WHERE department = ?")
        .param(department)
        .query(DepartmentWebhookRepository::map)
        .list();
  }

  List<DepartmentWebhook> matching(NoticeKind kind, Severity severity) {
    return jdbc.sql(
            """
            SELECT * FROM notification_department_webhook
            WHERE :kind = ANY(kinds) AND min_rank <= :rank ORDER BY id""")
        .param("kind", kind.name())
        .param("rank", severity.ordinal())
        .query(DepartmentWebhookRepository::map)
        .list();
  }

  boolean exists(String department, String url) {
    return jdbc.sql(
                "SELECT count(*) FROM notification_department_webhook WHERE department = ? AND url = ?")
            .params(department, url)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(DepartmentWebhook w, Instant now) {
    return jdbc.sql(
            """
            INSERT INTO notification_department_webhook (department, url, secret, min_severity,
              min_rank, kinds, created_at)
            VALUES (:department, :url, :secret, :min, :rank, :kinds, :now) RETURNING id""")
        .param("department", w.department())
        .param("url", w.url())
        .param("secret", w.secret())
        .param("min", w.minSeverity().name())
        .param("rank", w.minSeverity().ordinal())
        .param("kinds", w.kinds().stream().map(Enum::name).sorted().toArray(String[]::new))
        .param("now", Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM notification_department_webhook WHERE id = ?").param(id).update();
  }

  static DepartmentWebhook map(ResultSet rs, int row) throws SQLException {
    return new DepartmentWebhook(
        rs.getLong("id"),
        rs.getString("department"),
        rs.getString("url"),
        rs.getString("secret"),
        Severity.valueOf(rs.getString("min_severity")),
        Arrays.stream((String[]) rs.getArray("kinds").getArray())
            .map(NoticeKind::valueOf)
            .collect(Collectors.toSet()));
  }
}
