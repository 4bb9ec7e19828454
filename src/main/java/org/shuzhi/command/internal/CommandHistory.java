package org.shuzhi.command.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of command records ({@code command_change}: who, when, the state after) and the
 * matching audit entry, written in the caller's transaction. States carry phones masked only: the
 * history and the audit trail are read by people who need not see contact data.
 */
@Component
public class CommandHistory {

  /** One change as listed on a record's page. */
  public record Change(String change, String body, Instant at, String by) {}

  private final JdbcClient jdbc;
  private final AuditTrail trail;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  public CommandHistory(JdbcClient jdbc, AuditTrail trail, Clock clock) {
    this.jdbc = jdbc;
    this.trail = trail;
    this.clock = clock;
  }

  /**
   * @param actor who did it (the signed-in user's name, or a trusted loader's)
   * @param trusted whether the actor is named explicitly for the audit trail (no signed-in user)
   */
  public void created(
      String type, Object id, Map<String, Object> after, String actor, boolean trusted) {
    write(type, id, "CREATE", after, actor);
    audit(AuditEntry.created(type, id, after), actor, trusted);
  }

  public void updated(
      String type, Object id, Map<String, Object> before, Map<String, Object> after, String actor) {
    write(type, id, "UPDATE", after, actor);
    audit(AuditEntry.updated(type, id, before, after), actor, false);
  }

  public void deleted(String type, Object id, Map<String, Object> before, String actor) {
    write(type, id, "DELETE", null, actor);
    audit(AuditEntry.deleted(type, id, before), actor, false);
  }

  /** A state change of a named kind (reservation, dispatch, release) with its detail. */
  public void changed(
      String type,
      Object id,
      String change,
      Map<String, Object> before,
      Map<String, Object> after,
      String actor,
      boolean trusted) {
    write(type, id, change, after, actor);
    audit(AuditEntry.updated(type, id, before, after).withDetail(change), actor, trusted);
  }

  public void imported(String type, int rows) {
    trail.record(
        AuditEntry.change(AuditAction.IMPORT, type, null, null, null).withDetail(rows + " rows"));
  }

  public void exported(String type, int rows) {
    trail.record(
        AuditEntry.change(AuditAction.EXPORT, type, null, null, null).withDetail(rows + " rows"));
  }

  /** The record's changes, newest first. */
  public List<Change> of(String type, Object id) {
    return jdbc.sql(
            "SELECT change, body::text, changed_at, changed_by FROM command_change"
                + " WHERE record_type = ? AND record_id = ? ORDER BY changed_at DESC, id DESC"
                + " LIMIT 200")
        .param(type)
        .param(id.toString())
        .query(
            (rs, n) ->
                new Change(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getString(4)))
        .list();
  }

  private void write(
      String type, Object id, String change, Map<String, Object> body, String actor) {
    jdbc.sql(
            "INSERT INTO command_change (record_type, record_id, change, body, changed_at,"
                + " changed_by) VALUES (?, ?, ?, ?::jsonb, ?, ?)")
        .param(type)
        .param(id.toString())
        .param(change)
        .param(body == null ? null : json.writeValueAsString(body))
        .param(Timestamp.from(clock.instant()))
        .param(actor)
        .update();
  }

  private void audit(AuditEntry entry, String actor, boolean trusted) {
    trail.record(trusted ? entry.asActor(actor, null) : entry);
  }
}
