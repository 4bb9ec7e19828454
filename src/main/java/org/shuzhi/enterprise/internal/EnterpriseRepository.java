package org.shuzhi.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.enterprise.EnterpriseQuery;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The enterprise table. Every read takes the caller's {@link DataScope} and turns it into a
 * parameterised predicate, so out-of-scope rows never leave the database.
 */
@Repository
class EnterpriseRepository {

  private static final ScopeColumns SCOPE = new ScopeColumns("town_code", "grid_id", "uscc");

  private static final String COLUMNS =
      "id, uscc, name, legal_representative, contact_phone, industry_code, above_scale,"
          + " town_code, grid_id, address, lon, lat, land_area_m2, employees, synthetic,"
          + " updated_at, updated_by, version";

  private final JdbcClient jdbc;

  EnterpriseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Counting a free-text search stops here: an exact count of a broad "name contains" search over
   * 100,000 rows scans the table on every page view, and "1000+" tells the user to narrow it.
   * Filter-only counts use the indexes and stay exact.
   */
  static final int COUNT_CAP = 1_000;

  /** One page of results and the total count (at most {@link #COUNT_CAP} + 1 for text). */
  record Page(List<Enterprise> rows, long total) {}

  Page search(EnterpriseQuery query, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, scope, params);
    String count =
        query.text() == null
            ? "SELECT count(*) FROM enterprise WHERE " + where
            : "SELECT count(*) FROM (SELECT 1 FROM enterprise WHERE " + where + " LIMIT :cap) t";
    params.put("cap", COUNT_CAP + 1);
    long total = jdbc.sql(count).params(params).query(Long.class).single();
    params.put("limit", query.size());
    params.put("offset", (long) query.page() * query.size());
    List<Enterprise> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM enterprise WHERE "
                    + where
                    + " ORDER BY id LIMIT :limit OFFSET :offset")
            .params(params)
            .query(EnterpriseRepository::map)
            .list();
    return new Page(rows, total);
  }

  /** Streams every matching row (exports, map layers) without holding them all. */
  void forEach(EnterpriseQuery query, DataScope scope, Consumer<Enterprise> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, scope, params);
    try (var rows =
        jdbc
            .sql("SELECT " + COLUMNS + " FROM enterprise WHERE " + where + " ORDER BY id")
            .params(params)
            .query(EnterpriseRepository::map)
            .stream()) {
      rows.forEach(consumer);
    }
  }

  Optional<Enterprise> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String predicate = scopePredicate(scope, params);
    return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE id = :id AND " + predicate)
        .params(params)
        .query(EnterpriseRepository::map)
        .optional();
  }

  Optional<Enterprise> findByUscc(String uscc) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE uscc = ?")
        .param(uscc)
        .query(EnterpriseRepository::map)
        .optional();
  }

  /** The enterprises of these USCCs that are registered, in no particular order. */
  List<Enterprise> findByUsccs(Collection<String> usccs) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE uscc = ANY(:usccs)")
        .param("usccs", usccs.toArray(String[]::new))
        .query(EnterpriseRepository::map)
        .list();
  }

  /** Fresh planner statistics after a bulk load, so the new rows' indexes are used at once. */
  void analyze() {
    jdbc.sql("ANALYZE enterprise").update();
  }

  /** Located enterprises of a town, or placed in one of the grids: those a grid change may move. */
  List<Enterprise> locatedIn(String townCode, List<Long> gridIds) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM enterprise WHERE lon IS NOT NULL"
                + " AND (town_code = :town OR grid_id = ANY(:grids))")
        .param("town", townCode)
        .param("grids", gridIds.toArray(Long[]::new))
        .query(EnterpriseRepository::map)
        .list();
  }

  void updateGrid(long id, Long gridId) {
    jdbc.sql("UPDATE enterprise SET grid_id = :grid WHERE id = :id")
        .param("grid", gridId)
        .param("id", id)
        .update();
  }

  List<Enterprise> after(long afterId, int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM enterprise WHERE id > :after ORDER BY id LIMIT :limit")
        .param("after", afterId)
        .param("limit", Math.max(1, Math.min(limit, 10_000)))
        .query(EnterpriseRepository::map)
        .list();
  }

  long count() {
    return jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();
  }

  long insert(Enterprise e, String actor) {
    return jdbc.sql(
            """
            INSERT INTO enterprise (uscc, name, legal_representative, contact_phone, industry_code,
              above_scale, town_code, grid_id, address, lon, lat, land_area_m2, employees, synthetic,
              created_by, updated_by)
            VALUES (:uscc, :name, :legal, :phone, :industry, :above, :town, :grid, :address, :lon,
              :lat, :land, :employees, :synthetic, :actor, :actor)
            RETURNING id""")
        .params(values(e, actor))
        .query(Long.class)
        .single();
  }

  /** Optimistic update: false when someone else changed the record since {@code version}. */
  boolean update(long id, int version, Enterprise e, String actor) {
    Map<String, Object> params = values(e, actor);
    params.put("id", id);
    params.put("version", version);
    return jdbc.sql(
                """
                UPDATE enterprise SET uscc = :uscc, name = :name, legal_representative = :legal,
                  contact_phone = :phone, industry_code = :industry, above_scale = :above,
                  town_code = :town, grid_id = :grid, address = :address, lon = :lon, lat = :lat,
                  land_area_m2 = :land, employees = :employees, updated_by = :actor,
                  updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version""")
            .params(params)
            .update()
        == 1;
  }

  private static Map<String, Object> values(Enterprise e, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("uscc", e.uscc());
    p.put("name", e.name());
    p.put("legal", e.legalRepresentative());
    p.put("phone", e.contactPhone());
    p.put("industry", e.industryCode());
    p.put("above", e.aboveScale());
    p.put("town", e.townCode());
    p.put("grid", e.gridId());
    p.put("address", e.address());
    p.put("lon", e.lon());
    p.put("lat", e.lat());
    p.put("land", e.landAreaM2());
    p.put("employees", e.employees());
    p.put("synthetic", e.synthetic());
    p.put("actor", actor);
    return p;
  }

  private static String where(EnterpriseQuery q, DataScope scope, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    clauses.add(scopePredicate(scope, params));
    if (q.text() != null) {
      clauses.add("(lower(name) LIKE :text OR uscc = :usccText)");
      params.put("text", "%" + escapeLike(q.text().toLowerCase()) + "%");
      params.put("usccText", q.text().toUpperCase());
    }
    if (q.townCode() != null) {
      clauses.add("town_code = :town");
      params.put("town", q.townCode());
    }
    if (q.industryPrefix() != null) {
      clauses.add("industry_code LIKE :industry");
      params.put("industry", escapeLike(q.industryPrefix().toUpperCase()) + "%");
    }
    if (q.aboveScale() != null) {
      clauses.add("above_scale = :above");
      params.put("above", q.aboveScale());
    }
    return String.join(" AND ", clauses);
  }

  private static String scopePredicate(DataScope scope, Map<String, Object> params) {
    return SCOPE.predicate(scope, params);
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Enterprise map(ResultSet rs, int n) throws SQLException {
    Timestamp updated = rs.getTimestamp("updated_at");
    long grid = rs.getLong("grid_id");
    Long gridId = rs.wasNull() ? null : grid;
    double lon = rs.getDouble("lon");
    Double lonValue = rs.wasNull() ? null : lon;
    double lat = rs.getDouble("lat");
    Double latValue = rs.wasNull() ? null : lat;
    int employees = rs.getInt("employees");
    Integer employeesValue = rs.wasNull() ? null : employees;
    return new Enterprise(
        rs.getLong("id"),
        rs.getString("uscc"),
        rs.getString("name"),
        rs.getString("legal_representative"),
        rs.getString("contact_phone"),
        rs.getString("industry_code"),
        rs.getBoolean("above_scale"),
        rs.getString("town_code"),
        gridId,
        rs.getString("address"),
        lonValue,
        latValue,
        rs.getBigDecimal("land_area_m2"),
        employeesValue,
        rs.getBoolean("synthetic"),
        updated == null ? null : updated.toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }
}
