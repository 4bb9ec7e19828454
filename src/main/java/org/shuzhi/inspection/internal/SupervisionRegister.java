package org.shuzhi.inspection.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.RiskCensus;
import org.shuzhi.risk.RiskColour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which enterprises are under planned supervision, and in which tier ({@code
 * inspection_supervision}). Refreshing asks the risk module for every registered enterprise's
 * colour and level and applies the tier rules.
 */
@Repository
class SupervisionRegister {

  static final int BATCH = 1000;

  private final JdbcClient jdbc;
  private final EnterpriseDirectory enterprises;
  private final RiskCensus census;
  private final MajorHazardRegistry majorHazards;

  SupervisionRegister(
      JdbcClient jdbc,
      EnterpriseDirectory enterprises,
      RiskCensus census,
      MajorHazardRegistry majorHazards) {
    this.jdbc = jdbc;
    this.enterprises = enterprises;
    this.census = census;
    this.majorHazards = majorHazards;
  }

  /** Recomputes every enterprise's supervision; returns the enterprises under supervision. */
  List<SupervisedEnterprise> refresh(TierRules rules, Instant now) {
    List<SupervisedEnterprise> supervised = new ArrayList<>();
    long after = 0;
    List<EnterpriseSummary> page;
    do {
      page = enterprises.page(after, BATCH);
      for (EnterpriseSummary e : page) {
        RiskColour colour = census.colourOfEnterprise(e.uscc()).orElse(null);
        MajorHazardLevel level = majorHazards.highestLevel(e.uscc()).orElse(null);
        Optional<Supervision> s = rules.supervisionOf(colour, level);
        s.ifPresent(
            supervision ->
                supervised.add(
                    new SupervisedEnterprise(
                        e.uscc(), e.name(), e.townCode(), colour, level, supervision)));
        after = e.id();
      }
    } while (page.size() == BATCH);
    jdbc.sql("DELETE FROM inspection_supervision").update();
    for (SupervisedEnterprise s : supervised) {
      jdbc.sql(
              "INSERT INTO inspection_supervision (enterprise_uscc, enterprise_name, town_code,"
                  + " risk_colour, major_level, tier, frequency_months, refreshed_at)"
                  + " VALUES (:uscc, :name, :town, :colour, :level, :tier, :months, :now)")
          .param("uscc", s.uscc())
          .param("name", s.name())
          .param("town", s.townCode())
          .param("colour", s.colour() == null ? null : s.colour().name())
          .param("level", s.level() == null ? null : s.level().name())
          .param("tier", s.supervision().tier().name())
          .param("months", s.supervision().frequencyMonths())
          .param("now", Timestamp.from(now))
          .update();
    }
    return supervised;
  }

  /** The enterprises under supervision as last refreshed. */
  List<SupervisedEnterprise> current() {
    return jdbc.sql(
            "SELECT enterprise_uscc, enterprise_name, town_code, risk_colour, major_level, tier,"
                + " frequency_months FROM inspection_supervision")
        .query(
            (rs, n) -> {
              String colour = rs.getString("risk_colour");
              String level = rs.getString("major_level");
              return new SupervisedEnterprise(
                  rs.getString("enterprise_uscc"),
                  rs.getString("enterprise_name"),
                  rs.getString("town_code"),
                  colour == null ? null : RiskColour.valueOf(colour),
                  level == null ? null : MajorHazardLevel.valueOf(level),
                  new Supervision(
                      SupervisionTier.valueOf(rs.getString("tier")),
                      rs.getInt("frequency_months")));
            })
        .list();
  }
}
