package org.shuzhi.command.internal.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.shuzhi.command.EmergencyPlan;
import org.shuzhi.command.IncidentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The command_plan table: the levels as JSON. */
@Repository
class PlanRepository {

  private static final String COLUMNS =
      "id, incident_type, name, body::text, synthetic, version, updated_at, updated_by";

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<EmergencyPlan> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM command_plan ORDER BY incident_type")
        .query(this::map)
        .list();
  }

  Optional<EmergencyPlan> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM command_plan WHERE id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  Optional<EmergencyPlan> forType(IncidentType type) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM command_plan WHERE incident_type = ?")
        .param(type.name())
        .query(this::map)
        .optional();
  }

  boolean itemExists(String code) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM command_supply_item WHERE code = ?)")
        .param(code)
        .query(Boolean.class)
        .single();
  }

  long insert(IncidentType type, String name, PlanBody body, boolean synthetic, String actor) {
    return jdbc.sql(
            "INSERT INTO command_plan (incident_type, name, body, synthetic, created_by,"
                + " updated_by) VALUES (?, ?, ?::jsonb, ?, ?, ?) RETURNING id")
        .param(type.name())
        .param(name)
        .param(json.writeValueAsString(body))
        .param(synthetic)
        .param(actor)
        .param(actor)
        .query(Long.class)
        .single();
  }

  boolean update(
      long id, int version, IncidentType type, String name, PlanBody body, String actor) {
    return jdbc.sql(
                "UPDATE command_plan SET incident_type = ?, name = ?, body = ?::jsonb,"
                    + " updated_by = ?, updated_at = now(), version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .param(type.name())
            .param(name)
            .param(json.writeValueAsString(body))
            .param(actor)
            .param(id)
            .param(version)
            .update()
        == 1;
  }

  boolean delete(long id, int version) {
    return jdbc.sql("DELETE FROM command_plan WHERE id = ? AND version = ?")
            .param(id)
            .param(version)
            .update()
        == 1;
  }

  String toJson(Object value) {
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  PlanBody parse(String text) {
    return json.readValue(text, PlanBody.class);
  }

  private EmergencyPlan map(ResultSet rs, int n) throws SQLException {
    PlanBody body = parse(rs.getString(4));
    return new EmergencyPlan(
        rs.getLong(1),
        IncidentType.valueOf(rs.getString(2)),
        rs.getString(3),
        body.levels().stream().sorted(java.util.Comparator.comparing(l -> l.level())).toList(),
        rs.getBoolean(5),
        rs.getInt(6),
        rs.getTimestamp(7).toInstant(),
        rs.getString(8));
  }
}
