package org.shuzhi.efficiency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.shuzhi.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The classified enterprises of a run with the consumption the surcharges are computed from: the
 * class from the run, electricity, water and emission from the year's figures as stored now (a
 * correction after publication is thus charged correctly). Filtered by data scope in SQL.
 */
@Repository
class SurchargeRepository {

  private final JdbcClient jdbc;

  SurchargeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One classified enterprise and its consumption (null = not delivered). */
  record Consumption(
      String uscc,
      String name,
      String townCode,
      String efficiencyClass,
      Double electricityKwh,
      Double waterM3,
      Double emission,
      Double tax) {}

  /** Every classified enterprise of the run in the scope, by class then name. */
  void classified(long runId, int year, DataScope scope, Consumer<Consumption> each) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    params.put("year", year);
    String predicate = RunRepository.SCOPE.predicate(scope, params);
    jdbc.sql(
            "SELECT r.uscc, r.name, r.town_code, r.efficiency_class, e.electricity_kwh,"
                + " e.water_m3, e.emission, e.tax FROM efficiency_result r"
                + " LEFT JOIN efficiency_enterprise e ON e.year = :year AND e.uscc = r.uscc"
                + " WHERE r.run_id = :run AND r.efficiency_class IS NOT NULL AND "
                + predicate
                + " ORDER BY r.efficiency_class, r.name, r.uscc")
        .params(params)
        .query(
            rs -> {
              each.accept(
                  new Consumption(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      number(rs, 5),
                      number(rs, 6),
                      number(rs, 7),
                      number(rs, 8)));
            });
  }

  private static Double number(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
