package org.shuzhi.command.internal.resources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.internal.ScopeSql;
import org.shuzhi.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The command_shelter table. */
@Repository
class ShelterRepository {

  private static final String COLUMNS =
      "id, name, tier, address, lon, lat, town_code, usable_area, occupancy, reserved,"
          + " manager_name, manager_phone, synthetic, version, updated_at, updated_by";

  private final JdbcClient jdbc;

  ShelterRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page<ShelterRow> search(
      String town, ShelterTier tier, String name, int page, int size, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(town, tier, name, scope, params);
    long total =
        jdbc.sql("SELECT count(*) FROM command_shelter WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<ShelterRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM command_shelter WHERE "
                    + where
                    + " ORDER BY town_code, tier, name, id LIMIT :limit OFFSET :offset")
            .params(params)
            .query(ShelterRepository::map)
            .list();
    return new Page<>(rows, total, page, size);
  }

  void forEach(
      String town, ShelterTier tier, String name, DataScope scope, Consumer<ShelterRow> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(town, tier, name, scope, params);
    try (var rows =
        jdbc
            .sql("SELECT " + COLUMNS + " FROM command_shelter WHERE " + where + " ORDER BY id")
            .params(params)
            .query(ShelterRepository::map)
            .stream()) {
      rows.forEach(consumer);
    }
  }

  Optional<ShelterRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM command_shelter WHERE id = :id AND "
                + ScopeSql.predicate(scope, params))
        .params(params)
        .query(ShelterRepository::map)
        .optional();
  }

  Optional<ShelterRow> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM command_shelter WHERE id = ? FOR UPDATE")
        .param(id)
        .query(ShelterRepository::map)
        .optional();
  }

  long insert(ShelterRow r, String actor) {
    return jdbc.sql(
            """
            INSERT INTO command_shelter (name, tier, address, lon, lat, town_code, usable_area,
              occupancy, manager_name, manager_phone, synthetic, created_by, updated_by)
            VALUES (:name, :tier, :address, :lon, :lat, :town, :area, :occupancy, :managerName,
              :managerPhone, :synthetic, :actor, :actor)
            RETURNING id""")
        .params(values(r, actor))
        .query(Long.class)
        .single();
  }

  boolean update(long id, int version, ShelterRow r, String actor) {
    Map<String, Object> params = values(r, actor);
    params.put("id", id);
    params.put("version", version);
    return jdbc.sql(
                """
                UPDATE command_shelter SET name = :name, tier = :tier, address = :address,
                  lon = :lon, lat = :lat, town_code = :town, usable_area = :area,
                  occupancy = :occupancy, manager_name = :managerName,
                  manager_phone = :managerPhone, updated_by = :actor, updated_at = now(),
                  version = version + 1
                WHERE id = :id AND version = :version""")
            .params(params)
            .update()
        == 1;
  }

  void addReserved(long id, int delta, String actor) {
    jdbc.sql(
            "UPDATE command_shelter SET reserved = reserved + ?, updated_by = ?,"
                + " updated_at = now(), version = version + 1 WHERE id = ?")
        .param(delta)
        .param(actor)
        .param(id)
        .update();
  }

  boolean delete(long id, int version) {
    return jdbc.sql("DELETE FROM command_shelter WHERE id = ? AND version = ? AND reserved = 0")
            .param(id)
            .param(version)
            .update()
        == 1;
  }

  /**
   * Shelters with free places (capacity from the area ÷ m² per person, in SQL), nearest first by
   * haversine km; 2,000 shelters are one scan of a small table.
   */
  List<Map.Entry<ShelterRow, Double>> withRoomNearest(
      double lon, double lat, java.math.BigDecimal areaPerPerson) {
    Map<String, Object> params = new HashMap<>();
    params.put("lon", lon);
    params.put("lat", lat);
    params.put("per", areaPerPerson);
    List<Map.Entry<ShelterRow, Double>> result = new ArrayList<>();
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", "
                + Haversine.km("")
                + " AS km FROM command_shelter"
                + " WHERE floor(usable_area / :per) > occupancy + reserved ORDER BY km, id")
        .params(params)
        .query(
            (ResultSet rs) -> {
              result.add(Map.entry(map(rs, 0), rs.getDouble("km")));
            });
    return result;
  }

  private static String where(
      String town, ShelterTier tier, String name, DataScope scope, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    clauses.add(ScopeSql.predicate(scope, params));
    if (town != null) {
      clauses.add("town_code = :town");
      params.put("town", town);
    }
    if (tier != null) {
      clauses.add("tier = :tier");
      params.put("tier", tier.name());
    }
    if (name != null) {
      clauses.add("strpos(name, :name) > 0");
      params.put("name", name);
    }
    return String.join(" AND ", clauses);
  }

  private static Map<String, Object> values(ShelterRow r, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", r.name());
    p.put("tier", r.tier().name());
    p.put("address", r.address());
    p.put("lon", r.lon());
    p.put("lat", r.lat());
    p.put("town", r.townCode());
    p.put("area", r.usableArea());
    p.put("occupancy", r.occupancy());
    p.put("managerName", r.managerName());
    p.put("managerPhone", r.managerPhone());
    p.put("synthetic", r.synthetic());
    p.put("actor", actor);
    return p;
  }

  static ShelterRow map(ResultSet rs, int n) throws SQLException {
    return new ShelterRow(
        rs.getLong("id"),
        rs.getString("name"),
        ShelterTier.valueOf(rs.getString("tier")),
        rs.getString("address"),
        rs.getDouble("lon"),
        rs.getDouble("lat"),
        rs.getString("town_code"),
        rs.getBigDecimal("usable_area"),
        rs.getInt("occupancy"),
        rs.getInt("reserved"),
        rs.getString("manager_name"),
        rs.getString("manager_phone"),
        rs.getBoolean("synthetic"),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
