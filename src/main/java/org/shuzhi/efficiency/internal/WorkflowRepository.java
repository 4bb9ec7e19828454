package org.shuzhi.efficiency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workflow state of runs: status and publicity period, the history of moves, the publicity days
 * of a year, and the public listing (name, group, class only).
 */
@Repository
class WorkflowRepository {

  private final JdbcClient jdbc;

  WorkflowRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A run's workflow state. */
  record RunState(
      long id,
      int year,
      int version,
      RunStatus status,
      int enterpriseCount,
      String createdBy,
      Instant createdAt,
      Instant publicityStart,
      Instant publicityEnd) {}

  /** One move of a run. */
  record Transition(
      long id, String fromStatus, String toStatus, String actor, Instant at, String comment) {}

  /** A line of the public listing. */
  record PublicLine(String name, String group, String efficiencyClass) {}

  record PublicPage(long total, int page, int size, List<PublicLine> lines) {}

  private static final String STATE =
      "SELECT id, year, version, status, enterprise_count, created_by, created_at,"
          + " publicity_start, publicity_end FROM efficiency_run";

  Optional<RunState> state(long runId) {
    return jdbc.sql(STATE + " WHERE id = ?")
        .param(runId)
        .query(WorkflowRepository::state)
        .optional();
  }

  /** The run, locked against concurrent moves and objections until the transaction ends. */
  Optional<RunState> lock(long runId) {
    return jdbc.sql(STATE + " WHERE id = ? FOR UPDATE")
        .param(runId)
        .query(WorkflowRepository::state)
        .optional();
  }

  /** The year's published version other than {@code runId}, locked. */
  Optional<RunState> lockPublished(int year, long exceptRunId) {
    return jdbc.sql(STATE + " WHERE year = ? AND status = 'PUBLISHED' AND id <> ? FOR UPDATE")
        .params(year, exceptRunId)
        .query(WorkflowRepository::state)
        .optional();
  }

  void lockYear(int year) {
    jdbc.sql("SELECT year FROM efficiency_year WHERE year = ? FOR UPDATE")
        .param(year)
        .query(Integer.class)
        .optional();
  }

  void move(long runId, RunStatus to) {
    jdbc.sql("UPDATE efficiency_run SET status = ? WHERE id = ?").params(to.name(), runId).update();
  }

  void startPublicity(long runId, Instant start, Instant end) {
    jdbc.sql(
            "UPDATE efficiency_run SET status = 'PUBLICITY', publicity_start = ?,"
                + " publicity_end = ? WHERE id = ?")
        .params(Timestamp.from(start), Timestamp.from(end), runId)
        .update();
  }

  void recordTransition(
      long runId, RunStatus from, RunStatus to, String actor, Instant at, String comment) {
    jdbc.sql(
            "INSERT INTO efficiency_run_transition (run_id, from_status, to_status, actor, at,"
                + " comment) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            runId, from == null ? null : from.name(), to.name(), actor, Timestamp.from(at), comment)
        .update();
  }

  List<Transition> history(long runId) {
    return jdbc.sql(
            "SELECT id, from_status, to_status, actor, at, comment FROM efficiency_run_transition"
                + " WHERE run_id = ? ORDER BY id")
        .param(runId)
        .query(
            (rs, n) ->
                new Transition(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getString(6)))
        .list();
  }

  int publicityDays(int year) {
    return jdbc.sql("SELECT publicity_days FROM efficiency_year WHERE year = ?")
        .param(year)
        .query(Integer.class)
        .optional()
        .orElse(7);
  }

  boolean setPublicityDays(int year, int days) {
    return jdbc.sql("UPDATE efficiency_year SET publicity_days = ? WHERE year = ?")
            .params(days, year)
            .update()
        == 1;
  }

  /**
   * The version on public display for a year: the latest in publicity or published (a re-evaluation
   * in publicity is shown rather than the version it is to replace).
   */
  Optional<RunState> publicRun(int year) {
    return jdbc.sql(
            STATE
                + " WHERE year = ? AND status IN ('PUBLICITY', 'PUBLISHED')"
                + " ORDER BY version DESC LIMIT 1")
        .param(year)
        .query(WorkflowRepository::state)
        .optional();
  }

  /** Name, group and class of a run's enterprises, by group then name; {@code name} filters. */
  PublicPage publicLines(long runId, String name, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    String where = "run_id = :run";
    if (name != null) {
      params.put("name", "%" + likeEscaped(name) + "%");
      where += " AND name ILIKE :name";
    }
    long total =
        jdbc.sql("SELECT count(*) FROM efficiency_result WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<PublicLine> lines =
        jdbc.sql(
                "SELECT name, eval_group, efficiency_class FROM efficiency_result WHERE "
                    + where
                    + " ORDER BY eval_group, name, uscc LIMIT :limit OFFSET :offset")
            .params(params)
            .query((rs, n) -> new PublicLine(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    return new PublicPage(total, page, size, lines);
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * The run a version is compared with by default: the latest earlier published one, else the
   * latest earlier one.
   */
  Optional<Long> defaultBase(int year, int version) {
    return jdbc.sql(
            "SELECT id FROM efficiency_run WHERE year = ? AND version < ?"
                + " ORDER BY (status IN ('PUBLISHED', 'SUPERSEDED')) DESC, version DESC LIMIT 1")
        .params(year, version)
        .query(Long.class)
        .optional();
  }

  String resultClass(long runId, String uscc) {
    return jdbc.sql("SELECT efficiency_class FROM efficiency_result WHERE run_id = ? AND uscc = ?")
        .params(runId, uscc)
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
        .optional()
        .map(c -> c.orElse(""))
        .orElse(null);
  }

  void setResultClass(long runId, String uscc, String efficiencyClass) {
    jdbc.sql("UPDATE efficiency_result SET efficiency_class = ? WHERE run_id = ? AND uscc = ?")
        .params(efficiencyClass, runId, uscc)
        .update();
  }

  private static RunState state(ResultSet rs, int n) throws SQLException {
    Timestamp start = rs.getTimestamp(8);
    Timestamp end = rs.getTimestamp(9);
    return new RunState(
        rs.getLong(1),
        rs.getInt(2),
        rs.getInt(3),
        RunStatus.valueOf(rs.getString(4)),
        rs.getInt(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant(),
        start == null ? null : start.toInstant(),
        end == null ? null : end.toInstant());
  }
}
