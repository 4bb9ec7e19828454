package org.shuzhi.efficiency.internal;

import java.util.List;
import java.util.Optional;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluation years, their stored method, and the enterprises in scope. */
@Repository
class YearRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  YearRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  record StoredMethod(String json, int version, String updatedBy, java.time.Instant updatedAt) {}

  boolean exists(int year) {
    return jdbc.sql("SELECT count(*) FROM efficiency_year WHERE year = ?")
            .param(year)
            .query(Integer.class)
            .single()
        > 0;
  }

  void insert(int year, String methodJson, String user) {
    jdbc.sql(
            "INSERT INTO efficiency_year (year, method, created_by, updated_by)"
                + " VALUES (?, ?::jsonb, ?, ?)")
        .params(year, methodJson, user, user)
        .update();
  }

  List<Integer> years() {
    return jdbc.sql("SELECT year FROM efficiency_year ORDER BY year DESC")
        .query(Integer.class)
        .list();
  }

  Optional<StoredMethod> method(int year) {
    return jdbc.sql(
            "SELECT method::text AS json, method_version, updated_by, updated_at"
                + " FROM efficiency_year WHERE year = ?")
        .param(year)
        .query(
            (rs, n) ->
                new StoredMethod(
                    rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
        .optional();
  }

  /** Saves the method if nobody saved another since {@code expectedVersion}; false otherwise. */
  boolean updateMethod(int year, String json, int expectedVersion, String user) {
    return jdbc.sql(
                "UPDATE efficiency_year SET method = ?::jsonb, method_version = method_version + 1,"
                    + " updated_by = ?, updated_at = now() WHERE year = ? AND method_version = ?")
            .params(json, user, year, expectedVersion)
            .update()
        == 1;
  }

  /**
   * Adds (or refreshes the registry data of) enterprises in scope; their figures stay. One
   * statement over arrays (unnest) rather than a batch of one per enterprise: opening a year of a
   * district's registry, or the demo's three years, stays a matter of milliseconds per page.
   */
  void upsertScope(int year, List<EnterpriseSummary> enterprises, List<Sector> sectors) {
    int n = enterprises.size();
    if (n == 0) {
      return;
    }
    String[] usccs = new String[n];
    Long[] ids = new Long[n];
    String[] names = new String[n];
    String[] industries = new String[n];
    String[] towns = new String[n];
    Long[] grids = new Long[n];
    Boolean[] aboveScale = new Boolean[n];
    String[] sectorNames = new String[n];
    for (int i = 0; i < n; i++) {
      EnterpriseSummary e = enterprises.get(i);
      usccs[i] = e.uscc();
      ids[i] = e.id();
      names[i] = e.name();
      industries[i] = e.industryCode();
      towns[i] = e.townCode();
      grids[i] = e.gridId();
      aboveScale[i] = e.aboveScale();
      sectorNames[i] = sectors.get(i).name();
    }
    template.update(
        "INSERT INTO efficiency_enterprise (year, uscc, enterprise_id, name, industry_code,"
            + " town_code, grid_id, above_scale, sector)"
            + " SELECT ?, t.* FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[],"
            + " ?::bigint[], ?::boolean[], ?::text[]) AS t"
            + " ON CONFLICT (year, uscc) DO UPDATE SET enterprise_id = EXCLUDED.enterprise_id,"
            + " name = EXCLUDED.name, industry_code = EXCLUDED.industry_code,"
            + " town_code = EXCLUDED.town_code, grid_id = EXCLUDED.grid_id,"
            + " above_scale = EXCLUDED.above_scale, sector = EXCLUDED.sector",
        year,
        usccs,
        ids,
        names,
        industries,
        towns,
        grids,
        aboveScale,
        sectorNames);
  }

  int scopeCount(int year) {
    return jdbc.sql("SELECT count(*) FROM efficiency_enterprise WHERE year = ?")
        .param(year)
        .query(Integer.class)
        .single();
  }

  /**
   * How many enterprises in scope (within the data scope) have each dataset delivered: counted on
   * the dataset's first figure.
   */
  Completeness completeness(int year, org.shuzhi.identity.DataScope scope) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("year", year);
    String predicate =
        new org.shuzhi.identity.ScopeColumns("town_code", "grid_id", "uscc")
            .predicate(scope, params);
    StringBuilder sql = new StringBuilder("SELECT count(*)");
    for (Dataset d : Dataset.values()) {
      sql.append(", count(").append(d.fields().get(0).dbColumn()).append("_src)");
    }
    sql.append(" FROM efficiency_enterprise WHERE year = :year AND ").append(predicate);
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) -> {
              java.util.Map<Dataset, Long> delivered = new java.util.EnumMap<>(Dataset.class);
              int c = 2;
              for (Dataset d : Dataset.values()) {
                delivered.put(d, rs.getLong(c++));
              }
              return new Completeness(rs.getLong(1), delivered);
            })
        .single();
  }

  /** Enterprises in scope and, per dataset, how many have it delivered. */
  record Completeness(long enterprises, java.util.Map<Dataset, Long> delivered) {
    public long percent(Dataset d) {
      return enterprises == 0 ? 0 : Math.round(100.0 * delivered.get(d) / enterprises);
    }
  }
}
