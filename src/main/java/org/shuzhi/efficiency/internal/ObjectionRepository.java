package org.shuzhi.efficiency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections (异议) to a run in publicity, their attachments and decisions. */
@Repository
class ObjectionRepository {

  static final ScopeColumns SCOPE = new ScopeColumns("o.town_code", "o.grid_id", "o.uscc");

  private final JdbcClient jdbc;

  ObjectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Attachment(long id, String fileName, String contentType, int sizeBytes) {}

  record Objection(
      long id,
      long runId,
      int year,
      String uscc,
      String enterpriseName,
      String townCode,
      String text,
      String status,
      String filedBy,
      Instant filedAt,
      String decidedBy,
      Instant decidedAt,
      String reason,
      Long answeredByRun,
      Integer answeredByVersion,
      List<Attachment> attachments) {
    boolean pending() {
      return "PENDING".equals(status);
    }
  }

  /** The enterprise's row in a run (name and place copied into the objection). */
  record Subject(String uscc, String name, String townCode, Long gridId) {}

  record Content(String fileName, String contentType, byte[] bytes) {}

  Optional<Subject> subject(long runId, String uscc) {
    return jdbc.sql(
            "SELECT uscc, name, town_code, grid_id FROM efficiency_result"
                + " WHERE run_id = ? AND uscc = ?")
        .params(runId, uscc)
        .query(
            (rs, n) ->
                new Subject(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)))
        .optional();
  }

  long insert(long runId, int year, Subject s, String text, String user, Instant at) {
    return jdbc.sql(
            "INSERT INTO efficiency_objection (run_id, year, uscc, enterprise_name, town_code,"
                + " grid_id, text, filed_by, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING id")
        .params(
            runId,
            year,
            s.uscc(),
            s.name(),
            s.townCode(),
            s.gridId(),
            text,
            user,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  void insertAttachment(
      long objectionId, String fileName, String contentType, byte[] content, String sha256) {
    jdbc.sql(
            "INSERT INTO efficiency_objection_attachment (objection_id, file_name, content_type,"
                + " size_bytes, sha256, content) VALUES (?, ?, ?, ?, ?, ?)")
        .params(objectionId, fileName, contentType, content.length, sha256, content)
        .update();
  }

  /** Decides a pending objection; false when it was not pending (decided meanwhile). */
  boolean decide(long id, boolean accepted, String reason, String user, Instant at) {
    return jdbc.sql(
                "UPDATE efficiency_objection SET status = ?, reason = ?, decided_by = ?,"
                    + " decided_at = ? WHERE id = ? AND status = 'PENDING'")
            .params(accepted ? "ACCEPTED" : "REJECTED", reason, user, Timestamp.from(at), id)
            .update()
        == 1;
  }

  int count(long runId, String status) {
    return jdbc.sql("SELECT count(*) FROM efficiency_objection WHERE run_id = ? AND status = ?")
        .params(runId, status)
        .query(Integer.class)
        .single();
  }

  /**
   * Links the year's accepted objections that no version answered yet to the new run: it is the
   * re-evaluation that answers them. Returns how many.
   */
  int answerAccepted(int year, long newRunId) {
    return jdbc.sql(
            "UPDATE efficiency_objection SET answered_by_run = ? WHERE year = ?"
                + " AND status = 'ACCEPTED' AND answered_by_run IS NULL AND run_id <> ?")
        .params(newRunId, year, newRunId)
        .update();
  }

  /** The run's objections within the data scope, newest first. */
  List<Objection> list(long runId, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    String where = "o.run_id = :run AND " + SCOPE.predicate(scope, params);
    return query(where, params);
  }

  Optional<Objection> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String where = "o.id = :id AND " + SCOPE.predicate(scope, params);
    return query(where, params).stream().findFirst();
  }

  private List<Objection> query(String where, Map<String, Object> params) {
    List<Objection> objections =
        jdbc.sql(
                "SELECT o.id, o.run_id, o.year, o.uscc, o.enterprise_name, o.town_code, o.text,"
                    + " o.status, o.filed_by, o.filed_at, o.decided_by, o.decided_at, o.reason,"
                    + " o.answered_by_run, a.version FROM efficiency_objection o"
                    + " LEFT JOIN efficiency_run a ON a.id = o.answered_by_run WHERE "
                    + where
                    + " ORDER BY o.id DESC")
            .params(params)
            .query(ObjectionRepository::objection)
            .list();
    if (objections.isEmpty()) {
      return objections;
    }
    Map<Long, List<Attachment>> files = new HashMap<>();
    jdbc.sql(
            "SELECT objection_id, id, file_name, content_type, size_bytes"
                + " FROM efficiency_objection_attachment WHERE objection_id = ANY(?) ORDER BY id")
        .param(objections.stream().map(Objection::id).toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              files
                  .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                  .add(
                      new Attachment(
                          rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
            });
    return objections.stream()
        .map(
            o ->
                new Objection(
                    o.id(),
                    o.runId(),
                    o.year(),
                    o.uscc(),
                    o.enterpriseName(),
                    o.townCode(),
                    o.text(),
                    o.status(),
                    o.filedBy(),
                    o.filedAt(),
                    o.decidedBy(),
                    o.decidedAt(),
                    o.reason(),
                    o.answeredByRun(),
                    o.answeredByVersion(),
                    files.getOrDefault(o.id(), List.of())))
        .toList();
  }

  Optional<Content> content(long objectionId, long attachmentId) {
    return jdbc.sql(
            "SELECT file_name, content_type, content FROM efficiency_objection_attachment"
                + " WHERE id = ? AND objection_id = ?")
        .params(attachmentId, objectionId)
        .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  private static Objection objection(ResultSet rs, int n) throws SQLException {
    Timestamp decided = rs.getTimestamp(12);
    return new Objection(
        rs.getLong(1),
        rs.getLong(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getTimestamp(10).toInstant(),
        rs.getString(11),
        decided == null ? null : decided.toInstant(),
        rs.getString(13),
        rs.getObject(14, Long.class),
        rs.getObject(15, Integer.class),
        List.of());
  }
}
