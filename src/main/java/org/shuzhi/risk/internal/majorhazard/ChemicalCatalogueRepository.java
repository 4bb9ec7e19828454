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

/** The catalogue and reference tables of the active catalogue version. */
@Repository
class ChemicalCatalogueRepository {

  private static final String COLUMNS =
      "id, cas, name_zh, name_en, critical_quantity_t, beta, category_codes, toxic_gas, note,"
          + " updated_at, updated_by, version";

  private static final String ACTIVE =
      "version_id = (SELECT id FROM risk_catalogue_version WHERE active)";

  /** A history row of a catalogue entry, states as JSON text. */
  record HistoryRow(
      Instant changedAt, String changedBy, String action, String before, String after) {}

  private record AlphaRow(int minPopulation, BigDecimal alpha) {}

  private final JdbcClient jdbc;

  ChemicalCatalogueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String activeVersionCode() {
    return jdbc.sql("SELECT code FROM risk_catalogue_version WHERE active")
        .query(String.class)
        .single();
  }

  ReferenceData reference() {
    Map<String, ChemicalEntry> chemicals = new LinkedHashMap<>();
    jdbc.sql("SELECT " + COLUMNS + " FROM risk_chemical WHERE " + ACTIVE)
        .query(ChemicalCatalogueRepository::chemical)
        .list()
        .forEach(c -> chemicals.put(c.cas(), c));
    Map<String, HazardCategory> categories = new LinkedHashMap<>();
    categories().forEach(c -> categories.put(c.code(), c));
    List<AlphaRow> rows =
        jdbc.sql(
                "SELECT min_population, alpha FROM risk_alpha_band WHERE "
                    + ACTIVE
                    + " ORDER BY min_population")
            .query((rs, n) -> new AlphaRow(rs.getInt(1), rs.getBigDecimal(2)))
            .list();
    List<AlphaBand> bands = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      // A band ends where the next one starts.
      Integer max = i + 1 < rows.size() ? rows.get(i + 1).minPopulation() - 1 : null;
      bands.add(new AlphaBand(rows.get(i).minPopulation(), max, rows.get(i).alpha()));
    }
    List<LevelBand> levels =
        jdbc.sql("SELECT level, min_r FROM risk_level_band WHERE " + ACTIVE)
            .query(
                (rs, n) ->
                    new LevelBand(MajorHazardLevel.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
            .list();
    return new ReferenceData(activeVersionCode(), chemicals, categories, bands, levels);
  }

  List<HazardCategory> categories() {
    return jdbc.sql(
            "SELECT code, name_zh, name_en, critical_quantity_t, beta, note"
                + " FROM risk_hazard_category WHERE "
                + ACTIVE
                + " ORDER BY left(code, 1), string_to_array(substring(code FROM 2), '.')::int[]")
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

  /** Entries whose CAS or name contains the text (all when blank), by CAS. */
  List<ChemicalEntry> search(String text) {
    String pattern =
        text == null || text.isBlank()
            ? "%"
            : "%"
                + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM risk_chemical WHERE "
                + ACTIVE
                + " AND (cas LIKE :p OR name_zh LIKE :p OR lower(coalesce(name_en, '')) LIKE"
                + " lower(:p)) ORDER BY name_zh, cas")
        .param("p", pattern)
        .query(ChemicalCatalogueRepository::chemical)
        .list();
  }

  Optional<ChemicalEntry> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM risk_chemical WHERE id = ? AND " + ACTIVE)
        .param(id)
        .query(ChemicalCatalogueRepository::chemical)
        .optional();
  }

  boolean casExists(String cas) {
    return jdbc.sql("SELECT count(*) FROM risk_chemical WHERE cas = ? AND " + ACTIVE)
            .param(cas)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(ChemicalEntry e, String actor, Instant now) {
    return jdbc.sql(
            "INSERT INTO risk_chemical (version_id, cas, name_zh, name_en, critical_quantity_t,"
                + " beta, category_codes, toxic_gas, note, updated_at, updated_by)"
                + " SELECT id, :cas, :nameZh, :nameEn, :q, :beta, :categories, :toxic, :note, :now,"
                + " :actor FROM risk_catalogue_version WHERE active RETURNING id")
        .params(values(e, actor, now))
        .query(Long.class)
        .single();
  }

  /** Optimistic update: false when the entry changed since {@code version}. */
  boolean update(long id, int version, ChemicalEntry e, String actor, Instant now) {
    Map<String, Object> params = values(e, actor, now);
    params.put("id", id);
    params.put("version", version);
    return jdbc.sql(
                "UPDATE risk_chemical SET name_zh = :nameZh, name_en = :nameEn,"
                    + " critical_quantity_t = :q, beta = :beta, category_codes = :categories,"
                    + " toxic_gas = :toxic, note = :note, updated_at = :now, updated_by = :actor,"
                    + " version = version + 1 WHERE id = :id AND version = :version")
            .params(params)
            .update()
        == 1;
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

  private static Map<String, Object> values(ChemicalEntry e, String actor, Instant now) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("cas", e.cas());
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
    return new ChemicalEntry(
        rs.getLong("id"),
        rs.getString("cas"),
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
