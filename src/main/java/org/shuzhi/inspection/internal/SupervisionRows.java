package org.shuzhi.inspection.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the supervision register ({@code inspection_supervision}, written by {@link
 * SupervisionRegister}) for the supervision list: filtered, scoped and paged in SQL, so a page
 * costs two indexed statements however large the register (~120,000 enterprises at most).
 */
@Repository
class SupervisionRows {

  /**
   * Town-level data scope, as for inspections ({@link InspectionRepository#SCOPE}): supervision is
   * the town's (or the regulator's) business, so grid workers see the rows of the towns their grids
   * lie in; the grid serves as a filter.
   */
  static final ScopeColumns SCOPE = new ScopeColumns("s.town_code", null, "s.enterprise_uscc");

  private static final String COLUMNS =
      "s.enterprise_uscc, s.enterprise_name, s.town_code, s.grid_id, s.risk_colour, s.major_level,"
          + " s.tier, s.frequency_months";

  private final JdbcClient jdbc;

  SupervisionRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Rows matching the query, strictest tier first, then by town and name. */
  List<SupervisedEnterprise> find(SupervisionQuery q, DataScope scope, long offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    params.put("offset", offset);
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM inspection_supervision s WHERE "
                + where
                + " ORDER BY s.tier, s.town_code, s.enterprise_name, s.enterprise_uscc"
                + " OFFSET :offset LIMIT :limit")
        .params(params)
        .query((rs, n) -> SupervisionRegister.map(rs))
        .list();
  }

  long count(SupervisionQuery q, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    return jdbc.sql("SELECT count(*) FROM inspection_supervision s WHERE " + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  /** One enterprise's row, when it is supervised and in the scope. */
  Optional<SupervisedEnterprise> find(String uscc, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String predicate = SCOPE.predicate(scope, params);
    params.put("uscc", uscc);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM inspection_supervision s WHERE s.enterprise_uscc = :uscc AND "
                + predicate)
        .params(params)
        .query((rs, n) -> SupervisionRegister.map(rs))
        .optional();
  }

  private static String where(SupervisionQuery q, DataScope scope, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(SCOPE.predicate(scope, params));
    if (q.townCode() != null) {
      where.append(" AND s.town_code = :town");
      params.put("town", q.townCode());
    }
    if (q.gridId() != null) {
      where.append(" AND s.grid_id = :grid");
      params.put("grid", q.gridId());
    }
    if (q.tier() != null) {
      where.append(" AND s.tier = :tier");
      params.put("tier", q.tier().name());
    }
    if (q.colour() != null) {
      where.append(" AND s.risk_colour = :colour");
      params.put("colour", q.colour().name());
    }
    return where.toString();
  }
}
