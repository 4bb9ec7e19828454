package org.shuzhi.risk.internal.safetycode;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.risk.ActiveAlarms;
import org.shuzhi.risk.InspectionFindings;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the inputs of many enterprises at once: one grouped query per input per batch, never one
 * per enterprise, so a full recompute of ~120,000 enterprises stays a few hundred queries.
 *
 * <p>The hazard figures are read from the hazard module's tables with the same definitions as
 * {@code HazardStatistics#countsOf} (open = not CLOSED; overdue = ASSIGNED/RECTIFYING past the
 * deadline), because that API answers one enterprise at a time and lacks the supervised count, the
 * days overdue and the escalation reached. When the hazard module offers a bulk figure API, this
 * query moves there.
 */
@Component
class SafetyCodeInputReader {

  private final JdbcClient jdbc;
  private final ObjectProvider<InspectionFindings> findings;
  private final ObjectProvider<ActiveAlarms> alarms;

  SafetyCodeInputReader(
      JdbcClient jdbc,
      ObjectProvider<InspectionFindings> findings,
      ObjectProvider<ActiveAlarms> alarms) {
    this.jdbc = jdbc;
    this.findings = findings;
    this.alarms = alarms;
  }

  /** Inputs per USCC for the given enterprises; every USCC asked for has an entry. */
  Map<String, SafetyCodeInputs> read(Collection<String> usccs, LocalDate today) {
    String[] keys = usccs.toArray(String[]::new);
    Map<String, RiskColour> colours = riskColours(keys);
    Map<String, MajorHazardLevel> levels = majorHazardLevels(keys);
    Map<String, long[]> hazards = hazardCounts(keys, today);
    Map<String, EscalationLevel> escalations = escalations(keys);
    Map<String, Long> openFindings =
        findings.getIfUnique(InspectionFindings::none).openFindingsOf(usccs);
    Map<String, Long> activeAlarms = alarms.getIfUnique(ActiveAlarms::none).activeAlarmsOf(usccs);
    Map<String, SafetyCodeInputs> result = new HashMap<>();
    for (String uscc : usccs) {
      long[] h = hazards.getOrDefault(uscc, new long[5]);
      result.put(
          uscc,
          new SafetyCodeInputs(
              colours.get(uscc),
              levels.get(uscc),
              h[0],
              h[1],
              h[2],
              h[3],
              h[4],
              escalations.get(uscc),
              openFindings.getOrDefault(uscc, 0L),
              activeAlarms.getOrDefault(uscc, 0L)));
    }
    return result;
  }

  private Map<String, RiskColour> riskColours(String[] keys) {
    Map<String, RiskColour> m = new HashMap<>();
    jdbc.sql(
            "SELECT DISTINCT enterprise_uscc, current_colour FROM risk_object"
                + " WHERE enterprise_uscc = ANY(:keys) AND current_colour IS NOT NULL")
        .param("keys", keys)
        .query(
            rs -> {
              RiskColour c = RiskColour.valueOf(rs.getString(2));
              m.merge(rs.getString(1), c, (a, b) -> a.higherThan(b) ? a : b);
            });
    return m;
  }

  private Map<String, MajorHazardLevel> majorHazardLevels(String[] keys) {
    Map<String, MajorHazardLevel> m = new HashMap<>();
    jdbc.sql(
            "SELECT DISTINCT uscc, level FROM risk_mh_site"
                + " WHERE uscc = ANY(:keys) AND level IS NOT NULL")
        .param("keys", keys)
        .query(
            rs -> {
              MajorHazardLevel l = MajorHazardLevel.valueOf(rs.getString(2));
              m.merge(rs.getString(1), l, (a, b) -> a.graverThan(b) ? a : b);
            });
    return m;
  }

  /** open, open major, supervised major, overdue, max days overdue. */
  private Map<String, long[]> hazardCounts(String[] keys, LocalDate today) {
    Map<String, long[]> m = new HashMap<>();
    jdbc.sql(
            """
            SELECT enterprise_uscc,
              count(*) FILTER (WHERE state <> 'CLOSED'),
              count(*) FILTER (WHERE state <> 'CLOSED' AND grade = 'MAJOR'),
              count(*) FILTER (WHERE state <> 'CLOSED' AND grade = 'MAJOR' AND supervised),
              count(*) FILTER (WHERE state IN ('ASSIGNED', 'RECTIFYING') AND deadline < :today),
              coalesce(max(:today - deadline)
                FILTER (WHERE state IN ('ASSIGNED', 'RECTIFYING') AND deadline < :today), 0)
            FROM hazard WHERE enterprise_uscc = ANY(:keys) AND state <> 'CLOSED'
            GROUP BY enterprise_uscc""")
        .param("keys", keys)
        .param("today", Date.valueOf(today))
        .query(
            rs -> {
              m.put(
                  rs.getString(1),
                  new long[] {
                    rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)
                  });
            });
    return m;
  }

  private Map<String, EscalationLevel> escalations(String[] keys) {
    Map<String, EscalationLevel> m = new HashMap<>();
    jdbc.sql(
            "SELECT DISTINCT h.enterprise_uscc, e.level FROM hazard_escalation e"
                + " JOIN hazard h ON h.id = e.hazard_id"
                + " WHERE h.enterprise_uscc = ANY(:keys) AND h.state <> 'CLOSED'")
        .param("keys", keys)
        .query(
            rs -> {
              EscalationLevel l = EscalationLevel.valueOf(rs.getString(2));
              m.merge(rs.getString(1), l, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
            });
    return m;
  }
}
