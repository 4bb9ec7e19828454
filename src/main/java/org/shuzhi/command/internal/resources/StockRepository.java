package org.shuzhi.command.internal.resources;

import java.sql.Date;
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

/** The supplies catalogue and the stock lines (scoped by their warehouse's town). */
@Repository
class StockRepository {

  private static final String COLUMNS =
      "s.id, s.warehouse_id, w.name AS warehouse_name, w.town_code, s.item_code,"
          + " i.name AS item_name, i.unit, s.quantity, s.reserved, s.minimum_stock, s.expiry_date,"
          + " w.synthetic, s.version, s.updated_at, s.updated_by";

  private static final String FROM =
      " FROM command_stock s JOIN command_warehouse w ON w.id = s.warehouse_id"
          + " JOIN command_supply_item i ON i.code = s.item_code";

  private final JdbcClient jdbc;

  StockRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<SupplyItem> items() {
    return jdbc.sql("SELECT code, name, unit, category FROM command_supply_item ORDER BY code")
        .query(
            (rs, n) ->
                new SupplyItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  Optional<SupplyItem> item(String code) {
    return jdbc.sql("SELECT code, name, unit, category FROM command_supply_item WHERE code = ?")
        .param(code)
        .query(
            (rs, n) ->
                new SupplyItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  void insertItem(SupplyItem item, String actor) {
    jdbc.sql(
            "INSERT INTO command_supply_item (code, name, unit, category, created_by)"
                + " VALUES (?, ?, ?, ?, ?)")
        .param(item.code())
        .param(item.name())
        .param(item.unit())
        .param(item.category())
        .param(actor)
        .update();
  }

  void updateItem(SupplyItem item) {
    jdbc.sql("UPDATE command_supply_item SET name = ?, unit = ?, category = ? WHERE code = ?")
        .param(item.name())
        .param(item.unit())
        .param(item.category())
        .param(item.code())
        .update();
  }

  Page<StockRow> search(StockQuery q, StockQuery.Today today, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, today, scope, params);
    long total =
        jdbc.sql("SELECT count(*)" + FROM + " WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", q.size());
    params.put("offset", (long) q.page() * q.size());
    List<StockRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + FROM
                    + " WHERE "
                    + where
                    + " ORDER BY w.town_code, w.name, s.item_code LIMIT :limit OFFSET :offset")
            .params(params)
            .query(StockRepository::map)
            .list();
    return new Page<>(rows, total, q.page(), q.size());
  }

  void forEach(StockQuery q, StockQuery.Today today, DataScope scope, Consumer<StockRow> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, today, scope, params);
    try (var rows =
        jdbc
            .sql("SELECT " + COLUMNS + FROM + " WHERE " + where + " ORDER BY s.id")
            .params(params)
            .query(StockRepository::map)
            .stream()) {
      rows.forEach(consumer);
    }
  }

  Optional<StockRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE s.id = :id AND "
                + ScopeSql.predicate(scope, params, "w.town_code"))
        .params(params)
        .query(StockRepository::map)
        .optional();
  }

  Optional<StockRow> findLine(long warehouseId, String itemCode) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.warehouse_id = ? AND s.item_code = ?")
        .param(warehouseId)
        .param(itemCode)
        .query(StockRepository::map)
        .optional();
  }

  /** The line, locked until the transaction ends (reservations of one line run one at a time). */
  Optional<StockRow> lockLine(long warehouseId, String itemCode) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE s.warehouse_id = ? AND s.item_code = ? FOR UPDATE OF s")
        .param(warehouseId)
        .param(itemCode)
        .query(StockRepository::map)
        .optional();
  }

  Optional<StockRow> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.id = ? FOR UPDATE OF s")
        .param(id)
        .query(StockRepository::map)
        .optional();
  }

  long insert(
      long warehouseId,
      String itemCode,
      long quantity,
      long minimum,
      java.time.LocalDate expiry,
      String actor) {
    return jdbc.sql(
            "INSERT INTO command_stock (warehouse_id, item_code, quantity, minimum_stock,"
                + " expiry_date, updated_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
        .param(warehouseId)
        .param(itemCode)
        .param(quantity)
        .param(minimum)
        .param(expiry == null ? null : Date.valueOf(expiry))
        .param(actor)
        .query(Long.class)
        .single();
  }

  boolean update(
      long id, int version, long quantity, long minimum, java.time.LocalDate expiry, String actor) {
    return jdbc.sql(
                "UPDATE command_stock SET quantity = ?, minimum_stock = ?, expiry_date = ?,"
                    + " updated_by = ?, updated_at = now(), version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .param(quantity)
            .param(minimum)
            .param(expiry == null ? null : Date.valueOf(expiry))
            .param(actor)
            .param(id)
            .param(version)
            .update()
        == 1;
  }

  void addReserved(long id, long delta, String actor) {
    jdbc.sql(
            "UPDATE command_stock SET reserved = reserved + ?, updated_by = ?, updated_at = now(),"
                + " version = version + 1 WHERE id = ?")
        .param(delta)
        .param(actor)
        .param(id)
        .update();
  }

  /** Takes {@code used} units out of the line and frees {@code released} reserved units. */
  void consume(long id, long used, long released, String actor) {
    jdbc.sql(
            "UPDATE command_stock SET quantity = quantity - ?, reserved = reserved - ?,"
                + " updated_by = ?, updated_at = now(), version = version + 1 WHERE id = ?")
        .param(used)
        .param(released)
        .param(actor)
        .param(id)
        .update();
  }

  boolean delete(long id, int version) {
    return jdbc.sql("DELETE FROM command_stock WHERE id = ? AND version = ? AND reserved = 0")
            .param(id)
            .param(version)
            .update()
        == 1;
  }

  /**
   * Lines of the items with something available, with the haversine distance of their warehouse,
   * nearest first per item.
   */
  List<Map.Entry<StockRow, Double>> availableNearest(
      double lon, double lat, List<String> itemCodes) {
    Map<String, Object> params = new HashMap<>();
    params.put("lon", lon);
    params.put("lat", lat);
    params.put("items", itemCodes.toArray(String[]::new));
    List<Map.Entry<StockRow, Double>> result = new ArrayList<>();
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", "
                + Haversine.km("w.")
                + " AS km"
                + FROM
                + " WHERE s.item_code = ANY(:items) AND s.quantity > s.reserved"
                + " ORDER BY s.item_code, km, s.id")
        .params(params)
        .query(
            (ResultSet rs) -> {
              result.add(Map.entry(map(rs, 0), rs.getDouble("km")));
            });
    return result;
  }

  private static String where(
      StockQuery q, StockQuery.Today today, DataScope scope, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    clauses.add(ScopeSql.predicate(scope, params, "w.town_code"));
    if (q.townCode() != null) {
      clauses.add("w.town_code = :town");
      params.put("town", q.townCode());
    }
    if (q.warehouseId() != null) {
      clauses.add("s.warehouse_id = :warehouse");
      params.put("warehouse", q.warehouseId());
    }
    if (q.itemCode() != null) {
      clauses.add("s.item_code = :item");
      params.put("item", q.itemCode());
    }
    if (q.warning() != null) {
      params.put("today", Date.valueOf(today.today()));
      params.put("warnUntil", Date.valueOf(today.warnUntil()));
      String low = "s.quantity - s.reserved < s.minimum_stock";
      String expiring = "(s.expiry_date >= :today AND s.expiry_date <= :warnUntil)";
      String expired = "s.expiry_date < :today";
      clauses.add(
          switch (q.warning()) {
            case LOW -> low;
            case EXPIRING -> expiring;
            case EXPIRED -> expired;
            case ANY -> "(" + low + " OR " + expiring + " OR " + expired + ")";
          });
    }
    return String.join(" AND ", clauses);
  }

  static StockRow map(ResultSet rs, int n) throws SQLException {
    Date expiry = rs.getDate("expiry_date");
    return new StockRow(
        rs.getLong("id"),
        rs.getLong("warehouse_id"),
        rs.getString("warehouse_name"),
        rs.getString("town_code"),
        rs.getString("item_code"),
        rs.getString("item_name"),
        rs.getString("unit"),
        rs.getLong("quantity"),
        rs.getLong("reserved"),
        rs.getLong("minimum_stock"),
        expiry == null ? null : expiry.toLocalDate(),
        rs.getBoolean("synthetic"),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
