package org.shuzhi.monitoring.internal.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rule tables: current rules and the history of every change. */
@Repository
class AlarmRuleRepository {

  private static final String COLUMNS =
      "body::text AS body, version, created_at, created_by, updated_at, updated_by";

  private final JdbcClient jdbc;
  private final AlarmRuleJson json;

  AlarmRuleRepository(JdbcClient jdbc, AlarmRuleJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  List<StoredAlarmRule> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_alarm_rule ORDER BY code")
        .query(this::stored)
        .list();
  }

  List<AlarmRule> enabled() {
    return jdbc.sql("SELECT body::text FROM monitoring_alarm_rule WHERE enabled ORDER BY code")
        .query((rs, n) -> json.read(rs.getString(1)))
        .list();
  }

  Optional<StoredAlarmRule> find(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_alarm_rule WHERE code = ?")
        .param(code)
        .query(this::stored)
        .optional();
  }

  /** Locks the rule's row (or nothing, when it does not exist) until the transaction ends. */
  Optional<StoredAlarmRule> lock(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_alarm_rule WHERE code = ? FOR UPDATE")
        .param(code)
        .query(this::stored)
        .optional();
  }

  /** The version the next change of the code gets: one past its whole history. */
  int nextVersion(String code) {
    return jdbc.sql(
            "SELECT coalesce(max(version), 0) + 1 FROM monitoring_alarm_rule_history WHERE code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }

  void insert(AlarmRule rule, int version, String actor, Instant at) {
    jdbc.sql(
            "INSERT INTO monitoring_alarm_rule (code, version, enabled, scope_kind, scope_device,"
                + " severity, name, body, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)")
        .params(
            rule.code(),
            version,
            rule.enabled(),
            rule.scope().deviceKind(),
            rule.scope().deviceCode(),
            rule.severity().name(),
            rule.name(),
            json.write(rule),
            Timestamp.from(at),
            actor,
            Timestamp.from(at),
            actor)
        .update();
  }

  void update(AlarmRule rule, int version, String actor, Instant at) {
    jdbc.sql(
            "UPDATE monitoring_alarm_rule SET version = ?, enabled = ?, scope_kind = ?,"
                + " scope_device = ?, severity = ?, name = ?, body = ?::jsonb, updated_at = ?,"
                + " updated_by = ? WHERE code = ?")
        .params(
            version,
            rule.enabled(),
            rule.scope().deviceKind(),
            rule.scope().deviceCode(),
            rule.severity().name(),
            rule.name(),
            json.write(rule),
            Timestamp.from(at),
            actor,
            rule.code())
        .update();
  }

  void delete(String code) {
    jdbc.sql("DELETE FROM monitoring_alarm_rule WHERE code = ?").param(code).update();
  }

  void recordChange(
      String code,
      int version,
      String change,
      boolean viaImport,
      AlarmRule after,
      String actor,
      Instant at) {
    jdbc.sql(
            "INSERT INTO monitoring_alarm_rule_history (code, version, change, via_import, enabled,"
                + " body, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)")
        .params(
            code,
            version,
            change,
            viaImport,
            after == null ? null : after.enabled(),
            after == null ? null : json.write(after),
            Timestamp.from(at),
            actor)
        .update();
  }

  List<AlarmRuleChange> history(String code) {
    return jdbc.sql(
            "SELECT code, version, change, via_import, enabled, body::text AS body, changed_at,"
                + " changed_by FROM monitoring_alarm_rule_history WHERE code = ?"
                + " ORDER BY version DESC")
        .param(code)
        .query(
            (rs, n) ->
                new AlarmRuleChange(
                    rs.getString("code"),
                    rs.getInt("version"),
                    rs.getString("change"),
                    rs.getBoolean("via_import"),
                    (Boolean) rs.getObject("enabled"),
                    rs.getString("body") == null
                        ? null
                        : json.write(json.read(rs.getString("body"))),
                    rs.getTimestamp("changed_at").toInstant(),
                    rs.getString("changed_by")))
        .list();
  }

  private StoredAlarmRule stored(ResultSet rs, int row) throws SQLException {
    return new StoredAlarmRule(
        json.read(rs.getString("body")),
        rs.getInt("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
