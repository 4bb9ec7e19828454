package org.shuzhi.efficiency.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shuzhi.efficiency.internal.YearPolicy.ClassPolicy;
import org.shuzhi.efficiency.internal.YearPolicy.RebateRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A year's stored policy rows, rebate rules and change history. */
@Repository
class PolicyRepository {

  private final JdbcClient jdbc;

  PolicyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The stored policy, or empty when the year still uses the defaults. */
  Optional<YearPolicy> find(int year) {
    List<ClassPolicy> classes = new ArrayList<>();
    Object[] meta = new Object[3];
    jdbc.sql(
            "SELECT efficiency_class, electricity_surcharge, water_surcharge, emission_surcharge,"
                + " land_tax_relief_percent, energy_quota_change_percent,"
                + " emission_quota_change_percent, version, updated_by, updated_at"
                + " FROM efficiency_policy WHERE year = ? ORDER BY efficiency_class")
        .param(year)
        .query(
            rs -> {
              classes.add(
                  new ClassPolicy(
                      rs.getString(1),
                      rs.getBigDecimal(2),
                      rs.getBigDecimal(3),
                      rs.getBigDecimal(4),
                      rs.getBigDecimal(5),
                      rs.getBigDecimal(6),
                      rs.getBigDecimal(7)));
              meta[0] = rs.getInt(8);
              meta[1] = rs.getString(9);
              meta[2] = rs.getTimestamp(10).toInstant();
            });
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    List<RebateRule> rebates =
        jdbc.sql(
                "SELECT name, efficiency_class, basis, rate, cap FROM efficiency_policy_rebate"
                    + " WHERE year = ? ORDER BY position")
            .param(year)
            .query(
                (rs, n) ->
                    new RebateRule(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))
            .list();
    return Optional.of(
        new YearPolicy(
            year,
            (Integer) meta[0],
            (String) meta[1],
            (java.time.Instant) meta[2],
            classes,
            rebates));
  }

  /** Locks the year so two editors save one after the other. */
  void lockYear(int year) {
    jdbc.sql("SELECT year FROM efficiency_year WHERE year = ? FOR UPDATE")
        .param(year)
        .query(Integer.class)
        .single();
  }

  /** Replaces the year's rows with the policy (its version already the new one). */
  void replace(YearPolicy policy, String user) {
    int year = policy.year();
    jdbc.sql("DELETE FROM efficiency_policy WHERE year = ?").param(year).update();
    jdbc.sql("DELETE FROM efficiency_policy_rebate WHERE year = ?").param(year).update();
    for (ClassPolicy c : policy.classes()) {
      jdbc.sql(
              "INSERT INTO efficiency_policy (year, efficiency_class, electricity_surcharge,"
                  + " water_surcharge, emission_surcharge, land_tax_relief_percent,"
                  + " energy_quota_change_percent, emission_quota_change_percent, version,"
                  + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              year,
              c.efficiencyClass(),
              c.electricitySurcharge(),
              c.waterSurcharge(),
              c.emissionSurcharge(),
              c.landUseTaxReliefPercent(),
              c.energyQuotaChangePercent(),
              c.emissionQuotaChangePercent(),
              policy.version(),
              user)
          .update();
    }
    int position = 0;
    for (RebateRule r : policy.rebates()) {
      jdbc.sql(
              "INSERT INTO efficiency_policy_rebate (year, position, name, efficiency_class,"
                  + " basis, rate, cap) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(year, position++, r.name(), r.efficiencyClass(), r.basis(), r.rate(), r.cap())
          .update();
    }
  }

  void history(int year, int version, String oldJson, String newJson, String user) {
    jdbc.sql(
            "INSERT INTO efficiency_policy_history (year, version, old_policy, new_policy,"
                + " changed_by) VALUES (?, ?, ?::jsonb, ?::jsonb, ?)")
        .params(year, version, oldJson, newJson, user)
        .update();
  }

  /** One change: who, when, the version it made. */
  record Change(int version, String changedBy, java.time.Instant changedAt) {}

  List<Change> changes(int year) {
    return jdbc.sql(
            "SELECT version, changed_by, changed_at FROM efficiency_policy_history"
                + " WHERE year = ? ORDER BY id DESC LIMIT 20")
        .param(year)
        .query((rs, n) -> new Change(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
        .list();
  }
}
