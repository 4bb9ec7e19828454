package org.shuzhi.command.internal.incidents;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.command.internal.ScopeSql;
import org.shuzhi.identity.DataScope;
import org.shuzhi.monitoring.AlarmCleared;
import org.shuzhi.monitoring.AlarmRaised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The command module's copy of monitoring's alarms ({@code command_alarm}), kept from {@link
 * AlarmRaised} and {@link AlarmCleared} so that an incident can be opened from an alarm id without
 * reading monitoring's tables. Idempotent: a redelivered event changes nothing.
 */
@Component
class AlarmCopies {

  /** An alarm as announced. */
  record AlarmCopy(
      long alarmId,
      String ruleCode,
      String deviceCode,
      String townCode,
      String enterpriseUscc,
      String severity,
      double value,
      java.time.Instant raisedAt,
      java.time.Instant clearedAt) {}

  private static final String COLUMNS =
      "alarm_id, rule_code, device_code, town_code, enterprise_uscc, severity, value, raised_at,"
          + " cleared_at";

  private final JdbcClient jdbc;

  AlarmCopies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @ApplicationModuleListener
  void on(AlarmRaised e) {
    record(e);
  }

  @ApplicationModuleListener
  void on(AlarmCleared e) {
    jdbc.sql(
            "UPDATE command_alarm SET cleared_at = ?, severity = ? WHERE alarm_id = ?"
                + " AND cleared_at IS NULL")
        .param(Timestamp.from(e.at()))
        .param(e.severity().name())
        .param(e.alarmId())
        .update();
  }

  void record(AlarmRaised e) {
    jdbc.sql(
            "INSERT INTO command_alarm (alarm_id, rule_code, device_code, town_code,"
                + " enterprise_uscc, severity, value, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (alarm_id) DO NOTHING")
        .param(e.alarmId())
        .param(e.ruleCode())
        .param(e.deviceCode())
        .param(e.townCode())
        .param(e.enterpriseUscc())
        .param(e.severity().name())
        .param(e.value())
        .param(Timestamp.from(e.at()))
        .update();
  }

  Optional<AlarmCopy> find(long alarmId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM command_alarm WHERE alarm_id = ?")
        .param(alarmId)
        .query(AlarmCopies::map)
        .optional();
  }

  /** Active alarms in the scope without an incident yet, newest first. */
  List<AlarmCopy> activeWithoutIncident(DataScope scope, int limit) {
    Map<String, Object> params = new HashMap<>();
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM command_alarm a WHERE cleared_at IS NULL AND "
                + ScopeSql.predicate(scope, params, "a.town_code")
                + " AND NOT EXISTS (SELECT 1 FROM command_incident i WHERE i.alarm_id ="
                + " a.alarm_id) ORDER BY raised_at DESC LIMIT :limit")
        .params(params)
        .query(AlarmCopies::map)
        .list();
  }

  private static AlarmCopy map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp cleared = rs.getTimestamp(9);
    return new AlarmCopy(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getDouble(7),
        rs.getTimestamp(8).toInstant(),
        cleared == null ? null : cleared.toInstant());
  }
}
