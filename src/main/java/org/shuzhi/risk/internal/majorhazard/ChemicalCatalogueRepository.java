package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.risk.MajorHazardLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalogue entries and the reference tables of a catalogue version (by default the active one).
 */
@Repository
class ChemicalCatalogueRepository {

  private static final String COLUMNS =
      "c.id, c.version_id, c.cas, c.name_zh, c.name_en, c.critical_quantity_t, c.beta,"
          + " c.category_codes, c.toxic_gas, c.note, c.updated_at, c.updated_by, c.version,"
          + " (SELECT string_agg(a.cas, ',' ORDER BY a.cas) FROM risk_chemical_alias a"
          + " WHERE a.chemical_id = c.id) AS aliases";

  /** A history row of a catalogue entry, states as JSON text. */
  record HistoryRow(
      Instant changedAt, String changedBy, String action, String before, String after) {}

  private record AlphaRow(int minPopulation, BigDecimal alpha) {}

  private final JdbcClient jdbc;

  ChemicalCatalogueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long activeVersionId() {
    return jdbc.sql("SELECT id FROM risk_catalogue_version WHERE active")
        .query(Long.class)
        .single();
  }

  ReferenceData reference() {
    return reference(activeVersionId());
  }

  ReferenceData reference(long versionId) {
    Map<String, ChemicalEntry> chemicals = new LinkedHashMap<>();
    jdbc.sql("SELECT " + COLUMNS + " FROM risk_chemical c WHERE c.version_id = ?")
        .param(versionId)
        .query(ChemicalCatalogueRepository::chemical)
        .list()
        .forEach(c -> chemicals.put(c.key(), c));
    Map<String, HazardCategory> categories = new LinkedHashMap<>();
    categories(versionId).forEach(c -> categories.put(c.code(), c));
    List<AlphaRow> rows =
        jdbc.sql(
                "SELECT min_population, alpha FROM risk_alpha_band WHERE version_id = ?"
                    + " ORDER BY min_population")
            .param(versionId)
            .query((rs, n) -> new AlphaRow(rs.getInt(1), rs.getBigDecimal(2)))
            .list();
    List<AlphaBand> bands = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      // A band ends where the next one starts.
      Integer max = i + 1 < rows.size() ? rows.get(i + 1).minPopulation() - 1 : null;
      bands.add(new AlphaBand(rows.get(i).minPopulation(), max, rows.get(i).alpha()));
    }
    List<LevelBand> levels =
        jdbc.sql("SELECT level, min_r FROM risk_level_band WHERE version_id = ?")
            .param(versionId)
            .query(
                (rs, n) ->
                    new LevelBand(MajorHazardLevel.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
            .list();
    String code =
        jdbc.sql("SELECT code FROM risk_catalogue_version WHERE id = ?")
            .param(versionId)
            .query(String.class)
            .single();
    return new ReferenceData(versionId, code, chemicals, categories, bands, levels);
  }

  List<HazardCategory> categories(long versionId) {
    return jdbc.sql(
            "SELECT code, name_zh, name_en, critical_quantity_t, beta, note"
                + " FROM risk_hazard_category WHERE version_id = ?"
                + " ORDER BY left(code, 1), string_to_array(substring(code FROM 2), '.')::int[]")
        .param(versionId)
        .query(
            (rs, n) ->
                new HazardCategory(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBigDecimal(4),
                    rs.getBigDecimal(5),
                    rs.getString(6)))
        .list();
  }

  /** Entries of the version whose key, alias or name contains the text (all when blank). */
  List<ChemicalEntry> search(long versionId, String text) {
    String pattern =
        text == null || text.isBlank()
            ? "%"
            : "%"
                + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM risk_chemical c WHERE c.version_id = :version"
                + " AND (c.cas ILIKE :p OR c.name_zh LIKE :p OR coalesce(c.name_en, '') ILIKE :p"
                + " OR EXISTS (SELECT 1 FROM risk_chemical_alias a WHERE a.chemical_id = c.id"
                + " AND a.cas LIKE :p)) ORDER BY c.name_zh, c.cas")
        .param("version", versionId)
        .param("p", pattern)
        .query(ChemicalCatalogueRepository::chemical)
        .list();
  }

  Optional<ChemicalEntry> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM risk_chemical c WHERE c.id = ?")
        .param(id)
        .query(ChemicalCatalogueRepository::chemical)
        .optional();
  }

  /**
   * The key of the entry of the version that already uses {@code key} as its key or an alias, other
   * than the entry {@code exceptId}; empty when the key is free.
   */
  Optional<String> holderOf(long versionId, String key, long exceptId) {
    return jdbc.sql(
            "SELECT c.cas FROM risk_chemical c WHERE c.version_id = :version AND c.id <> :except"
                + " AND (c.cas = :key OR EXISTS (SELECT 1 FROM risk_chemical_alias a"
                + " WHERE a.chemical_id = c.id AND a.cas = :key)) LIMIT 1")
        .param("version", versionId)
        .param("except", exceptId)
        .param("key", key)
        .query(String.class)
        .optional();
  }

  long insert(long versionId, ChemicalEntry e, String actor, Instant now) {
    Map<String, Object> params = values(e, actor, now);
    params.put("version", versionId);
    long id =
        jdbc.sql(
                "INSERT INTO risk_chemical (version_id, cas, name_zh, name_en, critical_quantity_t,"
                    + " beta, category_codes, toxic_gas, note, updated_at, updated_by) VALUES"
                    + " (:version, :key, :nameZh, :nameEn, :q, :beta, :categories, :toxic, :note,"
                    + " :now, :actor) RETURNING id")
            .params(params)
            .query(Long.class)
            .single();
    insertAliases(versionId, id, e.aliases());
    return id;
  }

  /** Optimistic update: false when the entry changed since {@code version}. */
  boolean update(long id, int version, ChemicalEntry e, String actor, Instant now) {
    Map<String, Object> params = values(e, actor, now);
    params.put("id", id);
    params.put("version", version);
    boolean updated =
        jdbc.sql(
                    "UPDATE risk_chemical SET name_zh = :nameZh, name_en = :nameEn,"
                        + " critical_quantity_t = :q, beta = :beta, category_codes = :categories,"
                        + " toxic_gas = :toxic, note = :note, updated_at = :now, updated_by ="
                        + " :actor, version = version + 1 WHERE id = :id AND version = :version")
                .params(params)
                .update()
            == 1;
    if (updated) {
      jdbc.sql("DELETE FROM risk_chemical_alias WHERE chemical_id = ?").param(id).update();
      insertAliases(e.versionId(), id, e.aliases());
    }
    return updated;
  }

  /** Removes an entry with its history and aliases (drafts only; the service checks). */
  void delete(long id) {
    jdbc.sql("DELETE FROM risk_chemical_history WHERE chemical_id = ?").param(id).update();
    jdbc.sql("DELETE FROM risk_chemical WHERE id = ?").param(id).update();
  }

  void history(
      long chemicalId, Instant at, String actor, String action, String before, String after) {
    jdbc.sql(
            "INSERT INTO risk_chemical_history (chemical_id, changed_at, changed_by, action,"
                + " before_state, after_state) VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)")
        .params(chemicalId, Timestamp.from(at), actor, action, before, after)
        .update();
  }

  List<HistoryRow> history(long chemicalId) {
    return jdbc.sql(
            "SELECT changed_at, changed_by, action, before_state::text, after_state::text"
                + " FROM risk_chemical_history WHERE chemical_id = ? ORDER BY changed_at DESC, id"
                + " DESC")
        .param(chemicalId)
        .query(
            (rs, n) ->
                new HistoryRow(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  private void insertAliases(long versionId, long chemicalId, List<String> aliases) {
    for (String alias : aliases) {
      jdbc.sql("INSERT INTO risk_chemical_alias (version_id, cas, chemical_id) VALUES (?, ?, ?)")
          .params(versionId, alias, chemicalId)
          .update();
    }
  }

  private static Map<String, Object> values(ChemicalEntry e, String actor, Instant now) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("key", e.key());
    p.put("nameZh", e.nameZh());
    p.put("nameEn", e.nameEn());
    p.put("q", e.criticalQuantity());
    p.put("beta", e.beta());
    p.put("categories", e.categories());
    p.put("toxic", e.toxicGas());
    p.put("note", e.note());
    p.put("now", Timestamp.from(now));
    p.put("actor", actor);
    return p;
  }

  private static ChemicalEntry chemical(ResultSet rs, int n) throws SQLException {
    String codes = rs.getString("category_codes");
    String aliases = rs.getString("aliases");
    return new ChemicalEntry(
        rs.getLong("id"),
        rs.getLong("version_id"),
        rs.getString("cas"),
        aliases == null ? List.of() : Arrays.asList(aliases.split(",")),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getBigDecimal("critical_quantity_t"),
        rs.getBigDecimal("beta"),
        codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(",")),
        rs.getBoolean("toxic_gas"),
        rs.getString("note"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }
}
