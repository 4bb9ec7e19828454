package org.shuzhi.risk.internal.majorhazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Catalogue versions: copy, activate, delete, and the log of activations. */
@Repository
class CatalogueVersionRepository {

  private static final String COLUMNS =
      "v.id, v.code, v.title, v.active, v.created_at, v.created_by, v.activated_at,"
          + " v.activated_by, b.code AS based_on,"
          + " (SELECT count(*) FROM risk_chemical c WHERE c.version_id = v.id) AS entries"
          + " FROM risk_catalogue_version v LEFT JOIN risk_catalogue_version b"
          + " ON b.id = v.based_on_id";

  private final JdbcClient jdbc;

  CatalogueVersionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Newest first. */
  List<CatalogueVersion> all() {
    return jdbc.sql("SELECT " + COLUMNS + " ORDER BY v.created_at DESC, v.id DESC")
        .query(CatalogueVersionRepository::version)
        .list();
  }

  Optional<CatalogueVersion> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE v.id = ?")
        .param(id)
        .query(CatalogueVersionRepository::version)
        .optional();
  }

  CatalogueVersion active() {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE v.active")
        .query(CatalogueVersionRepository::version)
        .single();
  }

  boolean codeExists(String code) {
    return jdbc.sql("SELECT count(*) FROM risk_catalogue_version WHERE lower(code) = lower(?)")
            .param(code)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * A new draft holding a copy of the source version: its categories (Tables 2/4), α and level
   * bands, entries and their aliases. Entry histories stay with the source's entries.
   */
  long copy(long sourceId, String code, String title, String actor, Instant now) {
    long id =
        jdbc.sql(
                "INSERT INTO risk_catalogue_version (code, title, active, created_at, created_by,"
                    + " based_on_id) VALUES (?, ?, FALSE, ?, ?, ?) RETURNING id")
            .params(code, title, Timestamp.from(now), actor, sourceId)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO risk_hazard_category (version_id, code, name_zh, name_en,"
                + " critical_quantity_t, beta, note) SELECT ?, code, name_zh, name_en,"
                + " critical_quantity_t, beta, note FROM risk_hazard_category WHERE version_id = ?")
        .params(id, sourceId)
        .update();
    jdbc.sql(
            "INSERT INTO risk_alpha_band (version_id, min_population, alpha, note)"
                + " SELECT ?, min_population, alpha, note FROM risk_alpha_band WHERE version_id = ?")
        .params(id, sourceId)
        .update();
    jdbc.sql(
            "INSERT INTO risk_level_band (version_id, level, min_r)"
                + " SELECT ?, level, min_r FROM risk_level_band WHERE version_id = ?")
        .params(id, sourceId)
        .update();
    jdbc.sql(
            "INSERT INTO risk_chemical (version_id, cas, name_zh, name_en, critical_quantity_t,"
                + " beta, category_codes, toxic_gas, note, updated_at, updated_by)"
                + " SELECT ?, cas, name_zh, name_en, critical_quantity_t, beta, category_codes,"
                + " toxic_gas, note, ?, ? FROM risk_chemical WHERE version_id = ?")
        .params(id, Timestamp.from(now), actor, sourceId)
        .update();
    // Aliases follow their entry by key, which is unique within a version.
    jdbc.sql(
            "INSERT INTO risk_chemical_alias (version_id, cas, chemical_id)"
                + " SELECT ?, a.cas, target.id FROM risk_chemical_alias a"
                + " JOIN risk_chemical source ON source.id = a.chemical_id"
                + " JOIN risk_chemical target ON target.version_id = ? AND target.cas = source.cas"
                + " WHERE a.version_id = ?")
        .params(id, id, sourceId)
        .update();
    return id;
  }

  /**
   * Makes the version the active one. Two statements: the partial unique index on {@code active} is
   * checked row by row, so clearing the old flag must come first.
   */
  void activate(long id, String actor, Instant now) {
    jdbc.sql("UPDATE risk_catalogue_version SET active = FALSE WHERE active").update();
    jdbc.sql(
            "UPDATE risk_catalogue_version SET active = TRUE, activated_at = ?, activated_by = ?"
                + " WHERE id = ?")
        .params(Timestamp.from(now), actor, id)
        .update();
  }

  void logActivation(
      long id, Long previousId, String actor, Instant now, int regraded, int levelsChanged) {
    jdbc.sql(
            "INSERT INTO risk_catalogue_activation (version_id, previous_version_id, activated_at,"
                + " activated_by, sites_regraded, levels_changed) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, previousId, Timestamp.from(now), actor, regraded, levelsChanged)
        .update();
  }

  /** Newest first. */
  List<CatalogueActivation> activations(int limit) {
    return jdbc.sql(
            "SELECT v.code, p.code, a.activated_at, a.activated_by, a.sites_regraded,"
                + " a.levels_changed FROM risk_catalogue_activation a"
                + " JOIN risk_catalogue_version v ON v.id = a.version_id"
                + " LEFT JOIN risk_catalogue_version p ON p.id = a.previous_version_id"
                + " ORDER BY a.activated_at DESC, a.id DESC LIMIT ?")
        .param(limit)
        .query(
            (rs, n) ->
                new CatalogueActivation(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getInt(6)))
        .list();
  }

  /** Removes a draft and everything in it (the service checks it is a draft). */
  void delete(long id) {
    jdbc.sql(
            "DELETE FROM risk_chemical_history WHERE chemical_id IN"
                + " (SELECT id FROM risk_chemical WHERE version_id = ?)")
        .param(id)
        .update();
    jdbc.sql("DELETE FROM risk_chemical_alias WHERE version_id = ?").param(id).update();
    jdbc.sql("DELETE FROM risk_chemical WHERE version_id = ?").param(id).update();
    jdbc.sql("DELETE FROM risk_hazard_category WHERE version_id = ?").param(id).update();
    jdbc.sql("DELETE FROM risk_alpha_band WHERE version_id = ?").param(id).update();
    jdbc.sql("DELETE FROM risk_level_band WHERE version_id = ?").param(id).update();
    jdbc.sql("DELETE FROM risk_catalogue_version WHERE id = ?").param(id).update();
  }

  private static CatalogueVersion version(ResultSet rs, int n) throws SQLException {
    Timestamp activatedAt = rs.getTimestamp("activated_at");
    boolean active = rs.getBoolean("active");
    CatalogueVersionStatus status =
        active
            ? CatalogueVersionStatus.ACTIVE
            : activatedAt == null ? CatalogueVersionStatus.DRAFT : CatalogueVersionStatus.RETIRED;
    return new CatalogueVersion(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("title"),
        status,
        rs.getString("based_on"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        activatedAt == null ? null : activatedAt.toInstant(),
        rs.getString("activated_by"),
        rs.getInt("entries"));
  }
}
