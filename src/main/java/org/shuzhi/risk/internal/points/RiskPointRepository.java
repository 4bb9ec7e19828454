package org.shuzhi.risk.internal.points;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.identity.DataScope;
import org.shuzhi.map.MapFilter;
import org.shuzhi.risk.ControlLevel;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskPointAssessmentView;
import org.shuzhi.risk.RiskPointDraft;
import org.shuzhi.risk.RiskPointMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Risk points and their append-only assessment history. Reads go through the owning risk object, so
 * they are scoped by the same predicate.
 */
@Repository
class RiskPointRepository {

  private static final String POINT_COLUMNS =
      "p.id, p.risk_object_id, p.name, p.hazard_description, p.control_level,"
          + " p.responsible_person, p.current_colour";

  private final JdbcClient jdbc;

  RiskPointRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A point row without its history. */
  record PointRow(
      long id,
      long riskObjectId,
      String name,
      String hazardDescription,
      ControlLevel controlLevel,
      String responsiblePerson,
      RiskColour colour) {}

  /** A point with the location and synthetic flag of its object, for the map. */
  record MapRow(
      long id, String name, RiskColour colour, double lon, double lat, boolean synthetic) {}

  /** What one assessment adds. */
  record NewAssessment(
      RiskPointMethod method,
      BigDecimal l,
      BigDecimal e,
      BigDecimal c,
      BigDecimal s,
      BigDecimal value,
      RiskColour colour,
      int bandVersion,
      String assessor,
      Instant assessedAt,
      String comment) {}

  List<PointRow> ofObject(long objectId) {
    return jdbc.sql(
            "SELECT " + POINT_COLUMNS + " FROM risk_point p WHERE p.risk_object_id = ? ORDER BY id")
        .param(objectId)
        .query(RiskPointRepository::mapPoint)
        .list();
  }

  Optional<PointRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String predicate = RiskObjectRepository.scopePredicate(scope, params);
    return jdbc.sql(
            "SELECT "
                + POINT_COLUMNS
                + " FROM risk_point p JOIN risk_object o ON o.id = p.risk_object_id"
                + " WHERE p.id = :id AND o.retired_at IS NULL AND "
                + qualify(predicate))
        .params(params)
        .query(RiskPointRepository::mapPoint)
        .optional();
  }

  long insert(long objectId, RiskPointDraft d, boolean synthetic, String actor) {
    return jdbc.sql(
            """
            INSERT INTO risk_point (risk_object_id, name, hazard_description, control_level,
              responsible_person, synthetic, created_by, updated_by)
            VALUES (:object, :name, :hazard, :level, :person, :synthetic, :actor, :actor)
            RETURNING id""")
        .param("object", objectId)
        .param("name", d.name().trim())
        .param("hazard", RiskObjectValidator.trim(d.hazardDescription()))
        .param("level", d.controlLevel().name())
        .param("person", RiskObjectValidator.trim(d.responsiblePerson()))
        .param("synthetic", synthetic)
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  long insertAssessment(long pointId, NewAssessment a) {
    long id =
        jdbc.sql(
                """
                INSERT INTO risk_assessment (risk_point_id, method, l, e, c, s, value, colour,
                  band_version, assessor, assessed_at, comment)
                VALUES (:point, :method, :l, :e, :c, :s, :value, :colour, :bandVersion,
                  :assessor, :at, :comment)
                RETURNING id""")
            .param("point", pointId)
            .param("method", a.method().name())
            .param("l", a.l())
            .param("e", a.e())
            .param("c", a.c())
            .param("s", a.s())
            .param("value", a.value())
            .param("colour", a.colour().name())
            .param("bandVersion", a.bandVersion())
            .param("assessor", a.assessor())
            .param("at", Timestamp.from(a.assessedAt()))
            .param("comment", a.comment())
            .query(Long.class)
            .single();
    // The current colour is the latest assessment's (by time, then id), whatever order they came.
    jdbc.sql(
            """
            UPDATE risk_point SET current_colour = (
              SELECT colour FROM risk_assessment WHERE risk_point_id = :point
              ORDER BY assessed_at DESC, id DESC LIMIT 1),
              updated_at = now(), updated_by = :assessor
            WHERE id = :point""")
        .param("point", pointId)
        .param("assessor", a.assessor())
        .update();
    return id;
  }

  /** The history of the points, newest first, by point id. */
  Map<Long, List<RiskPointAssessmentView>> history(List<Long> pointIds) {
    Map<Long, List<RiskPointAssessmentView>> result = new LinkedHashMap<>();
    if (pointIds.isEmpty()) {
      return result;
    }
    jdbc.sql(
            """
            SELECT id, risk_point_id, method, l, e, c, s, value, colour, band_version, assessor,
              assessed_at, comment
            FROM risk_assessment WHERE risk_point_id = ANY(:ids)
            ORDER BY risk_point_id, assessed_at DESC, id DESC""")
        .param("ids", pointIds.toArray(Long[]::new))
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("risk_point_id"), k -> new ArrayList<>())
                  .add(mapAssessment(rs));
            });
    return result;
  }

  Optional<RiskPointAssessmentView> assessment(long id) {
    return jdbc.sql(
            """
            SELECT id, risk_point_id, method, l, e, c, s, value, colour, band_version, assessor,
              assessed_at, comment
            FROM risk_assessment WHERE id = ?""")
        .param(id)
        .query((rs, n) -> mapAssessment(rs))
        .optional();
  }

  /** Assessed and unassessed points at their object's location, within the scope. */
  void forEachOnMap(MapFilter filter, DataScope scope, Consumer<MapRow> consumer) {
    Map<String, Object> params = new HashMap<>();
    List<String> clauses = new ArrayList<>();
    clauses.add(qualify(RiskObjectRepository.scopePredicate(scope, params)));
    clauses.add("o.lon IS NOT NULL");
    clauses.add("o.retired_at IS NULL");
    if (filter.townCode() != null) {
      clauses.add("o.town_code = :town");
      params.put("town", filter.townCode());
    }
    if (filter.category() != null) {
      clauses.add("o.kind = :kind");
      params.put("kind", filter.category());
    }
    try (var rows =
        jdbc
            .sql(
                "SELECT p.id, p.name, p.current_colour, o.lon, o.lat, o.synthetic"
                    + " FROM risk_point p JOIN risk_object o ON o.id = p.risk_object_id WHERE "
                    + String.join(" AND ", clauses)
                    + " ORDER BY p.id")
            .params(params)
            .query(
                (rs, n) -> {
                  String colour = rs.getString(3);
                  return new MapRow(
                      rs.getLong(1),
                      rs.getString(2),
                      colour == null ? null : RiskColour.valueOf(colour),
                      rs.getDouble(4),
                      rs.getDouble(5),
                      rs.getBoolean(6));
                })
            .stream()) {
      rows.forEach(consumer);
    }
  }

  /** Counts per town and current colour (null colour: not assessed) of the points in scope. */
  List<TownColourCount> countsByTown(DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String predicate = qualify(RiskObjectRepository.scopePredicate(scope, params));
    return jdbc.sql(
            "SELECT o.town_code, p.current_colour, count(*) FROM risk_point p"
                + " JOIN risk_object o ON o.id = p.risk_object_id WHERE o.retired_at IS NULL AND "
                + predicate
                + " GROUP BY o.town_code, p.current_colour")
        .params(params)
        .query(
            (rs, n) -> {
              String colour = rs.getString(2);
              return new TownColourCount(
                  rs.getString(1),
                  colour == null ? null : RiskColour.valueOf(colour),
                  rs.getLong(3));
            })
        .list();
  }

  record TownColourCount(String townCode, RiskColour colour, long count) {}

  /** The scope predicate names bare columns of risk_object; qualify them with its alias. */
  private static String qualify(String predicate) {
    return predicate
        .replace("town_code", "o.town_code")
        .replace("grid_id", "o.grid_id")
        .replace("enterprise_uscc", "o.enterprise_uscc");
  }

  private static PointRow mapPoint(ResultSet rs, int n) throws SQLException {
    String colour = rs.getString("current_colour");
    return new PointRow(
        rs.getLong("id"),
        rs.getLong("risk_object_id"),
        rs.getString("name"),
        rs.getString("hazard_description"),
        ControlLevel.valueOf(rs.getString("control_level")),
        rs.getString("responsible_person"),
        colour == null ? null : RiskColour.valueOf(colour));
  }

  private static RiskPointAssessmentView mapAssessment(ResultSet rs) throws SQLException {
    return new RiskPointAssessmentView(
        rs.getLong("id"),
        RiskPointMethod.valueOf(rs.getString("method")),
        plain(rs.getBigDecimal("l")),
        plain(rs.getBigDecimal("e")),
        plain(rs.getBigDecimal("c")),
        plain(rs.getBigDecimal("s")),
        plain(rs.getBigDecimal("value")),
        RiskColour.valueOf(rs.getString("colour")),
        rs.getInt("band_version"),
        rs.getString("assessor"),
        rs.getTimestamp("assessed_at").toInstant(),
        rs.getString("comment"));
  }

  private static BigDecimal plain(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
