package org.shuzhi.area.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuzhi.area.Community;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.area.TownKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code area_*} tables. */
@Repository
class AreaRepository {

  /** Name stored in {@code updated_by} for rows the application wrote itself. */
  static final String SYSTEM_ACTOR = "system";

  /** Times are stored as timestamptz and shown in the district's zone. */
  private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;

  AreaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises seeding between application nodes that start at the same time. */
  void lockForSeeding() {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('area_seed'))").query().singleRow();
  }

  void insertDistrictIfAbsent(String code, String name, String outlineGeoJson) {
    jdbc.sql(
            "INSERT INTO area_district (code, name, outline_geojson) VALUES (?, ?, ?)"
                + " ON CONFLICT (code) DO NOTHING")
        .params(code, name, outlineGeoJson)
        .update();
  }

  record DistrictRow(String code, String name, String outlineGeoJson) {}

  Optional<DistrictRow> district() {
    return jdbc.sql("SELECT code, name, outline_geojson FROM area_district ORDER BY code LIMIT 1")
        .query(
            (rs, row) ->
                new DistrictRow(
                    rs.getString("code"), rs.getString("name"), rs.getString("outline_geojson")))
        .optional();
  }

  Set<String> townCodes() {
    return new HashSet<>(jdbc.sql("SELECT code FROM area_town").query(String.class).list());
  }

  void insertTownIfAbsent(String districtCode, TownSeed town, String boundaryGeoJson) {
    jdbc.sql(
            """
            INSERT INTO area_town (code, code12, amap_code, district_code, name, kind,
              label_lon, label_lat, boundary_geojson, boundary_source, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROXIMATE', ?)
            ON CONFLICT (code) DO NOTHING
            """)
        .params(
            town.code(),
            town.code12(),
            town.amapCode(),
            districtCode,
            town.name(),
            town.kind().name(),
            town.lon(),
            town.lat(),
            boundaryGeoJson,
            SYSTEM_ACTOR)
        .update();
  }

  List<TownRow> towns() {
    return jdbc.sql(
            """
            SELECT code, code12, amap_code, name, kind, label_lon, label_lat, boundary_geojson,
              boundary_source, updated_at, updated_by
            FROM area_town ORDER BY code
            """)
        .query(AreaRepository::townRow)
        .list();
  }

  private static TownRow townRow(ResultSet rs, int row) throws SQLException {
    BoundarySource source = BoundarySource.valueOf(rs.getString("boundary_source"));
    Town town =
        new Town(
            rs.getString("code"),
            rs.getString("code12"),
            rs.getString("amap_code"),
            rs.getString("name"),
            TownKind.valueOf(rs.getString("kind")),
            rs.getDouble("label_lon"),
            rs.getDouble("label_lat"),
            source == BoundarySource.APPROXIMATE);
    return new TownRow(
        town,
        rs.getString("boundary_geojson"),
        source,
        rs.getObject("updated_at", OffsetDateTime.class)
            .atZoneSameInstant(DISPLAY_ZONE)
            .toOffsetDateTime(),
        rs.getString("updated_by"));
  }

  void replaceTownBoundary(String code, String boundaryGeoJson, String actor) {
    jdbc.sql(
            """
            UPDATE area_town SET boundary_geojson = ?, boundary_source = 'IMPORTED',
              updated_at = now(), updated_by = ? WHERE code = ?
            """)
        .params(boundaryGeoJson, actor, code)
        .update();
  }

  long insertCommunity(String townCode, String name, String code, String boundaryGeoJson) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO area_community (town_code, name, code, boundary_geojson)"
                + " VALUES (?, ?, ?, ?)")
        .params(townCode, name, code, boundaryGeoJson)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<String> townOfCommunity(long communityId) {
    return jdbc.sql("SELECT town_code FROM area_community WHERE id = ?")
        .param(communityId)
        .query(String.class)
        .optional();
  }

  long insertGrid(
      String townCode, Long communityId, String code, String name, String boundaryGeoJson) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO area_grid (town_code, community_id, code, name, boundary_geojson)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(townCode, communityId, code, name, boundaryGeoJson)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void replaceGridWorkers(long gridId, Set<String> usernames) {
    jdbc.sql("DELETE FROM area_grid_worker WHERE grid_id = ?").param(gridId).update();
    for (String username : usernames) {
      jdbc.sql("INSERT INTO area_grid_worker (grid_id, username) VALUES (?, ?)")
          .params(gridId, username)
          .update();
    }
  }

  List<GridRow> grids() {
    Map<Long, Set<String>> workers = new HashMap<>();
    jdbc.sql("SELECT grid_id, username FROM area_grid_worker")
        .query(
            rs -> {
              workers
                  .computeIfAbsent(rs.getLong("grid_id"), id -> new HashSet<>())
                  .add(rs.getString("username"));
            });
    return jdbc.sql(
            "SELECT id, town_code, community_id, code, name, boundary_geojson FROM area_grid"
                + " ORDER BY id")
        .query(
            (rs, row) -> {
              long id = rs.getLong("id");
              Grid grid =
                  new Grid(
                      id,
                      rs.getString("town_code"),
                      rs.getObject("community_id", Long.class),
                      rs.getString("code"),
                      rs.getString("name"),
                      workers.getOrDefault(id, Set.of()));
              return new GridRow(grid, rs.getString("boundary_geojson"));
            })
        .list();
  }

  List<Community> communities() {
    return jdbc.sql("SELECT id, town_code, name, code FROM area_community ORDER BY town_code, name")
        .query(
            (rs, row) ->
                new Community(
                    rs.getLong("id"),
                    rs.getString("town_code"),
                    rs.getString("name"),
                    rs.getString("code")))
        .list();
  }

  Optional<Long> communityId(String townCode, String name) {
    return jdbc.sql("SELECT id FROM area_community WHERE town_code = ? AND name = ?")
        .params(townCode, name)
        .query(Long.class)
        .optional();
  }

  /** The grid of a town with this code, locked until the transaction ends, with its workers. */
  Optional<GridRow> gridForUpdate(String townCode, String code) {
    return jdbc.sql("SELECT id FROM area_grid WHERE town_code = ? AND code = ? FOR UPDATE")
        .params(townCode, code)
        .query(Long.class)
        .optional()
        .flatMap(this::gridForUpdate);
  }

  /** The grid, locked until the transaction ends, with its workers. */
  Optional<GridRow> gridForUpdate(long gridId) {
    Optional<GridRow> withoutWorkers =
        jdbc.sql(
                "SELECT id, town_code, community_id, code, name, boundary_geojson FROM area_grid"
                    + " WHERE id = ? FOR UPDATE")
            .param(gridId)
            .query(
                (rs, row) ->
                    new GridRow(
                        new Grid(
                            rs.getLong("id"),
                            rs.getString("town_code"),
                            rs.getObject("community_id", Long.class),
                            rs.getString("code"),
                            rs.getString("name"),
                            Set.of()),
                        rs.getString("boundary_geojson")))
            .optional();
    return withoutWorkers.map(
        r -> {
          Grid g = r.grid();
          return new GridRow(
              new Grid(
                  g.id(), g.townCode(), g.communityId(), g.code(), g.name(), gridWorkers(gridId)),
              r.boundaryGeoJson());
        });
  }

  Set<String> gridWorkers(long gridId) {
    return new HashSet<>(
        jdbc.sql("SELECT username FROM area_grid_worker WHERE grid_id = ?")
            .param(gridId)
            .query(String.class)
            .list());
  }

  void updateGrid(long gridId, Long communityId, String name, String boundaryGeoJson) {
    jdbc.sql("UPDATE area_grid SET community_id = ?, name = ?, boundary_geojson = ? WHERE id = ?")
        .params(communityId, name, boundaryGeoJson, gridId)
        .update();
  }

  /** Deletes the grid unless it has workers; whether it did. */
  boolean deleteGridWithoutWorkers(long gridId) {
    return jdbc.sql(
                "DELETE FROM area_grid g WHERE g.id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM area_grid_worker w WHERE w.grid_id = g.id)")
            .param(gridId)
            .update()
        == 1;
  }
}
