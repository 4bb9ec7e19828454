package org.shuzhi.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.shuzhi.monitoring.FloodStation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flood stations in {@code monitoring_flood_station}. */
@Repository
class StationRepository {

  static final ScopeColumns SCOPE = new ScopeColumns("town_code", "grid_id", "NULL");

  private static final String COLUMNS =
      "id, code, name, river, lon, lat, town_code, grid_id, warning_level, guarantee_level,"
          + " historical_max, synthetic, updated_at, updated_by, version";

  private final JdbcClient jdbc;

  StationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<StationRow> all(DataScope scope, String townCode) {
    Map<String, Object> params = new HashMap<>();
    String where = SCOPE.predicate(scope, params);
    if (townCode != null && !townCode.isBlank()) {
      where += " AND town_code = :town";
      params.put("town", townCode.trim());
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM monitoring_flood_station WHERE "
                + where
                + " ORDER BY code")
        .params(params)
        .query(StationRepository::row)
        .list();
  }

  Optional<StationRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM monitoring_flood_station WHERE id = :id AND "
                + SCOPE.predicate(scope, params))
        .params(params)
        .query(StationRepository::row)
        .optional();
  }

  boolean codeTaken(String code, Long exceptId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM monitoring_flood_station WHERE lower(code) = lower(?)"
                + " AND id <> ?)")
        .param(code)
        .param(exceptId == null ? -1L : exceptId)
        .query(Boolean.class)
        .single();
  }

  long insert(ValidStation v, String actor, Instant now) {
    return jdbc.sql(
            "INSERT INTO monitoring_flood_station (code, name, river, lon, lat, town_code, grid_id,"
                + " warning_level, guarantee_level, historical_max, synthetic, created_at, created_by,"
                + " updated_at, updated_by) VALUES (:code, :name, :river, :lon, :lat, :town, :grid,"
                + " :warning, :guarantee, :historical, :synthetic, :now, :actor, :now, :actor)"
                + " RETURNING id")
        .params(values(v))
        .param("now", Timestamp.from(now))
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  boolean update(long id, int version, ValidStation v, String actor, Instant now) {
    return jdbc.sql(
                "UPDATE monitoring_flood_station SET code = :code, name = :name, river = :river,"
                    + " lon = :lon, lat = :lat, town_code = :town, grid_id = :grid,"
                    + " warning_level = :warning, guarantee_level = :guarantee,"
                    + " historical_max = :historical, updated_at = :now, updated_by = :actor,"
                    + " version = version + 1 WHERE id = :id AND version = :version")
            .params(values(v))
            .param("now", Timestamp.from(now))
            .param("actor", actor)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  private static Map<String, Object> values(ValidStation v) {
    Map<String, Object> m = new HashMap<>();
    m.put("code", v.code());
    m.put("name", v.name());
    m.put("river", v.river());
    m.put("lon", v.lon());
    m.put("lat", v.lat());
    m.put("town", v.townCode());
    m.put("grid", v.gridId());
    m.put("warning", v.warningLevel());
    m.put("guarantee", v.guaranteeLevel());
    m.put("historical", v.historicalMax());
    m.put("synthetic", v.synthetic());
    return m;
  }

  private static StationRow row(ResultSet rs, int n) throws SQLException {
    return new StationRow(
        new FloodStation(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getString("name"),
            rs.getString("river"),
            rs.getDouble("lon"),
            rs.getDouble("lat"),
            rs.getString("town_code"),
            (Long) rs.getObject("grid_id"),
            rs.getBigDecimal("warning_level"),
            rs.getBigDecimal("guarantee_level"),
            rs.getBigDecimal("historical_max"),
            rs.getBoolean("synthetic")),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }
}
