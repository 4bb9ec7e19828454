package org.shuzhi.risk.internal.points;

import java.util.Optional;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.risk.RiskTargets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk objects and major-hazard units for other modules. A major-hazard site has no location of its
 * own, so its units are placed at their enterprise's location.
 */
@Component
class DefaultRiskTargets implements RiskTargets {

  private final JdbcClient jdbc;
  private final EnterpriseDirectory enterprises;

  DefaultRiskTargets(JdbcClient jdbc, EnterpriseDirectory enterprises) {
    this.jdbc = jdbc;
    this.enterprises = enterprises;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RiskTarget> riskObject(long id) {
    return jdbc.sql(
            "SELECT id, name, enterprise_uscc, town_code, lon, lat FROM risk_object WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new RiskTarget(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    (Double) rs.getObject(5),
                    (Double) rs.getObject(6)))
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RiskTarget> majorHazardUnit(long unitId) {
    record Unit(long id, String name, String uscc, String townCode) {}
    return jdbc.sql(
            "SELECT u.id, s.name || ' · ' || u.name, s.uscc, s.town_code"
                + " FROM risk_mh_unit u JOIN risk_mh_site s ON s.id = u.site_id WHERE u.id = ?")
        .param(unitId)
        .query(
            (rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional()
        .map(
            u -> {
              Optional<EnterpriseSummary> e = enterprises.byUscc(u.uscc());
              return new RiskTarget(
                  u.id(),
                  u.name(),
                  u.uscc(),
                  u.townCode(),
                  e.map(EnterpriseSummary::lon).orElse(null),
                  e.map(EnterpriseSummary::lat).orElse(null));
            });
  }
}
