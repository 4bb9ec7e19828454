package org.shuzhi.risk.internal.safetycode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.shuzhi.hazard.HazardFigures;
import org.shuzhi.hazard.HazardStatistics;
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
 * <p>Risk colours and major-hazard levels come from this module's own tables; hazard figures
 * through the hazard module's bulk API ({@link HazardStatistics#figuresOf}).
 */
@Component
class SafetyCodeInputReader {

  private final JdbcClient jdbc;
  private final HazardStatistics hazardStatistics;
  private final ObjectProvider<InspectionFindings> findings;
  private final ObjectProvider<ActiveAlarms> alarms;

  SafetyCodeInputReader(
      JdbcClient jdbc,
      HazardStatistics hazardStatistics,
      ObjectProvider<InspectionFindings> findings,
      ObjectProvider<ActiveAlarms> alarms) {
    this.jdbc = jdbc;
    this.hazardStatistics = hazardStatistics;
    this.findings = findings;
    this.alarms = alarms;
  }

  /** Inputs per USCC for the given enterprises; every USCC asked for has an entry. */
  Map<String, SafetyCodeInputs> read(Collection<String> usccs, LocalDate today) {
    String[] keys = usccs.toArray(String[]::new);
    Map<String, RiskColour> colours = riskColours(keys);
    Map<String, MajorHazardLevel> levels = majorHazardLevels(keys);
    Map<String, HazardFigures> hazards = hazardStatistics.figuresOf(usccs);
    Map<String, Long> openFindings =
        findings.getIfUnique(InspectionFindings::none).openFindingsOf(usccs);
    Map<String, Long> activeAlarms = alarms.getIfUnique(ActiveAlarms::none).activeAlarmsOf(usccs);
    Map<String, SafetyCodeInputs> result = new HashMap<>();
    for (String uscc : usccs) {
      HazardFigures h = hazards.getOrDefault(uscc, HazardFigures.NONE);
      result.put(
          uscc,
          new SafetyCodeInputs(
              colours.get(uscc),
              levels.get(uscc),
              h.open(),
              h.openMajor(),
              h.supervisedMajor(),
              h.overdue(),
              h.maxDaysOverdue(),
              h.highestEscalation(),
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
}
