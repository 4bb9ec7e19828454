package org.shuzhi.efficiency.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.shuzhi.efficiency.internal.scoring.EnterpriseScore;
import org.shuzhi.efficiency.internal.scoring.ItemScore;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Evaluation runs and their results. Results are written with PostgreSQL COPY (a district's 120,000
 * enterprises and their items in about a second); reading a year's figures streams the rows.
 * Results are filtered by data scope in SQL (ADR 0004).
 */
@Repository
class RunRepository {

  static final ScopeColumns SCOPE = new ScopeColumns("r.town_code", "r.grid_id", "r.uscc");

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final DataSource dataSource;

  RunRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    // its own template: streaming a year's figures needs a fetch size (a cursor, not all rows)
    this.template = new JdbcTemplate(dataSource);
    this.template.setFetchSize(5_000);
  }

  /** An enterprise in scope with its figures, as read for a run. */
  record StoredFigures(
      String uscc,
      String name,
      String townCode,
      Long gridId,
      String industryCode,
      boolean aboveScale,
      Sector sector,
      Double landAreaMu,
      Double tax,
      Double electricityKwh,
      Double addedValue,
      Double revenue,
      Double rdSpending,
      Double employees,
      Double energyTce,
      Double emission,
      boolean environmentalViolation,
      boolean majorSafetyAccident) {}

  record RunSummary(
      long id,
      int year,
      int version,
      String status,
      int methodVersion,
      int enterpriseCount,
      String createdBy,
      Instant createdAt) {}

  record Item(String code, Double value, double benchmark, double score) {}

  record ResultRow(
      String uscc,
      String name,
      String townCode,
      String industryCode,
      String group,
      Double total,
      Integer rank,
      String efficiencyClass,
      boolean vetoed,
      List<Item> items) {}

  record ResultPage(long total, int page, int size, List<ResultRow> results) {}

  /** Locks the year against a concurrent run and returns the next version number. */
  int lockAndNextVersion(int year) {
    jdbc.sql("SELECT year FROM efficiency_year WHERE year = ? FOR UPDATE")
        .param(year)
        .query(Integer.class)
        .single();
    return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM efficiency_run WHERE year = ?")
        .param(year)
        .query(Integer.class)
        .single();
  }

  void figures(int year, Consumer<StoredFigures> each) {
    template.query(
        "SELECT uscc, name, town_code, grid_id, industry_code, above_scale, sector, land_area_mu,"
            + " tax, electricity_kwh, added_value, revenue, rd_spending, employees, energy_tce,"
            + " emission, environmental_violation, major_safety_accident"
            + " FROM efficiency_enterprise WHERE year = ?",
        rs -> {
          each.accept(
              new StoredFigures(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getObject(4, Long.class),
                  rs.getString(5),
                  rs.getBoolean(6),
                  Sector.valueOf(rs.getString(7)),
                  number(rs, 8),
                  number(rs, 9),
                  number(rs, 10),
                  number(rs, 11),
                  number(rs, 12),
                  number(rs, 13),
                  number(rs, 14),
                  number(rs, 15),
                  number(rs, 16),
                  rs.getBoolean(17),
                  rs.getBoolean(18)));
        },
        year);
  }

  private static Double number(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  long insertRun(
      int year, int version, String methodJson, int methodVersion, int count, String user) {
    return jdbc.sql(
            "INSERT INTO efficiency_run (year, version, method, method_version, enterprise_count,"
                + " created_by) VALUES (?, ?, ?::jsonb, ?, ?, ?) RETURNING id")
        .params(year, version, methodJson, methodVersion, count, user)
        .query(Long.class)
        .single();
  }

  /** Stores results in the order given; {@code figures} holds the matching rows. */
  void insertResults(long runId, List<StoredFigures> figures, List<EnterpriseScore> scores) {
    StringBuilder csv = new StringBuilder(figures.size() * 320);
    for (int i = 0; i < figures.size(); i++) {
      StoredFigures f = figures.get(i);
      EnterpriseScore s = scores.get(i);
      csv.append(runId)
          .append(',')
          .append(quote(f.uscc()))
          .append(',')
          .append(quote(f.name()))
          .append(',')
          .append(f.townCode() == null ? "" : quote(f.townCode()))
          .append(',')
          .append(f.gridId() == null ? "" : f.gridId())
          .append(',')
          .append(f.industryCode() == null ? "" : quote(f.industryCode()))
          .append(',')
          .append(s.group().name())
          .append(',');
      array(csv, s.items(), item -> item.code().name());
      csv.append(',');
      array(csv, s.items(), item -> item.value() == null ? "NULL" : item.value().toString());
      csv.append(',');
      array(csv, s.items(), item -> Double.toString(item.benchmark()));
      csv.append(',');
      array(csv, s.items(), item -> Double.toString(item.score()));
      csv.append(',')
          .append(s.adjustment())
          .append(',')
          .append(s.total() == null ? "" : s.total())
          .append(',')
          .append(s.rank() == null ? "" : s.rank())
          .append(',')
          .append(s.efficiencyClass() == null ? "" : s.efficiencyClass().letter())
          .append(',')
          .append(s.vetoed())
          .append('\n');
    }
    copy(
        "COPY efficiency_result (run_id, uscc, name, town_code, grid_id, industry_code,"
            + " eval_group, item_codes, item_values, item_benchmarks, item_scores, adjustment,"
            + " total, rank_in_group, efficiency_class, vetoed) FROM STDIN (FORMAT csv)",
        csv);
  }

  /** A PostgreSQL array literal as one CSV field ("{a,b}"; codes and numbers need no quoting). */
  private static void array(
      StringBuilder csv, List<ItemScore> items, java.util.function.Function<ItemScore, String> f) {
    csv.append("\"{");
    for (int k = 0; k < items.size(); k++) {
      if (k > 0) {
        csv.append(',');
      }
      csv.append(f.apply(items.get(k)));
    }
    csv.append("}\"");
  }

  private void copy(String sql, CharSequence csv) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(sql, new StringReader(csv.toString()));
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("copy of results failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  List<RunSummary> runs(int year) {
    return jdbc.sql(
            "SELECT id, year, version, status, method_version, enterprise_count, created_by,"
                + " created_at FROM efficiency_run WHERE year = ? ORDER BY version DESC")
        .param(year)
        .query(RunRepository::summary)
        .list();
  }

  /**
   * The run that stands for a year: its latest PUBLISHED version, or while nothing is published its
   * latest version (reports, previous years, policies and lists all use this rule).
   */
  java.util.Optional<RunSummary> currentRun(int year) {
    return jdbc.sql(
            "SELECT id, year, version, status, method_version, enterprise_count, created_by,"
                + " created_at FROM efficiency_run WHERE year = ?"
                + " ORDER BY (status = 'PUBLISHED') DESC, version DESC LIMIT 1")
        .param(year)
        .query(RunRepository::summary)
        .optional();
  }

  /** The latest announced version of a year: PUBLISHED, else PUBLICITY. */
  java.util.Optional<RunSummary> announcedRun(int year) {
    return jdbc.sql(
            "SELECT id, year, version, status, method_version, enterprise_count, created_by,"
                + " created_at FROM efficiency_run WHERE year = ?"
                + " AND status IN ('PUBLISHED', 'PUBLICITY')"
                + " ORDER BY (status = 'PUBLISHED') DESC, version DESC LIMIT 1")
        .param(year)
        .query(RunRepository::summary)
        .optional();
  }

  java.util.Optional<RunSummary> run(long id) {
    return jdbc.sql(
            "SELECT id, year, version, status, method_version, enterprise_count, created_by,"
                + " created_at FROM efficiency_run WHERE id = ?")
        .param(id)
        .query(RunRepository::summary)
        .optional();
  }

  private static RunSummary summary(ResultSet rs, int n) throws SQLException {
    return new RunSummary(
        rs.getLong(1),
        rs.getInt(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getString(7),
        rs.getTimestamp(8).toInstant());
  }

  /** A page of results in the data scope, by group then rank (unscored last), then name. */
  ResultPage results(long runId, String group, DataScope scope, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    String where = "r.run_id = :run AND " + SCOPE.predicate(scope, params);
    if (group != null) {
      params.put("group", group);
      where += " AND r.eval_group = :group";
    }
    long total =
        jdbc.sql("SELECT count(*) FROM efficiency_result r WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<ResultRow> rows =
        jdbc.sql(
                "SELECT r.uscc, r.name, r.town_code, r.industry_code, r.eval_group, r.total,"
                    + " r.rank_in_group, r.efficiency_class, r.vetoed, r.item_codes,"
                    + " r.item_values, r.item_benchmarks, r.item_scores"
                    + " FROM efficiency_result r WHERE "
                    + where
                    + " ORDER BY r.eval_group, r.rank_in_group NULLS LAST, r.name, r.uscc"
                    + " LIMIT :limit OFFSET :offset")
            .params(params)
            .query(
                (rs, n) ->
                    new ResultRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        number(rs, 6),
                        rs.getObject(7, Integer.class),
                        rs.getString(8),
                        rs.getBoolean(9),
                        items(rs)))
            .list();
    return new ResultPage(total, page, size, rows);
  }

  private static List<Item> items(ResultSet rs) throws SQLException {
    String[] codes = (String[]) rs.getArray(10).getArray();
    Double[] values = (Double[]) rs.getArray(11).getArray();
    Double[] benchmarks = (Double[]) rs.getArray(12).getArray();
    Double[] scores = (Double[]) rs.getArray(13).getArray();
    List<Item> items = new ArrayList<>(codes.length);
    for (int k = 0; k < codes.length; k++) {
      items.add(new Item(codes[k], values[k], benchmarks[k], scores[k]));
    }
    return items;
  }
}
