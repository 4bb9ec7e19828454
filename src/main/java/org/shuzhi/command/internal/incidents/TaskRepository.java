package org.shuzhi.command.internal.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The command_incident_task table. */
@Repository
class TaskRepository {

  private static final String COLUMNS =
      "id, incident_id, assignee, title, status, updated_at, updated_by";

  private final JdbcClient jdbc;

  TaskRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long incidentId, String assignee, String title, String actor, Instant at) {
    return jdbc.sql(
            "INSERT INTO command_incident_task (incident_id, assignee, title, status, created_at,"
                + " updated_at, updated_by) VALUES (?, ?, ?, 'OPEN', ?, ?, ?) RETURNING id")
        .param(incidentId)
        .param(assignee)
        .param(title)
        .param(Timestamp.from(at))
        .param(Timestamp.from(at))
        .param(actor)
        .query(Long.class)
        .single();
  }

  List<IncidentTask> of(long incidentId) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM command_incident_task WHERE incident_id = ? ORDER BY id")
        .param(incidentId)
        .query(TaskRepository::map)
        .list();
  }

  Optional<IncidentTask> lock(long incidentId, long taskId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM command_incident_task WHERE incident_id = ? AND id = ? FOR UPDATE")
        .param(incidentId)
        .param(taskId)
        .query(TaskRepository::map)
        .optional();
  }

  void setStatus(long taskId, IncidentTask.Status status, String actor, Instant at) {
    jdbc.sql(
            "UPDATE command_incident_task SET status = ?, updated_at = ?, updated_by = ?"
                + " WHERE id = ?")
        .param(status.name())
        .param(Timestamp.from(at))
        .param(actor)
        .param(taskId)
        .update();
  }

  private static IncidentTask map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new IncidentTask(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        IncidentTask.Status.valueOf(rs.getString(5)),
        rs.getTimestamp(6).toInstant(),
        rs.getString(7));
  }
}
