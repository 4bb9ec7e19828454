package org.shuzhi.efficiency.internal.improvement;

import java.time.Instant;
import java.util.Optional;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listing rules of each evaluation year, kept in their own table (the year's scoring method is
 * a separate document). A year nobody has edited uses {@link ImprovementRules#defaults()} at
 * version 0; each save is validated, versioned (optimistic) and audited.
 */
@Service
class YearRules {

  private final JdbcClient jdbc;
  private final ImprovementAccess access;
  private final AuditTrail audit;

  YearRules(JdbcClient jdbc, ImprovementAccess access, AuditTrail audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
  }

  /** The rules of a year, their version (0 = the defaults, never saved) and last editor. */
  record VersionedRules(
      int year, ImprovementRules rules, int version, String updatedBy, Instant updatedAt) {}

  VersionedRules rules(int year) {
    requireYear(year);
    return stored(year)
        .orElse(new VersionedRules(year, ImprovementRules.defaults(), 0, null, null));
  }

  @Transactional
  VersionedRules update(
      int year, ImprovementRules rules, Integer expectedVersion, CurrentUser user) {
    access.requireBureau(user);
    if (rules == null) {
      throw new InvalidInputException("rules", "efficiency.improvement.rules.missingAll");
    }
    if (expectedVersion == null) {
      throw new InvalidInputException("version", "efficiency.improvement.versionMissing");
    }
    rules.validate();
    VersionedRules before = rules(year);
    boolean saved;
    if (expectedVersion == 0) {
      saved =
          jdbc.sql(
                      "INSERT INTO efficiency_improvement_rules (year, above_scale_tax_per_mu,"
                          + " below_scale_tax_per_mu, below_scale_land_mu, zero_tax_land_above_mu,"
                          + " zero_tax_tax_at_most, include_services, version, updated_by)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (year) DO NOTHING")
                  .params(
                      year,
                      rules.aboveScaleTaxPerMu(),
                      rules.belowScaleTaxPerMu(),
                      rules.belowScaleLandMu(),
                      rules.zeroTaxLandAboveMu(),
                      rules.zeroTaxTaxAtMost(),
                      rules.services(),
                      user.username())
                  .update()
              == 1;
    } else {
      saved =
          jdbc.sql(
                      "UPDATE efficiency_improvement_rules SET above_scale_tax_per_mu = ?,"
                          + " below_scale_tax_per_mu = ?, below_scale_land_mu = ?,"
                          + " zero_tax_land_above_mu = ?, zero_tax_tax_at_most = ?,"
                          + " include_services = ?, version = version + 1, updated_by = ?,"
                          + " updated_at = now() WHERE year = ? AND version = ?")
                  .params(
                      rules.aboveScaleTaxPerMu(),
                      rules.belowScaleTaxPerMu(),
                      rules.belowScaleLandMu(),
                      rules.zeroTaxLandAboveMu(),
                      rules.zeroTaxTaxAtMost(),
                      rules.services(),
                      user.username(),
                      year,
                      expectedVersion)
                  .update()
              == 1;
    }
    if (!saved) {
      throw new ConflictException("efficiency.improvement.rules.stale");
    }
    VersionedRules after = rules(year);
    audit.record(
        AuditEntry.updated("efficiency_improvement_rules", year, before.rules(), after.rules()));
    return after;
  }

  void requireYear(int year) {
    if (jdbc.sql("SELECT count(*) FROM efficiency_year WHERE year = ?")
            .param(year)
            .query(Integer.class)
            .single()
        == 0) {
      throw new NotFoundException("efficiency year");
    }
  }

  /** The evaluation years, latest first. */
  java.util.List<Integer> years() {
    return jdbc.sql("SELECT year FROM efficiency_year ORDER BY year DESC")
        .query(Integer.class)
        .list();
  }

  /** Locks the year row: serialises case generation for the year. */
  void lockYear(int year) {
    jdbc.sql("SELECT year FROM efficiency_year WHERE year = ? FOR UPDATE")
        .param(year)
        .query(Integer.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("efficiency year"));
  }

  private Optional<VersionedRules> stored(int year) {
    return jdbc.sql(
            "SELECT above_scale_tax_per_mu, below_scale_tax_per_mu, below_scale_land_mu,"
                + " zero_tax_land_above_mu, zero_tax_tax_at_most, include_services, version,"
                + " updated_by, updated_at FROM efficiency_improvement_rules WHERE year = ?")
        .param(year)
        .query(
            (rs, n) ->
                new VersionedRules(
                    year,
                    new ImprovementRules(
                        rs.getDouble(1),
                        rs.getDouble(2),
                        rs.getDouble(3),
                        rs.getDouble(4),
                        rs.getDouble(5),
                        rs.getBoolean(6)),
                    rs.getInt(7),
                    rs.getString(8),
                    rs.getTimestamp(9).toInstant()))
        .optional();
  }
}
