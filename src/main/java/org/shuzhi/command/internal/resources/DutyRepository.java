package org.shuzhi.command.internal.resources;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;
import org.shuzhi.command.internal.ScopeSql;
import org.shuzhi.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The command_duty table. A town's roster is in the town's scope; departments' rosters are
 * district-level contacts every reader sees.
 */
@Repository
class DutyRepository {

  private static final String COLUMNS =
      "id, department, town_code, duty_date, shift, starts_at, ends_at, duty_role, person_name,"
          + " phone, synthetic, version, updated_at, updated_by, account";

  private final JdbcClient jdbc;

  DutyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page<DutyRow> search(DutyQuery q, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    long total =
        jdbc.sql("SELECT count(*) FROM command_duty WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", q.size());
    params.put("offset", (long) q.page() * q.size());
    List<DutyRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM command_duty WHERE "
                    + where
                    + " ORDER BY starts_at, department NULLS LAST, town_code, duty_role, id"
                    + " LIMIT :limit OFFSET :offset")
            .params(params)
            .query(DutyRepository::map)
            .list();
    return new Page<>(rows, total, q.page(), q.size());
  }

  void forEach(DutyQuery q, DataScope scope, Consumer<DutyRow> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    try (var rows =
        jdbc
            .sql(
                "SELECT "
                    + COLUMNS
                    + " FROM command_duty WHERE "
                    + where
                    + " ORDER BY starts_at, id")
            .params(params)
            .query(DutyRepository::map)
            .stream()) {
      rows.forEach(consumer);
    }
  }

  Optional<DutyRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM command_duty WHERE id = :id AND " + scoped(scope, params))
        .params(params)
        .query(DutyRepository::map)
        .optional();
  }

  /** Entries whose shift covers the instant, for a department or a town, leaders first. */
  List<DutyRow> onDuty(String department, String townCode, Instant at) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM command_duty WHERE starts_at <= :at AND ends_at > :at"
                + (department != null ? " AND department = :department" : " AND town_code = :town")
                + " ORDER BY duty_role, starts_at, id")
        .param("at", Timestamp.from(at))
        .param("department", department)
        .param("town", townCode)
        .query(DutyRepository::map)
        .list();
  }

  /** Everyone on duty at the instant within the scope (the "on duty now" panel). */
  List<DutyRow> onDutyAll(Instant at, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("at", Timestamp.from(at));
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM command_duty WHERE starts_at <= :at AND ends_at > :at AND "
                + scoped(scope, params)
                + " ORDER BY department NULLS LAST, town_code, duty_role, id")
        .params(params)
        .query(DutyRepository::map)
        .list();
  }

  long insert(DutyRow r, String actor) {
    return jdbc.sql(
            """
            INSERT INTO command_duty (department, town_code, duty_date, shift, starts_at, ends_at,
              duty_role, person_name, phone, synthetic, created_by, updated_by, account)
            VALUES (:department, :town, :date, :shift, :startsAt, :endsAt, :role, :person, :phone,
              :synthetic, :actor, :actor, :account)
            RETURNING id""")
        .params(values(r, actor))
        .query(Long.class)
        .single();
  }

  boolean update(long id, int version, DutyRow r, String actor) {
    Map<String, Object> params = values(r, actor);
    params.put("id", id);
    params.put("version", version);
    return jdbc.sql(
                """
                UPDATE command_duty SET department = :department, town_code = :town,
                  duty_date = :date, shift = :shift, starts_at = :startsAt, ends_at = :endsAt,
                  duty_role = :role, person_name = :person, phone = :phone, account = :account,
                  updated_by = :actor,
                  updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version""")
            .params(params)
            .update()
        == 1;
  }

  boolean delete(long id, int version) {
    return jdbc.sql("DELETE FROM command_duty WHERE id = ? AND version = ?")
            .param(id)
            .param(version)
            .update()
        == 1;
  }

  private static String scoped(DataScope scope, Map<String, Object> params) {
    String predicate = ScopeSql.predicate(scope, params);
    return "FALSE".equals(predicate) ? "FALSE" : "(town_code IS NULL OR " + predicate + ")";
  }

  private static String where(DutyQuery q, DataScope scope, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    clauses.add(scoped(scope, params));
    if (q.department() != null) {
      clauses.add("department = :department");
      params.put("department", q.department());
    }
    if (q.townCode() != null) {
      clauses.add("town_code = :town");
      params.put("town", q.townCode());
    }
    if (q.from() != null) {
      clauses.add("duty_date >= :from");
      params.put("from", Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      clauses.add("duty_date <= :to");
      params.put("to", Date.valueOf(q.to()));
    }
    return String.join(" AND ", clauses);
  }

  private static Map<String, Object> values(DutyRow r, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("department", r.department());
    p.put("town", r.townCode());
    p.put("date", Date.valueOf(r.date()));
    p.put("shift", r.shift().name());
    p.put("startsAt", Timestamp.from(r.startsAt()));
    p.put("endsAt", Timestamp.from(r.endsAt()));
    p.put("role", r.role().name());
    p.put("person", r.personName());
    p.put("phone", r.phone());
    p.put("synthetic", r.synthetic());
    p.put("account", r.account());
    p.put("actor", actor);
    return p;
  }

  static DutyRow map(ResultSet rs, int n) throws SQLException {
    return new DutyRow(
        rs.getLong("id"),
        rs.getString("department"),
        rs.getString("town_code"),
        rs.getDate("duty_date").toLocalDate(),
        DutyShift.valueOf(rs.getString("shift")),
        rs.getTimestamp("starts_at").toInstant(),
        rs.getTimestamp("ends_at").toInstant(),
        DutyRole.valueOf(rs.getString("duty_role")),
        rs.getString("person_name"),
        rs.getString("phone"),
        rs.getBoolean("synthetic"),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        rs.getString("account"));
  }
}
