package org.shuzhi.efficiency.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.efficiency.EfficiencyClass;
import org.shuzhi.efficiency.EfficiencyIncentives;
import org.shuzhi.efficiency.EnterpriseIncentive;
import org.shuzhi.efficiency.internal.YearPolicy.ClassPolicy;
import org.shuzhi.efficiency.internal.YearPolicy.RebateRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The A/B incentives of published runs (economy.md §1.5: land-use tax relief, energy and emission
 * quotas, rebates), materialised once per run with the policy then in force, so enterprise services
 * read a list that does not move when the policy is edited later. Idempotent: a run already
 * materialised is left as it is.
 */
@Service
class IncentiveSnapshots implements EfficiencyIncentives {

  private static final TypeReference<List<EnterpriseIncentive.Rebate>> REBATES =
      new TypeReference<>() {};
  private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final JdbcClient jdbc;
  private final RunRepository runs;
  private final PolicyRepository policies;
  private final JsonMapper json;

  IncentiveSnapshots(
      JdbcClient jdbc, RunRepository runs, PolicyRepository policies, JsonMapper json) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.policies = policies;
    this.json = json;
  }

  @Override
  @Transactional
  public List<EnterpriseIncentive> incentives(int year) {
    var run =
        runs.currentRun(year).filter(r -> UtilityExport.PUBLISHED.equals(r.status())).orElse(null);
    if (run == null) {
      return List.of();
    }
    materialise(run.id());
    return jdbc.sql(
            "SELECT uscc, name, efficiency_class, land_tax_relief_percent,"
                + " energy_quota_change_percent, emission_quota_change_percent, rebates::text"
                + " FROM efficiency_incentive WHERE run_id = ? ORDER BY efficiency_class, name, uscc")
        .param(run.id())
        .query(
            (rs, n) ->
                new EnterpriseIncentive(
                    rs.getString(1),
                    rs.getString(2),
                    EfficiencyClass.ofLetter(rs.getString(3)),
                    rs.getBigDecimal(4),
                    rs.getBigDecimal(5),
                    rs.getBigDecimal(6),
                    json.readValue(rs.getString(7), REBATES)))
        .list();
  }

  /**
   * Stores the incentives of a published run; returns how many enterprises it lists, or -1 when the
   * run is unknown or not published (nothing stored).
   */
  @Transactional
  int materialise(long runId) {
    var run = runs.run(runId).orElse(null);
    if (run == null || !UtilityExport.PUBLISHED.equals(run.status())) {
      return -1;
    }
    Integer done =
        jdbc.sql("SELECT enterprises FROM efficiency_incentive_run WHERE run_id = ?")
            .param(runId)
            .query(Integer.class)
            .optional()
            .orElse(null);
    if (done != null) {
      return done;
    }
    YearPolicy policy = policies.find(run.year()).orElseGet(() -> PolicyDefaults.of(run.year()));
    List<Object[]> rows = new ArrayList<>();
    jdbc.sql(
            "SELECT r.uscc, r.name, r.efficiency_class, e.tax FROM efficiency_result r"
                + " LEFT JOIN efficiency_enterprise e ON e.year = ? AND e.uscc = r.uscc"
                + " WHERE r.run_id = ? AND r.efficiency_class IN ('A', 'B')")
        .params(run.year(), runId)
        .query(
            rs -> {
              String letter = rs.getString(3);
              double tax = rs.getDouble(4);
              BigDecimal taxPaid = rs.wasNull() ? null : BigDecimal.valueOf(tax);
              ClassPolicy terms = policy.of(letter);
              List<EnterpriseIncentive.Rebate> rebates = new ArrayList<>();
              for (RebateRule rule : policy.rebatesOf(letter)) {
                rebates.add(
                    new EnterpriseIncentive.Rebate(
                        rule.name(), rule.basis(), rule.rate(), rebate(rule, taxPaid)));
              }
              rows.add(
                  new Object[] {
                    runId,
                    run.year(),
                    rs.getString(1),
                    rs.getString(2),
                    letter,
                    terms.landUseTaxReliefPercent(),
                    terms.energyQuotaChangePercent(),
                    terms.emissionQuotaChangePercent(),
                    json.writeValueAsString(rebates)
                  });
            });
    for (Object[] row : rows) {
      jdbc.sql(
              "INSERT INTO efficiency_incentive (run_id, year, uscc, name, efficiency_class,"
                  + " land_tax_relief_percent, energy_quota_change_percent,"
                  + " emission_quota_change_percent, rebates) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?::jsonb) ON CONFLICT DO NOTHING")
          .params(row)
          .update();
    }
    jdbc.sql(
            "INSERT INTO efficiency_incentive_run (run_id, year, enterprises) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .params(runId, run.year(), rows.size())
        .update();
    return rows.size();
  }

  /**
   * A rebate in yuan: {@code TAX_PERCENT} = tax paid (10,000 yuan) × 10,000 × rate %, {@code FIXED}
   * = rate; then the cap. Null when a tax-based rebate meets an unknown tax.
   */
  static BigDecimal rebate(RebateRule rule, BigDecimal taxTenThousandYuan) {
    BigDecimal amount;
    if (PolicyDefaults.TAX_PERCENT.equals(rule.basis())) {
      if (taxTenThousandYuan == null) {
        return null;
      }
      amount =
          taxTenThousandYuan
              .max(BigDecimal.ZERO)
              .multiply(TEN_THOUSAND)
              .multiply(rule.rate())
              .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    } else {
      amount = rule.rate().setScale(2, RoundingMode.HALF_UP);
    }
    return rule.cap() == null ? amount : amount.min(rule.cap().setScale(2, RoundingMode.HALF_UP));
  }
}
