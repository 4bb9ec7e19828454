package org.shuzhi.efficiency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The difference between two runs of a year, computed in SQL (a full join of two sets of up to
 * 120,000 results) and filtered by data scope.
 */
@Repository
class DiffRepository {

  private static final ScopeColumns SCOPE =
      new ScopeColumns(
          "coalesce(n.town_code, o.town_code)",
          "coalesce(n.grid_id, o.grid_id)",
          "coalesce(n.uscc, o.uscc)");

  /** Classified change kinds, in the order they are listed. */
  enum Kind {
    CLASS_CHANGED,
    ENTERED,
    LEFT,
    SCORE_CHANGED
  }

  record Line(
      Kind kind,
      String uscc,
      String name,
      String townCode,
      String fromGroup,
      String toGroup,
      String fromClass,
      String toClass,
      Double fromTotal,
      Double toTotal) {
    public Double change() {
      return fromTotal == null || toTotal == null ? null : toTotal - fromTotal;
    }
  }

  record Counts(long classChanged, long entered, long left, long scoreChanged) {}

  record Page(Counts counts, int page, int size, List<Line> lines) {}

  private static final String JOINED =
      "WITH d AS (SELECT CASE"
          + "   WHEN o.uscc IS NULL THEN 'ENTERED' WHEN n.uscc IS NULL THEN 'LEFT'"
          + "   WHEN o.efficiency_class IS DISTINCT FROM n.efficiency_class"
          + "     OR o.eval_group <> n.eval_group THEN 'CLASS_CHANGED'"
          + "   WHEN (o.total IS NULL) <> (n.total IS NULL)"
          + "     OR abs(o.total - n.total) > 1e-9 THEN 'SCORE_CHANGED' END AS kind,"
          + " coalesce(n.uscc, o.uscc) AS uscc, coalesce(n.name, o.name) AS name,"
          + " coalesce(n.town_code, o.town_code) AS town_code, o.eval_group AS from_group,"
          + " n.eval_group AS to_group, o.efficiency_class AS from_class,"
          + " n.efficiency_class AS to_class, o.total AS from_total, n.total AS to_total"
          + " FROM (SELECT * FROM efficiency_result WHERE run_id = :base) o"
          + " FULL JOIN (SELECT * FROM efficiency_result WHERE run_id = :run) n ON n.uscc = o.uscc"
          + " WHERE ";

  Page diff(long baseRunId, long runId, DataScope scope, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    params.put("base", baseRunId);
    params.put("run", runId);
    String with = JOINED + SCOPE.predicate(scope, params) + ")";
    Counts counts =
        jdbc.sql(
                with
                    + " SELECT count(*) FILTER (WHERE kind = 'CLASS_CHANGED'),"
                    + " count(*) FILTER (WHERE kind = 'ENTERED'),"
                    + " count(*) FILTER (WHERE kind = 'LEFT'),"
                    + " count(*) FILTER (WHERE kind = 'SCORE_CHANGED') FROM d")
            .params(params)
            .query(
                (rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<Line> lines =
        jdbc.sql(
                with
                    + " SELECT kind, uscc, name, town_code, from_group, to_group, from_class,"
                    + " to_class, from_total, to_total FROM d WHERE kind IS NOT NULL"
                    + " ORDER BY CASE kind WHEN 'CLASS_CHANGED' THEN 0 WHEN 'ENTERED' THEN 1"
                    + " WHEN 'LEFT' THEN 2 ELSE 3 END, name, uscc LIMIT :limit OFFSET :offset")
            .params(params)
            .query(DiffRepository::line)
            .list();
    return new Page(counts, page, size, lines);
  }

  private final JdbcClient jdbc;

  DiffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static Line line(ResultSet rs, int n) throws SQLException {
    return new Line(
        Kind.valueOf(rs.getString(1)),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        number(rs, 9),
        number(rs, 10));
  }

  private static Double number(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
