package org.shuzhi.command.internal.resources;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.internal.ScopeSql;
import org.shuzhi.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The command_team table; reads take the caller's scope as an SQL predicate. */
@Repository
class TeamRepository {

  static final String COLUMNS =
      "id, name, kind, headcount, equipment, address, lon, lat, town_code, contact_name,"
          + " contact_phone, duty_state, synthetic, version, updated_at, updated_by";

  private final JdbcClient jdbc;

  TeamRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page<TeamRow> search(TeamQuery q, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    long total =
        jdbc.sql("SELECT count(*) FROM command_team WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", q.size());
    params.put("offset", (long) q.page() * q.size());
    List<TeamRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM command_team WHERE "
                    + where
                    + " ORDER BY town_code, name, id LIMIT :limit OFFSET :offset")
            .params(params)
            .query(TeamRepository::map)
            .list();
    return new Page<>(rows, total, q.page(), q.size());
  }

  void forEach(TeamQuery q, DataScope scope, Consumer<TeamRow> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    try (var rows =
        jdbc
            .sql("SELECT " + COLUMNS + " FROM command_team WHERE " + where + " ORDER BY id")
            .params(params)
            .query(TeamRepository::map)
            .stream()) {
      rows.forEach(consumer);
    }
  }

  Optional<TeamRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM command_team WHERE id = :id AND "
                + ScopeSql.predicate(scope, params))
        .params(params)
        .query(TeamRepository::map)
        .optional();
  }

  /** The row, locked until the transaction ends (dispatches of one team run one at a time). */
  Optional<TeamRow> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM command_team WHERE id = ? FOR UPDATE")
        .param(id)
        .query(TeamRepository::map)
        .optional();
  }

  long insert(TeamRow r, String actor) {
    return jdbc.sql(
            """
            INSERT INTO command_team (name, kind, headcount, equipment, address, lon, lat,
              town_code, contact_name, contact_phone, duty_state, synthetic, created_by, updated_by)
            VALUES (:name, :kind, :headcount, :equipment, :address, :lon, :lat, :town,
              :contactName, :contactPhone, :dutyState, :synthetic, :actor, :actor)
            RETURNING id""")
        .params(values(r, actor))
        .query(Long.class)
        .single();
  }

  boolean update(long id, int version, TeamRow r, String actor) {
    Map<String, Object> params = values(r, actor);
    params.put("id", id);
    params.put("version", version);
    return jdbc.sql(
                """
                UPDATE command_team SET name = :name, kind = :kind, headcount = :headcount,
                  equipment = :equipment, address = :address, lon = :lon, lat = :lat,
                  town_code = :town, contact_name = :contactName, contact_phone = :contactPhone,
                  duty_state = :dutyState, updated_by = :actor, updated_at = now(),
                  version = version + 1
                WHERE id = :id AND version = :version""")
            .params(params)
            .update()
        == 1;
  }

  void setDutyState(long id, DutyState state, String actor) {
    jdbc.sql(
            "UPDATE command_team SET duty_state = ?, updated_by = ?, updated_at = now(),"
                + " version = version + 1 WHERE id = ?")
        .param(state.name())
        .param(actor)
        .param(id)
        .update();
  }

  boolean delete(long id, int version) {
    return jdbc.sql("DELETE FROM command_team WHERE id = ? AND version = ?")
            .param(id)
            .param(version)
            .update()
        == 1;
  }

  /**
   * On-duty teams of the kinds (any kind when empty), nearest first by haversine distance in km
   * computed in SQL (a scan of the on-duty partial index; 10,000 teams take a few milliseconds).
   */
  List<Map.Entry<TeamRow, Double>> nearestOnDuty(
      double lon, double lat, List<TeamKind> kinds, int limit) {
    Map<String, Object> params = new HashMap<>();
    params.put("lon", lon);
    params.put("lat", lat);
    params.put("limit", limit);
    String kindClause = "";
    if (!kinds.isEmpty()) {
      params.put("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
      kindClause = " AND kind = ANY(:kinds)";
    }
    List<Map.Entry<TeamRow, Double>> result = new ArrayList<>();
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", "
                + Haversine.km("")
                + " AS km FROM command_team WHERE duty_state = 'ON_DUTY'"
                + kindClause
                + " ORDER BY km, id LIMIT :limit")
        .params(params)
        .query(
            (ResultSet rs) -> {
              result.add(Map.entry(map(rs, 0), rs.getDouble("km")));
            });
    return result;
  }

  private static String where(TeamQuery q, DataScope scope, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    clauses.add(ScopeSql.predicate(scope, params));
    if (q.townCode() != null) {
      clauses.add("town_code = :town");
      params.put("town", q.townCode());
    }
    if (q.kind() != null) {
      clauses.add("kind = :kind");
      params.put("kind", q.kind().name());
    }
    if (q.dutyState() != null) {
      clauses.add("duty_state = :state");
      params.put("state", q.dutyState().name());
    }
    if (q.name() != null) {
      clauses.add("strpos(name, :name) > 0");
      params.put("name", q.name());
    }
    return String.join(" AND ", clauses);
  }

  private static Map<String, Object> values(TeamRow r, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", r.name());
    p.put("kind", r.kind().name());
    p.put("headcount", r.headcount());
    p.put("equipment", r.equipment().toArray(String[]::new));
    p.put("address", r.address());
    p.put("lon", r.lon());
    p.put("lat", r.lat());
    p.put("town", r.townCode());
    p.put("contactName", r.contactName());
    p.put("contactPhone", r.contactPhone());
    p.put("dutyState", r.dutyState().name());
    p.put("synthetic", r.synthetic());
    p.put("actor", actor);
    return p;
  }

  static TeamRow map(ResultSet rs, int n) throws SQLException {
    Array equipment = rs.getArray("equipment");
    return new TeamRow(
        rs.getLong("id"),
        rs.getString("name"),
        TeamKind.valueOf(rs.getString("kind")),
        rs.getInt("headcount"),
        equipment == null ? List.of() : List.of((String[]) equipment.getArray()),
        rs.getString("address"),
        rs.getDouble("lon"),
        rs.getDouble("lat"),
        rs.getString("town_code"),
        rs.getString("contact_name"),
        rs.getString("contact_phone"),
        DutyState.valueOf(rs.getString("duty_state")),
        rs.getBoolean("synthetic"),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
