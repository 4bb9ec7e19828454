package org.shuzhi.efficiency.internal.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.shuzhi.efficiency.internal.ReportedRuns;
import org.shuzhi.efficiency.internal.StoredItem;
import org.shuzhi.identity.DataScope;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of stored results for the reports. Ranks in town and industry are not stored: they are
 * computed at query time with window functions over the enterprise's group, so they always agree
 * with the stored group rank (ties and vetoed enterprises included). Everything is filtered by data
 * scope in SQL (ADR 0004); aggregates are computed by PostgreSQL, not by looping over 120,000 rows.
 */
@Repository
class ReportRepository {

  /** GB/T 4754 division (大类) of a stored code such as C2614: section letter and two digits. */
  static final String DIVISION = "left(r.industry_code, 3)";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate streaming;

  ReportRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    // a cursor for exports (120,000 rows): never the whole result in memory
    template.setFetchSize(2_000);
    this.streaming = new NamedParameterJdbcTemplate(template);
  }

  /** One stored result with its ranks (rank null for an unscored group). */
  record Standing(
      String uscc,
      String name,
      String townCode,
      String industryCode,
      String group,
      List<StoredItem> items,
      double adjustment,
      Double total,
      String efficiencyClass,
      boolean vetoed,
      Integer rankInGroup,
      long groupRanked,
      Integer rankInTown,
      long townRanked,
      Integer rankInIndustry,
      long industryRanked) {}

  /**
   * The enterprise's result in the run with its ranks in group, in town (within the group) and in
   * industry division (within the group), if the enterprise is in the run and in scope.
   */
  Optional<Standing> standing(long runId, String uscc, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    params.put("uscc", uscc);
    String inScope = ReportedRuns.scope().predicate(scope, params);
    // peers: the enterprise's group, only rows of its town or its division are ranked again
    String sql =
        "WITH me AS (SELECT eval_group, town_code, left(industry_code, 3) AS division"
            + "   FROM efficiency_result WHERE run_id = :run AND uscc = :uscc),"
            + " peers AS (SELECT r.uscc,"
            + "   CASE WHEN r.town_code IS NOT DISTINCT FROM me.town_code"
            + "     THEN rank() OVER (PARTITION BY r.town_code IS NOT DISTINCT FROM me.town_code"
            + "       ORDER BY r.rank_in_group) END AS town_rank,"
            + "   count(r.rank_in_group) FILTER (WHERE r.town_code IS NOT DISTINCT FROM me.town_code)"
            + "     OVER () AS town_n,"
            + "   CASE WHEN "
            + DIVISION
            + " IS NOT DISTINCT FROM me.division"
            + "     THEN rank() OVER (PARTITION BY "
            + DIVISION
            + " IS NOT DISTINCT FROM me.division ORDER BY r.rank_in_group) END AS industry_rank,"
            + "   count(r.rank_in_group) FILTER (WHERE "
            + DIVISION
            + " IS NOT DISTINCT FROM me.division) OVER () AS industry_n"
            + "   FROM efficiency_result r, me"
            + "   WHERE r.run_id = :run AND r.eval_group = me.eval_group"
            + "     AND (r.town_code IS NOT DISTINCT FROM me.town_code"
            + "       OR "
            + DIVISION
            + " IS NOT DISTINCT FROM me.division))"
            + " SELECT r.uscc, r.name, r.town_code, r.industry_code, r.eval_group, "
            + StoredItem.COLUMNS
            + ", r.adjustment, r.total,"
            + "   r.efficiency_class, r.vetoed, r.rank_in_group,"
            + "   (SELECT count(*) FROM efficiency_result g WHERE g.run_id = r.run_id"
            + "     AND g.eval_group = r.eval_group AND g.rank_in_group IS NOT NULL) AS group_n,"
            + "   p.town_rank, p.town_n, p.industry_rank, p.industry_n"
            + " FROM efficiency_result r JOIN peers p ON p.uscc = r.uscc"
            + " WHERE r.run_id = :run AND r.uscc = :uscc AND "
            + inScope;
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, n) -> {
              boolean ranked = rs.getObject(14) != null;
              return new Standing(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  StoredItem.fromArrays(rs, 6),
                  rs.getDouble(10),
                  number(rs, 11),
                  rs.getString(12),
                  rs.getBoolean(13),
                  rs.getObject(14, Integer.class),
                  rs.getLong(15),
                  ranked ? rank(rs, 16) : null,
                  rs.getLong(17),
                  ranked ? rank(rs, 18) : null,
                  rs.getLong(19));
            })
        .optional();
  }

  /** The enterprise's total, class and group rank in a run (for the previous years). */
  record YearStanding(String group, Double total, String efficiencyClass, Integer rank, long of) {}

  Optional<YearStanding> yearStanding(long runId, String uscc, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    params.put("uscc", uscc);
    String inScope = ReportedRuns.scope().predicate(scope, params);
    return jdbc.sql(
            "SELECT r.eval_group, r.total, r.efficiency_class, r.rank_in_group,"
                + " (SELECT count(*) FROM efficiency_result g WHERE g.run_id = r.run_id"
                + "   AND g.eval_group = r.eval_group AND g.rank_in_group IS NOT NULL)"
                + " FROM efficiency_result r WHERE r.run_id = :run AND r.uscc = :uscc AND "
                + inScope)
        .params(params)
        .query(
            (rs, n) ->
                new YearStanding(
                    rs.getString(1),
                    number(rs, 2),
                    rs.getString(3),
                    rs.getObject(4, Integer.class),
                    rs.getLong(5)))
        .optional();
  }

  /** The run's method as stored with it (the weights of the radar chart). */
  String methodJson(long runId) {
    return jdbc.sql("SELECT method::text FROM efficiency_run WHERE id = ?")
        .param(runId)
        .query(String.class)
        .single();
  }

  /** The USCC the registry id had in the newest evaluation year that included it. */
  Optional<String> usccOfEnterprise(long enterpriseId) {
    return jdbc.sql(
            "SELECT uscc FROM efficiency_enterprise WHERE enterprise_id = ?"
                + " ORDER BY year DESC LIMIT 1")
        .param(enterpriseId)
        .query(String.class)
        .optional();
  }

  /** The latest year that has a run, if any. */
  Optional<Integer> latestYearWithRun() {
    return jdbc.sql("SELECT year FROM efficiency_run ORDER BY year DESC LIMIT 1")
        .query(Integer.class)
        .optional();
  }

  /** Counts, totals and land/tax per class and one key (town or industry division). */
  record ClassCell(
      String key,
      String efficiencyClass,
      long enterprises,
      double totalSum,
      long scored,
      double landMu,
      double tax) {}

  /**
   * One row per key and class (null class = not classified). {@code byIndustry}: the key is the
   * GB/T 4754 division, else the town code. Land and tax are the year's figures of the enterprises.
   */
  List<ClassCell> classCells(long runId, String group, boolean byIndustry, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    String where = "r.run_id = :run AND " + ReportedRuns.scope().predicate(scope, params);
    if (group != null) {
      params.put("group", group);
      where += " AND r.eval_group = :group";
    }
    String key = byIndustry ? DIVISION : "r.town_code";
    return jdbc.sql(
            "SELECT "
                + key
                + " AS k, r.efficiency_class, count(*), coalesce(sum(r.total), 0), count(r.total),"
                + " coalesce(sum(e.land_area_mu), 0), coalesce(sum(e.tax), 0)"
                + " FROM efficiency_result r JOIN efficiency_run ru ON ru.id = r.run_id"
                + " LEFT JOIN efficiency_enterprise e ON e.year = ru.year AND e.uscc = r.uscc"
                + " WHERE "
                + where
                + " GROUP BY 1, 2 ORDER BY 1, 2")
        .params(params)
        .query(
            (rs, n) ->
                new ClassCell(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getDouble(4),
                    rs.getLong(5),
                    rs.getDouble(6),
                    rs.getDouble(7)))
        .list();
  }

  /** A row of the ranking list. */
  record Ranked(
      String uscc,
      String name,
      String townCode,
      String industryCode,
      Integer rank,
      Double total,
      String efficiencyClass,
      boolean vetoed) {}

  record RankedPage(long total, List<Ranked> rows) {}

  /** A page of one group's ranking, optionally of one town or one industry prefix. */
  RankedPage ranking(
      long runId, String group, String town, String industry, DataScope scope, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    params.put("group", group);
    String where =
        "r.run_id = :run AND r.eval_group = :group AND "
            + ReportedRuns.scope().predicate(scope, params);
    if (town != null) {
      params.put("town", town);
      where += " AND r.town_code = :town";
    }
    if (industry != null) {
      params.put("industry", industry + "%");
      where += " AND r.industry_code LIKE :industry";
    }
    long total =
        jdbc.sql("SELECT count(*) FROM efficiency_result r WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<Ranked> rows =
        jdbc.sql(
                "SELECT r.uscc, r.name, r.town_code, r.industry_code, r.rank_in_group, r.total,"
                    + " r.efficiency_class, r.vetoed FROM efficiency_result r WHERE "
                    + where
                    + " ORDER BY r.rank_in_group NULLS LAST, r.name, r.uscc"
                    + " LIMIT :limit OFFSET :offset")
            .params(params)
            .query(
                (rs, n) ->
                    new Ranked(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, Integer.class),
                        number(rs, 6),
                        rs.getString(7),
                        rs.getBoolean(8)))
            .list();
    return new RankedPage(total, rows);
  }

  /** A whole result row, as exported. */
  record ExportRow(
      String uscc,
      String name,
      String townCode,
      String industryCode,
      String group,
      List<StoredItem> items,
      double adjustment,
      Double total,
      Integer rank,
      String efficiencyClass,
      boolean vetoed) {}

  /**
   * Every result of the run in scope, streamed from a cursor (call inside a transaction and close
   * the stream), by group and rank.
   */
  Stream<ExportRow> exportRows(long runId, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    String inScope = ReportedRuns.scope().predicate(scope, params);
    return streaming.queryForStream(
        "SELECT r.uscc, r.name, r.town_code, r.industry_code, r.eval_group, "
            + StoredItem.COLUMNS
            + ", r.adjustment, r.total,"
            + " r.rank_in_group, r.efficiency_class, r.vetoed FROM efficiency_result r"
            + " WHERE r.run_id = :run AND "
            + inScope
            + " ORDER BY r.eval_group, r.rank_in_group NULLS LAST, r.uscc",
        params,
        (rs, n) ->
            new ExportRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                StoredItem.fromArrays(rs, 6),
                rs.getDouble(10),
                number(rs, 11),
                rs.getObject(12, Integer.class),
                rs.getString(13),
                rs.getBoolean(14)));
  }

  /** A classified enterprise for the map. */
  record Classified(String uscc, String name, String efficiencyClass) {}

  /** Classified results in scope, D first (the ones to act on survive the cap), at most limit. */
  List<Classified> classified(
      long runId, String town, String efficiencyClass, DataScope scope, int limit) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    params.put("limit", limit);
    String where =
        "r.run_id = :run AND r.efficiency_class IS NOT NULL AND "
            + ReportedRuns.scope().predicate(scope, params);
    if (town != null) {
      params.put("town", town);
      where += " AND r.town_code = :town";
    }
    if (efficiencyClass != null) {
      params.put("class", efficiencyClass);
      where += " AND r.efficiency_class = :class";
    }
    return jdbc.sql(
            "SELECT r.uscc, r.name, r.efficiency_class FROM efficiency_result r WHERE "
                + where
                + " ORDER BY r.efficiency_class DESC, r.uscc LIMIT :limit")
        .params(params)
        .query((rs, n) -> new Classified(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** rank() is a bigint; ranks fit an int. */
  private static Integer rank(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : (int) v;
  }

  private static Double number(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
