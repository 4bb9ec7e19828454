package org.shuzhi.command.internal.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.command.IncidentStatus;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.internal.ScopeSql;
import org.shuzhi.command.internal.resources.Page;
import org.shuzhi.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The command_incident table; every read applies the data scope on the incident's town. */
@Repository
class IncidentRepository {

  private static final String COLUMNS =
      "id, incident_type, title, description, level, status, lon, lat, town_code, deaths,"
          + " missing, injuries, people_affected, area_kind, area_radius_m, area_geojson,"
          + " alarm_id, alarm_severity, device_code, enterprise_uscc, review_summary,"
          + " review_cause, review_lessons, synthetic, version, reported_at, reported_by,"
          + " closed_at, closed_by, updated_at, updated_by";

  /** Filters of the list. */
  record Query(String town, IncidentStatus status, Boolean open, ResponseLevel level) {}

  private final JdbcClient jdbc;
  private final AffectedAreas areas;

  IncidentRepository(JdbcClient jdbc, AffectedAreas areas) {
    this.jdbc = jdbc;
    this.areas = areas;
  }

  long insert(Incident i) {
    Map<String, Object> p = new HashMap<>();
    p.put("type", i.type().name());
    p.put("title", i.title());
    p.put("description", i.description());
    p.put("level", i.level().name());
    p.put("status", i.status().name());
    p.put("lon", i.lon());
    p.put("lat", i.lat());
    p.put("town", i.townCode());
    p.put("deaths", i.deaths());
    p.put("missing", i.missing());
    p.put("injuries", i.injuries());
    p.put("people", i.peopleAffected());
    AffectedArea a = i.area();
    p.put("areaKind", a == null ? null : a.kind().name());
    p.put("radius", a == null ? null : a.radiusM());
    p.put("geojson", a == null || a.kind() != AffectedArea.Kind.POLYGON ? null : areas.geoJson(a));
    p.put("alarmId", i.alarmId());
    p.put("alarmSeverity", i.alarmSeverity());
    p.put("device", i.deviceCode());
    p.put("uscc", i.enterpriseUscc());
    p.put("synthetic", i.synthetic());
    p.put("at", Timestamp.from(i.reportedAt()));
    p.put("actor", i.reportedBy());
    return jdbc.sql(
            """
            INSERT INTO command_incident (incident_type, title, description, level, status, lon,
              lat, town_code, deaths, missing, injuries, people_affected, area_kind,
              area_radius_m, area_geojson, alarm_id, alarm_severity, device_code,
              enterprise_uscc, synthetic, reported_at, reported_by, updated_at, updated_by)
            VALUES (:type, :title, :description, :level, :status, :lon, :lat, :town, :deaths,
              :missing, :injuries, :people, :areaKind, :radius, :geojson, :alarmId,
              :alarmSeverity, :device, :uscc, :synthetic, :at, :actor, :at, :actor)
            RETURNING id""")
        .params(p)
        .query(Long.class)
        .single();
  }

  Optional<Incident> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM command_incident WHERE id = :id AND "
                + ScopeSql.predicate(scope, params))
        .params(params)
        .query(this::map)
        .optional();
  }

  Optional<Incident> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM command_incident WHERE id = ? FOR UPDATE")
        .param(id)
        .query(this::map)
        .optional();
  }

  Optional<Long> byAlarm(long alarmId) {
    return jdbc.sql("SELECT id FROM command_incident WHERE alarm_id = ?")
        .param(alarmId)
        .query(Long.class)
        .optional();
  }

  Page<Incident> search(Query q, int page, int size, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(q, scope, params);
    long total =
        jdbc.sql("SELECT count(*) FROM command_incident WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<Incident> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM command_incident WHERE "
                    + where
                    + " ORDER BY reported_at DESC, id DESC LIMIT :limit OFFSET :offset")
            .params(params)
            .query(this::map)
            .list();
    return new Page<>(rows, total, page, size);
  }

  /** Open incidents per level in the scope (and town, when given). */
  Map<ResponseLevel, Long> openByLevel(String town, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(new Query(town, null, true, null), scope, params);
    Map<ResponseLevel, Long> counts = new EnumMap<>(ResponseLevel.class);
    for (ResponseLevel l : ResponseLevel.values()) {
      counts.put(l, 0L);
    }
    jdbc.sql("SELECT level, count(*) FROM command_incident WHERE " + where + " GROUP BY level")
        .params(params)
        .query(
            (ResultSet rs) -> {
              counts.put(ResponseLevel.valueOf(rs.getString(1)), rs.getLong(2));
            });
    return counts;
  }

  void setStatus(long id, IncidentStatus status, String actor, Instant at) {
    jdbc.sql(
            "UPDATE command_incident SET status = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ?")
        .param(status.name())
        .param(Timestamp.from(at))
        .param(actor)
        .param(id)
        .update();
  }

  void setLevel(long id, ResponseLevel level, String actor, Instant at) {
    jdbc.sql(
            "UPDATE command_incident SET level = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ?")
        .param(level.name())
        .param(Timestamp.from(at))
        .param(actor)
        .param(id)
        .update();
  }

  void close(long id, Review review, String actor, Instant at) {
    jdbc.sql(
            """
            UPDATE command_incident SET status = 'CLOSED', review_summary = ?, review_cause = ?,
              review_lessons = ?, closed_at = ?, closed_by = ?, updated_at = ?, updated_by = ?,
              version = version + 1
            WHERE id = ?""")
        .param(review.summary())
        .param(review.cause())
        .param(review.lessons())
        .param(Timestamp.from(at))
        .param(actor)
        .param(Timestamp.from(at))
        .param(actor)
        .param(id)
        .update();
  }

  private static String where(Query q, DataScope scope, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(ScopeSql.predicate(scope, params));
    if (q.town() != null) {
      sql.append(" AND town_code = :town");
      params.put("town", q.town());
    }
    if (q.status() != null) {
      sql.append(" AND status = :status");
      params.put("status", q.status().name());
    }
    if (Boolean.TRUE.equals(q.open())) {
      sql.append(" AND status <> 'CLOSED'");
    } else if (Boolean.FALSE.equals(q.open())) {
      sql.append(" AND status = 'CLOSED'");
    }
    if (q.level() != null) {
      sql.append(" AND level = :level");
      params.put("level", q.level().name());
    }
    return sql.toString();
  }

  private Incident map(ResultSet rs, int n) throws SQLException {
    return new Incident(
        rs.getLong("id"),
        IncidentType.valueOf(rs.getString("incident_type")),
        rs.getString("title"),
        rs.getString("description"),
        ResponseLevel.valueOf(rs.getString("level")),
        IncidentStatus.valueOf(rs.getString("status")),
        rs.getDouble("lon"),
        rs.getDouble("lat"),
        rs.getString("town_code"),
        rs.getInt("deaths"),
        rs.getInt("missing"),
        rs.getInt("injuries"),
        rs.getInt("people_affected"),
        areas.read(
            rs.getString("area_kind"),
            (Integer) rs.getObject("area_radius_m"),
            rs.getString("area_geojson")),
        (Long) rs.getObject("alarm_id"),
        rs.getString("alarm_severity"),
        rs.getString("device_code"),
        rs.getString("enterprise_uscc"),
        rs.getString("review_summary"),
        rs.getString("review_cause"),
        rs.getString("review_lessons"),
        rs.getBoolean("synthetic"),
        rs.getInt("version"),
        instant(rs.getTimestamp("reported_at")),
        rs.getString("reported_by"),
        instant(rs.getTimestamp("closed_at")),
        rs.getString("closed_by"),
        instant(rs.getTimestamp("updated_at")),
        rs.getString("updated_by"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
