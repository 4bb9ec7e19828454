package org.shuzhi.hazard.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.hazard.HazardEscalated;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.identity.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code hazard_escalation}: written set-wise by the job, read by bulletin and exposure pages. */
@Repository
class EscalationRepository {

  /** Arbitrary but fixed: the key of the job's cluster-wide advisory lock. */
  static final String LOCK_NAME = "hazard_escalation";

  private final JdbcClient jdbc;

  EscalationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes the job's lock for the rest of the transaction, or answers false at once when another
   * node holds it (it is doing the same work).
   */
  boolean tryLock() {
    return Boolean.TRUE.equals(
        jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(:name))")
            .param("name", LOCK_NAME)
            .query(Boolean.class)
            .single());
  }

  /**
   * Escalates every hazard awaiting rectification whose deadline is on or before {@code cutoff} to
   * {@code level}, unless it already is; one statement, so 100,000 hazards cost one index scan.
   *
   * @return the hazards newly escalated, for the {@link HazardEscalated} events
   */
  List<HazardEscalated> escalate(
      EscalationLevel level,
      LocalDate cutoff,
      LocalDate today,
      Instant now,
      String month,
      String department) {
    return jdbc.sql(
            "WITH added AS (INSERT INTO hazard_escalation (hazard_id, level, escalated_at,"
                + " days_overdue, bulletin_month, department)"
                + " SELECT id, :level, :now, :today - deadline, :month, :department FROM hazard"
                + " WHERE "
                + HazardRepository.AWAITING
                + " AND deadline <= :cutoff"
                + " ON CONFLICT (hazard_id, level) DO NOTHING"
                + " RETURNING hazard_id, days_overdue)"
                + " SELECT h.id, h.town_code, h.enterprise_uscc, h.enterprise_name, h.title,"
                + " h.grade, h.responsible_unit, h.deadline, a.days_overdue"
                + " FROM added a JOIN hazard h ON h.id = a.hazard_id ORDER BY h.id")
        .param("level", level.name())
        .param("now", Timestamp.from(now))
        .param("today", Date.valueOf(today))
        .param("month", month)
        .param("department", department)
        .param("cutoff", Date.valueOf(cutoff))
        .query(
            (rs, n) -> {
              String grade = rs.getString("grade");
              return new HazardEscalated(
                  rs.getLong("id"),
                  level,
                  rs.getString("town_code"),
                  rs.getString("enterprise_uscc"),
                  rs.getString("enterprise_name"),
                  rs.getString("title"),
                  grade == null ? null : HazardGrade.valueOf(grade),
                  rs.getString("responsible_unit"),
                  rs.getDate("deadline").toLocalDate(),
                  rs.getInt("days_overdue"),
                  department,
                  now);
            })
        .list();
  }

  /** An escalation with what the bulletin shows of its hazard. */
  record Entry(
      long hazardId,
      EscalationLevel level,
      Instant escalatedAt,
      int daysOverdueThen,
      String month,
      String department,
      String enterpriseName,
      String title,
      String townCode,
      HazardGrade grade,
      HazardState state,
      String responsibleUnit,
      LocalDate deadline) {}

  List<Entry> entries(EscalationLevel level, String month, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("level", level.name());
    String monthClause = "";
    if (month != null) {
      params.put("month", month);
      monthClause = " AND e.bulletin_month = :month";
    }
    String predicate = HazardRepository.scopePredicate(scope, params, "h.");
    return jdbc.sql(
            "SELECT e.hazard_id, e.level, e.escalated_at, e.days_overdue, e.bulletin_month,"
                + " e.department, h.enterprise_name, h.title, h.town_code, h.grade, h.state,"
                + " h.responsible_unit, h.deadline"
                + " FROM hazard_escalation e JOIN hazard h ON h.id = e.hazard_id"
                + " WHERE e.level = :level"
                + monthClause
                + " AND "
                + predicate
                + " ORDER BY e.escalated_at, e.hazard_id")
        .params(params)
        .query(
            (rs, n) -> {
              String grade = rs.getString("grade");
              Date deadline = rs.getDate("deadline");
              return new Entry(
                  rs.getLong("hazard_id"),
                  EscalationLevel.valueOf(rs.getString("level")),
                  rs.getTimestamp("escalated_at").toInstant(),
                  rs.getInt("days_overdue"),
                  rs.getString("bulletin_month"),
                  rs.getString("department"),
                  rs.getString("enterprise_name"),
                  rs.getString("title"),
                  rs.getString("town_code"),
                  grade == null ? null : HazardGrade.valueOf(grade),
                  HazardState.valueOf(rs.getString("state")),
                  rs.getString("responsible_unit"),
                  deadline == null ? null : deadline.toLocalDate());
            })
        .list();
  }

  /** A line of the public exposure list: no people, no ids. */
  record Exposure(String enterpriseName, String townCode, String title, LocalDate deadline) {}

  /** Hazards on the exposure list that are still awaiting rectification. */
  List<Exposure> exposures() {
    return jdbc.sql(
            "SELECT h.enterprise_name, h.town_code, h.title, h.deadline"
                + " FROM hazard_escalation e JOIN hazard h ON h.id = e.hazard_id"
                + " WHERE e.level = 'EXPOSURE' AND h.state IN ('ASSIGNED', 'RECTIFYING')"
                + " ORDER BY h.deadline, h.id LIMIT 1000")
        .query(
            (rs, n) ->
                new Exposure(
                    rs.getString("enterprise_name"),
                    rs.getString("town_code"),
                    rs.getString("title"),
                    rs.getDate("deadline").toLocalDate()))
        .list();
  }

  List<EscalationLevel> levelsOf(long hazardId) {
    return jdbc.sql("SELECT level FROM hazard_escalation WHERE hazard_id = ? ORDER BY id")
        .param(hazardId)
        .query((rs, n) -> EscalationLevel.valueOf(rs.getString(1)))
        .list();
  }
}
