package org.shuzhi.risk.internal.majorhazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sites, units and substances. Every read takes the caller's {@link DataScope} as a parameterised
 * predicate, so out-of-scope rows never leave the database.
 */
@Repository
class MajorHazardSiteRepository {

  /** Sites have no grid: grid workers see the sites of their grids' towns. */
  private static final ScopeColumns SCOPE = new ScopeColumns("s.town_code", null, "s.uscc");

  private static final String COLUMNS =
      "s.id, s.uscc, s.name, s.town_code, s.exposed_population, s.level, s.synthetic,"
          + " s.updated_at, s.updated_by, s.version,"
          + " (SELECT count(*) FROM risk_mh_unit u WHERE u.site_id = s.id) AS unit_count,"
          + " (SELECT v.code FROM risk_catalogue_version v WHERE v.id = s.catalogue_version_id)"
          + " AS graded_with";

  /** Filters of the list. */
  record Query(String townCode, MajorHazardLevel level, int page, int size) {}

  record Page(List<MajorHazardSite> rows, long total) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  MajorHazardSiteRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  Page search(Query query, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query.townCode(), query.level(), scope, params);
    long total =
        jdbc.sql("SELECT count(*) FROM risk_mh_site s WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", query.size());
    params.put("offset", (long) query.page() * query.size());
    List<MajorHazardSite> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM risk_mh_site s WHERE "
                    + where
                    + " ORDER BY s.level NULLS LAST, s.id LIMIT :limit OFFSET :offset")
            .params(params)
            .query(MajorHazardSiteRepository::site)
            .list();
    return new Page(rows, total);
  }

  void forEach(
      String townCode, MajorHazardLevel level, DataScope scope, Consumer<MajorHazardSite> c) {
    Map<String, Object> params = new HashMap<>();
    String where = where(townCode, level, scope, params);
    try (var rows =
        jdbc
            .sql("SELECT " + COLUMNS + " FROM risk_mh_site s WHERE " + where + " ORDER BY s.id")
            .params(params)
            .query(MajorHazardSiteRepository::site)
            .stream()) {
      rows.forEach(c);
    }
  }

  Optional<MajorHazardSite> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String predicate = scopePredicate(scope, params);
    return jdbc.sql("SELECT " + COLUMNS + " FROM risk_mh_site s WHERE s.id = :id AND " + predicate)
        .params(params)
        .query(MajorHazardSiteRepository::site)
        .optional()
        .map(s -> withUnits(s, units(s.id())));
  }

  /**
   * Every site with its units and substances, in three queries (re-grading after a catalogue change
   * reads them all).
   */
  List<MajorHazardSite> allWithUnits() {
    Map<Long, List<MajorHazardSiteDraft.Substance>> substances = new HashMap<>();
    jdbc.sql(
            "SELECT unit_id, cas, category_codes, quantity_t FROM risk_mh_substance ORDER BY"
                + " unit_id, position")
        .query(
            (rs, n) ->
                substances
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(
                        new MajorHazardSiteDraft.Substance(
                            rs.getString(2),
                            rs.getBigDecimal(4).stripTrailingZeros(),
                            rs.getString(3))))
        .list();
    Map<Long, List<MajorHazardSiteDraft.Unit>> units = new HashMap<>();
    jdbc.sql("SELECT site_id, id, name, kind FROM risk_mh_unit ORDER BY site_id, position")
        .query(
            (rs, n) ->
                units
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(
                        new MajorHazardSiteDraft.Unit(
                            rs.getString(3),
                            rs.getString(4),
                            substances.getOrDefault(rs.getLong(2), List.of()))))
        .list();
    return jdbc
        .sql("SELECT " + COLUMNS + " FROM risk_mh_site s ORDER BY s.id")
        .query(MajorHazardSiteRepository::site)
        .list()
        .stream()
        .map(s -> withUnits(s, units.getOrDefault(s.id(), List.of())))
        .toList();
  }

  Optional<MajorHazardLevel> highestLevel(String uscc) {
    return jdbc.sql("SELECT min(level) FROM risk_mh_site WHERE uscc = ? AND level IS NOT NULL")
        .param(uscc)
        .query((rs, n) -> rs.getString(1))
        .optional()
        .filter(l -> l != null)
        .map(MajorHazardLevel::valueOf);
  }

  /** The gravest level per enterprise, in one grouped query ('LEVEL_1' sorts first). */
  Map<String, MajorHazardLevel> highestLevels(Collection<String> usccs) {
    Map<String, MajorHazardLevel> result = new HashMap<>();
    if (usccs.isEmpty()) {
      return result;
    }
    jdbc.sql(
            "SELECT uscc, min(level) FROM risk_mh_site"
                + " WHERE uscc = ANY(:keys) AND level IS NOT NULL GROUP BY uscc")
        .param("keys", usccs.toArray(String[]::new))
        .query(
            (java.sql.ResultSet rs) -> {
              result.put(rs.getString(1), MajorHazardLevel.valueOf(rs.getString(2)));
            });
    return result;
  }

  long insert(
      MajorHazardSiteDraft draft,
      String townCode,
      Evaluation evaluation,
      boolean synthetic,
      String actor,
      Instant now) {
    Map<String, Object> p = new HashMap<>();
    p.put("uscc", draft.uscc().strip());
    p.put("name", draft.name().strip());
    p.put("town", townCode);
    p.put("population", draft.exposedPopulation());
    p.put("level", name(evaluation.highestLevel()));
    p.put("catalogue", evaluation.catalogueVersionId());
    p.put("synthetic", synthetic);
    p.put("actor", actor);
    p.put("now", Timestamp.from(now));
    long id =
        jdbc.sql(
                "INSERT INTO risk_mh_site (uscc, name, town_code, exposed_population, level,"
                    + " catalogue_version_id, synthetic, created_at, created_by, updated_at,"
                    + " updated_by) VALUES (:uscc, :name, :town, :population, :level, :catalogue,"
                    + " :synthetic, :now, :actor, :now, :actor) RETURNING id")
            .params(p)
            .query(Long.class)
            .single();
    insertUnits(id, draft.units(), evaluation);
    return id;
  }

  /** Optimistic update: false when someone changed the site since {@code version}. */
  boolean update(
      long id,
      int version,
      MajorHazardSiteDraft draft,
      String townCode,
      Evaluation evaluation,
      String actor,
      Instant now) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("version", version);
    p.put("uscc", draft.uscc().strip());
    p.put("name", draft.name().strip());
    p.put("town", townCode);
    p.put("population", draft.exposedPopulation());
    p.put("level", name(evaluation.highestLevel()));
    p.put("catalogue", evaluation.catalogueVersionId());
    p.put("actor", actor);
    p.put("now", Timestamp.from(now));
    boolean updated =
        jdbc.sql(
                    "UPDATE risk_mh_site SET uscc = :uscc, name = :name, town_code = :town,"
                        + " exposed_population = :population, level = :level,"
                        + " catalogue_version_id = :catalogue, updated_at = :now,"
                        + " updated_by = :actor, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .params(p)
                .update()
            == 1;
    if (updated) {
      jdbc.sql("DELETE FROM risk_mh_unit WHERE site_id = ?").param(id).update();
      insertUnits(id, draft.units(), evaluation);
    }
    return updated;
  }

  /**
   * Stores fresh grades after the catalogue changed; the entered data is untouched. Batched: an
   * activation re-grades every site while catalogue writers wait.
   */
  void regrade(Map<Long, Evaluation> bySite) {
    List<Object[]> sites = new ArrayList<>();
    List<Object[]> units = new ArrayList<>();
    bySite.forEach(
        (id, e) -> {
          sites.add(new Object[] {name(e.highestLevel()), e.catalogueVersionId(), id});
          for (int i = 0; i < e.units().size(); i++) {
            UnitEvaluation u = e.units().get(i);
            units.add(new Object[] {u.s(), u.majorHazard() ? u.r() : null, name(u.level()), id, i});
          }
        });
    batch.batchUpdate(
        "UPDATE risk_mh_site SET level = ?, catalogue_version_id = ? WHERE id = ?",
        sites,
        new int[] {Types.VARCHAR, Types.BIGINT, Types.BIGINT});
    batch.batchUpdate(
        "UPDATE risk_mh_unit SET s = ?, r = ?, level = ? WHERE site_id = ? AND position = ?",
        units,
        new int[] {Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.BIGINT, Types.INTEGER});
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM risk_mh_site WHERE id = ?").param(id).update();
  }

  private void insertUnits(long siteId, List<MajorHazardSiteDraft.Unit> units, Evaluation e) {
    for (int i = 0; i < units.size(); i++) {
      MajorHazardSiteDraft.Unit unit = units.get(i);
      UnitEvaluation result = e.units().get(i);
      long unitId =
          jdbc.sql(
                  "INSERT INTO risk_mh_unit (site_id, position, name, kind, s, r, level)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
              .params(
                  siteId,
                  i,
                  result.name(),
                  result.kind().name(),
                  result.s(),
                  result.majorHazard() ? result.r() : null,
                  name(result.level()))
              .query(Long.class)
              .single();
      for (int j = 0; j < unit.substances().size(); j++) {
        MajorHazardSiteDraft.Substance s = unit.substances().get(j);
        jdbc.sql(
                "INSERT INTO risk_mh_substance (unit_id, position, cas, category_codes,"
                    + " quantity_t) VALUES (?, ?, ?, ?, ?)")
            .params(unitId, j, key(s.cas()), blankToNull(s.category()), s.quantityTonnes())
            .update();
      }
    }
  }

  private List<MajorHazardSiteDraft.Unit> units(long siteId) {
    Map<Long, String[]> unitRows = new LinkedHashMap<>();
    jdbc.sql("SELECT id, name, kind FROM risk_mh_unit WHERE site_id = ? ORDER BY position")
        .param(siteId)
        .query(
            (rs, n) -> unitRows.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}))
        .list();
    Map<Long, List<MajorHazardSiteDraft.Substance>> substances = new HashMap<>();
    jdbc.sql(
            "SELECT unit_id, cas, category_codes, quantity_t FROM risk_mh_substance s JOIN"
                + " risk_mh_unit u ON u.id = s.unit_id WHERE u.site_id = ? ORDER BY unit_id,"
                + " s.position")
        .param(siteId)
        .query(
            (rs, n) ->
                substances
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(
                        new MajorHazardSiteDraft.Substance(
                            rs.getString(2),
                            rs.getBigDecimal(4).stripTrailingZeros(),
                            rs.getString(3))))
        .list();
    List<MajorHazardSiteDraft.Unit> units = new ArrayList<>();
    unitRows.forEach(
        (id, row) ->
            units.add(
                new MajorHazardSiteDraft.Unit(
                    row[0], row[1], substances.getOrDefault(id, List.of()))));
    return units;
  }

  private static String where(
      String townCode, MajorHazardLevel level, DataScope scope, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(scopePredicate(scope, params));
    if (townCode != null && !townCode.isBlank()) {
      where.append(" AND s.town_code = :townFilter");
      params.put("townFilter", townCode.strip());
    }
    if (level != null) {
      where.append(" AND s.level = :levelFilter");
      params.put("levelFilter", level.name());
    }
    return where.toString();
  }

  /** Graded sites in the scope per town and level, one grouped query for the cockpit. */
  List<TownLevelCount> countsByTownAndLevel(DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String predicate = scopePredicate(scope, params);
    return jdbc.sql(
            "SELECT s.town_code, s.level, count(*) AS n FROM risk_mh_site s"
                + " WHERE s.level IS NOT NULL AND "
                + predicate
                + " GROUP BY s.town_code, s.level")
        .params(params)
        .query(
            (rs, n) ->
                new TownLevelCount(
                    rs.getString("town_code"),
                    MajorHazardLevel.valueOf(rs.getString("level")),
                    rs.getLong("n")))
        .list();
  }

  record TownLevelCount(String townCode, MajorHazardLevel level, long count) {}

  /** The data scope as SQL: towns by the enterprise's town, an enterprise by its USCC. */
  private static String scopePredicate(DataScope scope, Map<String, Object> params) {
    return SCOPE.predicate(scope, params);
  }

  private static MajorHazardSite withUnits(MajorHazardSite s, List<MajorHazardSiteDraft.Unit> u) {
    return new MajorHazardSite(
        s.id(),
        s.uscc(),
        s.name(),
        s.townCode(),
        s.exposedPopulation(),
        s.level(),
        s.unitCount(),
        s.synthetic(),
        s.updatedAt(),
        s.updatedBy(),
        s.version(),
        s.gradedWith(),
        u);
  }

  private static MajorHazardSite site(ResultSet rs, int n) throws SQLException {
    String level = rs.getString("level");
    return new MajorHazardSite(
        rs.getLong("id"),
        rs.getString("uscc"),
        rs.getString("name"),
        rs.getString("town_code"),
        rs.getInt("exposed_population"),
        level == null ? null : MajorHazardLevel.valueOf(level),
        rs.getInt("unit_count"),
        rs.getBoolean("synthetic"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"),
        rs.getString("graded_with"),
        List.of());
  }

  private static String name(MajorHazardLevel level) {
    return level == null ? null : level.name();
  }

  /** A validated substance key in its stored form (a catalogue code in upper case). */
  private static String key(String given) {
    String stripped = blankToNull(given);
    return stripped == null ? null : CatalogueKey.parse(stripped).orElse(stripped);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
