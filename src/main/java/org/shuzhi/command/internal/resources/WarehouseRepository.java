package org.shuzhi.command.internal.resources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.command.internal.ScopeSql;
import org.shuzhi.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The command_warehouse table. */
@Repository
class WarehouseRepository {

  private static final String COLUMNS =
      "id, name, address, lon, lat, town_code, manager_name, manager_phone, synthetic, version,"
          + " updated_at, updated_by";

  private final JdbcClient jdbc;

  WarehouseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page<WarehouseRow> search(String town, String name, int page, int size, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(town, name, scope, params);
    long total =
        jdbc.sql("SELECT count(*) FROM command_warehouse WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<WarehouseRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM command_warehouse WHERE "
                    + where
                    + " ORDER BY town_code, name LIMIT :limit OFFSET :offset")
            .params(params)
            .query(WarehouseRepository::map)
            .list();
    return new Page<>(rows, total, page, size);
  }

  void forEach(String town, String name, DataScope scope, Consumer<WarehouseRow> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(town, name, scope, params);
    try (var rows =
        jdbc
            .sql("SELECT " + COLUMNS + " FROM command_warehouse WHERE " + where + " ORDER BY id")
            .params(params)
            .query(WarehouseRepository::map)
            .stream()) {
      rows.forEach(consumer);
    }
  }

  Optional<WarehouseRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM command_warehouse WHERE id = :id AND "
                + ScopeSql.predicate(scope, params))
        .params(params)
        .query(WarehouseRepository::map)
        .optional();
  }

  Optional<WarehouseRow> findByName(String name) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM command_warehouse WHERE name = ?")
        .param(name)
        .query(WarehouseRepository::map)
        .optional();
  }

  long insert(WarehouseRow r, String actor) {
    return jdbc.sql(
            """
            INSERT INTO command_warehouse (name, address, lon, lat, town_code, manager_name,
              manager_phone, synthetic, created_by, updated_by)
            VALUES (:name, :address, :lon, :lat, :town, :managerName, :managerPhone, :synthetic,
              :actor, :actor)
            RETURNING id""")
        .params(values(r, actor))
        .query(Long.class)
        .single();
  }

  boolean update(long id, int version, WarehouseRow r, String actor) {
    Map<String, Object> params = values(r, actor);
    params.put("id", id);
    params.put("version", version);
    return jdbc.sql(
                """
                UPDATE command_warehouse SET name = :name, address = :address, lon = :lon,
                  lat = :lat, town_code = :town, manager_name = :managerName,
                  manager_phone = :managerPhone, updated_by = :actor, updated_at = now(),
                  version = version + 1
                WHERE id = :id AND version = :version""")
            .params(params)
            .update()
        == 1;
  }

  boolean hasStock(long id) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM command_stock WHERE warehouse_id = ?)")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  boolean delete(long id, int version) {
    return jdbc.sql("DELETE FROM command_warehouse WHERE id = ? AND version = ?")
            .param(id)
            .param(version)
            .update()
        == 1;
  }

  private static String where(
      String town, String name, DataScope scope, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    clauses.add(ScopeSql.predicate(scope, params));
    if (town != null) {
      clauses.add("town_code = :town");
      params.put("town", town);
    }
    if (name != null) {
      clauses.add("strpos(name, :name) > 0");
      params.put("name", name);
    }
    return String.join(" AND ", clauses);
  }

  private static Map<String, Object> values(WarehouseRow r, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", r.name());
    p.put("address", r.address());
    p.put("lon", r.lon());
    p.put("lat", r.lat());
    p.put("town", r.townCode());
    p.put("managerName", r.managerName());
    p.put("managerPhone", r.managerPhone());
    p.put("synthetic", r.synthetic());
    p.put("actor", actor);
    return p;
  }

  static WarehouseRow map(ResultSet rs, int n) throws SQLException {
    return new WarehouseRow(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("address"),
        rs.getDouble("lon"),
        rs.getDouble("lat"),
        rs.getString("town_code"),
        rs.getString("manager_name"),
        rs.getString("manager_phone"),
        rs.getBoolean("synthetic"),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
