package org.shuzhi.monitoring.internal.alarms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.Device;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alarms and their append-only history. */
@Repository
class AlarmRepository {

  static final ScopeColumns SCOPE =
      new ScopeColumns("a.town_code", "a.grid_id", "a.enterprise_uscc");

  private static final String COLUMNS =
      "a.id, a.rule_code, a.device_id, a.device_code, a.device_name, a.town_code,"
          + " a.enterprise_uscc, a.state, a.severity, a.raised_at, a.first_value, a.last_value,"
          + " a.last_at, a.repeats, a.reason::text AS reason, a.acknowledged_by,"
          + " a.acknowledged_at, a.ack_comment, a.cleared_at, a.closed_by, a.closed_at,"
          + " a.close_comment, a.escalation_level, a.next_escalation_at";

  private final JdbcClient jdbc;

  AlarmRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The active alarm of the rule on the device, locked. */
  Optional<AlarmRow> lockActive(String ruleCode, String deviceCode) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM monitoring_alarm a WHERE a.rule_code = ? AND a.device_code = ?"
                + " AND a.state IN ('RAISED', 'ACKNOWLEDGED') FOR UPDATE")
        .params(ruleCode, deviceCode)
        .query(AlarmRepository::row)
        .optional();
  }

  /**
   * The active alarms of the given (rule, device) pairs, locked, in one query: a batch of decisions
   * reads what it updates once instead of once per decision. Keyed by {@link #key}.
   */
  Map<String, AlarmRow> lockActive(Collection<String> ruleCodes, Collection<String> deviceCodes) {
    Map<String, AlarmRow> active = new HashMap<>();
    if (ruleCodes.isEmpty()) {
      return active;
    }
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM monitoring_alarm a JOIN unnest(?::text[], ?::text[]) AS k(r, d)"
                + " ON a.rule_code = k.r AND a.device_code = k.d"
                + " WHERE a.state IN ('RAISED', 'ACKNOWLEDGED') ORDER BY a.id FOR UPDATE OF a")
        .params(ruleCodes.toArray(String[]::new), deviceCodes.toArray(String[]::new))
        .query(AlarmRepository::row)
        .list()
        .forEach(a -> active.put(key(a.ruleCode(), a.deviceCode()), a));
    return active;
  }

  /** Every active alarm, oldest first (to restore the evaluator's state at start-up). */
  List<AlarmRow> allActive() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM monitoring_alarm a WHERE a.state IN ('RAISED', 'ACKNOWLEDGED') ORDER BY a.id")
        .query(AlarmRepository::row)
        .list();
  }

  static String key(String ruleCode, String deviceCode) {
    return ruleCode + '\u0000' + deviceCode;
  }

  Optional<AlarmRow> lock(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_alarm a WHERE a.id = ? FOR UPDATE")
        .param(id)
        .query(AlarmRepository::row)
        .optional();
  }

  /** Inserts a RAISED alarm; empty if another node just raised it. */
  Optional<Long> insert(
      String ruleCode,
      Device device,
      AlarmSeverity severity,
      double value,
      Instant at,
      String reasonJson,
      Instant nextEscalationAt) {
    return jdbc.sql(
            "INSERT INTO monitoring_alarm (rule_code, device_id, device_code, device_name,"
                + " town_code, grid_id, enterprise_uscc, state, severity, raised_at, first_value,"
                + " last_value, last_at, reason, next_escalation_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'RAISED', ?, ?, ?, ?, ?, ?::jsonb, ?)"
                + " ON CONFLICT (rule_code, device_code) WHERE state IN ('RAISED', 'ACKNOWLEDGED')"
                + " DO NOTHING RETURNING id")
        .params(
            ruleCode,
            device.id(),
            device.code(),
            device.name(),
            device.townCode(),
            device.gridId(),
            device.enterpriseUscc(),
            severity.name(),
            ts(at),
            value,
            value,
            ts(at),
            reasonJson,
            ts(nextEscalationAt))
        .query(Long.class)
        .optional();
  }

  void repeat(long id, AlarmSeverity severity, double value, Instant at, String reasonJson) {
    jdbc.sql(
            "UPDATE monitoring_alarm SET severity = ?, last_value = ?, last_at = GREATEST(last_at,"
                + " ?), repeats = repeats + 1, reason = ?::jsonb WHERE id = ?")
        .params(severity.name(), value, ts(at), reasonJson, id)
        .update();
  }

  void escalateEarlier(long id, Instant next) {
    jdbc.sql(
            "UPDATE monitoring_alarm SET next_escalation_at = LEAST(next_escalation_at, ?)"
                + " WHERE id = ? AND state = 'RAISED'")
        .params(ts(next), id)
        .update();
  }

  /** Clears the alarm; its reason becomes why it cleared (e.g. back in range, device removed). */
  void clear(long id, Instant at, double value, String reasonJson) {
    jdbc.sql(
            "UPDATE monitoring_alarm SET state = 'CLEARED', cleared_at = ?, last_value = ?,"
                + " reason = ?::jsonb, next_escalation_at = NULL WHERE id = ?")
        .params(ts(at), value, reasonJson, id)
        .update();
  }

  void acknowledge(long id, String by, Instant at, String comment) {
    jdbc.sql(
            "UPDATE monitoring_alarm SET state = 'ACKNOWLEDGED', acknowledged_by = ?,"
                + " acknowledged_at = ?, ack_comment = ?, next_escalation_at = NULL WHERE id = ?")
        .params(by, ts(at), comment, id)
        .update();
  }

  void close(long id, String by, Instant at, String comment) {
    jdbc.sql(
            "UPDATE monitoring_alarm SET state = 'CLOSED', closed_by = ?, closed_at = ?,"
                + " close_comment = ? WHERE id = ?")
        .params(by, ts(at), comment, id)
        .update();
  }

  void escalated(long id, int level, Instant next) {
    jdbc.sql(
            "UPDATE monitoring_alarm SET escalation_level = ?, next_escalation_at = ? WHERE id = ?")
        .params(level, ts(next), id)
        .update();
  }

  void event(
      long alarmId,
      String transition,
      Instant at,
      String actor,
      AlarmSeverity severity,
      Double value,
      String comment) {
    jdbc.sql(
            "INSERT INTO monitoring_alarm_event (alarm_id, transition, at, actor, severity, value,"
                + " comment) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(alarmId, transition, ts(at), actor, severity.name(), value, comment)
        .update();
  }

  /** One history entry per alarm of a batch, in one statement. */
  void events(List<NewEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    int n = events.size();
    Long[] ids = new Long[n];
    String[] transitions = new String[n];
    String[] ats = new String[n];
    String[] severities = new String[n];
    Double[] values = new Double[n];
    for (int i = 0; i < n; i++) {
      NewEvent e = events.get(i);
      ids[i] = e.alarmId();
      transitions[i] = e.transition();
      ats[i] = e.at().toString();
      severities[i] = e.severity().name();
      values[i] = e.value();
    }
    jdbc.sql(
            "INSERT INTO monitoring_alarm_event (alarm_id, transition, at, severity, value)"
                + " SELECT * FROM unnest(?::bigint[], ?::text[], ?::timestamptz[], ?::text[],"
                + " ?::float8[])")
        .params(ids, transitions, ats, severities, values)
        .update();
  }

  /** A transition of the evaluator's (no actor, no comment), written with its batch. */
  record NewEvent(
      long alarmId, String transition, Instant at, AlarmSeverity severity, Double value) {}

  List<AlarmEvent> events(long alarmId) {
    return jdbc.sql(
            "SELECT transition, at, actor, severity, value, comment FROM monitoring_alarm_event"
                + " WHERE alarm_id = ? ORDER BY id")
        .param(alarmId)
        .query(
            (rs, i) ->
                new AlarmEvent(
                    rs.getString("transition"),
                    instant(rs, "at"),
                    rs.getString("actor"),
                    AlarmSeverity.valueOf(rs.getString("severity")),
                    rs.getObject("value") == null ? null : rs.getDouble("value"),
                    rs.getString("comment")))
        .list();
  }

  Optional<AlarmRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String where = SCOPE.predicate(scope, params);
    return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_alarm a WHERE a.id = :id AND " + where)
        .params(params)
        .query(AlarmRepository::row)
        .optional();
  }

  /** Newest first, at most {@code limit}. */
  List<AlarmRow> search(AlarmQuery q, DataScope scope, int limit) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(SCOPE.predicate(scope, params));
    if (q.state() != null) {
      where.append(" AND a.state = :state");
      params.put("state", q.state().name());
    } else if (q.activeOnly()) {
      where.append(" AND a.state IN ('RAISED', 'ACKNOWLEDGED')");
    }
    if (q.severity() != null) {
      where.append(" AND a.severity = :severity");
      params.put("severity", q.severity().name());
    }
    if (q.townCode() != null) {
      where.append(" AND a.town_code = :town");
      params.put("town", q.townCode());
    }
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM monitoring_alarm a WHERE "
                + where
                + " ORDER BY a.raised_at DESC, a.id DESC LIMIT :limit")
        .params(params)
        .query(AlarmRepository::row)
        .list();
  }

  /** Unacknowledged alarms whose escalation is due, locked; other nodes skip them. */
  List<AlarmRow> dueForEscalation(Instant now, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM monitoring_alarm a WHERE a.state = 'RAISED' AND a.next_escalation_at <= ?"
                + " ORDER BY a.next_escalation_at LIMIT ? FOR UPDATE SKIP LOCKED")
        .params(ts(now), limit)
        .query(AlarmRepository::row)
        .list();
  }

  Map<String, Long> activeCounts(Collection<String> usccs) {
    if (usccs.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(
            "SELECT enterprise_uscc, count(*) AS n FROM monitoring_alarm"
                + " WHERE state IN ('RAISED', 'ACKNOWLEDGED') AND enterprise_uscc IN (:usccs)"
                + " GROUP BY enterprise_uscc")
        .param("usccs", usccs)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> counts.put(rs.getString("enterprise_uscc"), rs.getLong("n")));
    return counts;
  }

  /** Active alarms (raised or acknowledged) in the scope, counted per town and severity. */
  List<TownSeverityCount> activeByTownAndSeverity(DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = SCOPE.predicate(scope, params);
    return jdbc.sql(
            "SELECT a.town_code, a.severity, count(*) AS n FROM monitoring_alarm a"
                + " WHERE a.state IN ('RAISED', 'ACKNOWLEDGED') AND "
                + where
                + " GROUP BY a.town_code, a.severity")
        .params(params)
        .query(
            (rs, i) ->
                new TownSeverityCount(
                    rs.getString("town_code"),
                    AlarmSeverity.valueOf(rs.getString("severity")),
                    rs.getLong("n")))
        .list();
  }

  record TownSeverityCount(String townCode, AlarmSeverity severity, long count) {}

  private static AlarmRow row(ResultSet rs, int i) throws SQLException {
    return new AlarmRow(
        rs.getLong("id"),
        rs.getString("rule_code"),
        rs.getLong("device_id"),
        rs.getString("device_code"),
        rs.getString("device_name"),
        rs.getString("town_code"),
        rs.getString("enterprise_uscc"),
        AlarmState.valueOf(rs.getString("state")),
        AlarmSeverity.valueOf(rs.getString("severity")),
        instant(rs, "raised_at"),
        rs.getDouble("first_value"),
        rs.getDouble("last_value"),
        instant(rs, "last_at"),
        rs.getInt("repeats"),
        rs.getString("reason"),
        rs.getString("acknowledged_by"),
        instant(rs, "acknowledged_at"),
        rs.getString("ack_comment"),
        instant(rs, "cleared_at"),
        rs.getString("closed_by"),
        instant(rs, "closed_at"),
        rs.getString("close_comment"),
        rs.getInt("escalation_level"),
        instant(rs, "next_escalation_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
