package org.shuzhi.risk.internal.safetycode;

import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/**
 * What an enterprise's safety code is computed from, as of one moment.
 *
 * @param riskColour highest current colour of its risk objects, null when none is assessed
 * @param majorHazardLevel gravest level of its GB 18218 sites, null when none is a major hazard
 * @param openHazards hazards not closed
 * @param openMajorHazards open hazards graded major (重大事故隐患)
 * @param supervisedMajorHazards open major hazards under supervised listing (挂牌督办)
 * @param overdueHazards hazards awaiting rectification past their deadline
 * @param maxDaysOverdue days the most overdue of them is past its deadline, 0 when none
 * @param highestEscalation highest escalation reached by an open hazard, null when none
 * @param inspectionFindings open inspection findings (0 without an {@link
 *     org.shuzhi.risk.InspectionFindings} provider)
 * @param activeAlarms active monitoring alarms of the enterprise's devices (raised, not yet
 *     cleared)
 */
record SafetyCodeInputs(
    RiskColour riskColour,
    MajorHazardLevel majorHazardLevel,
    long openHazards,
    long openMajorHazards,
    long supervisedMajorHazards,
    long overdueHazards,
    long maxDaysOverdue,
    EscalationLevel highestEscalation,
    long inspectionFindings,
    long activeAlarms) {

  static SafetyCodeInputs nothing() {
    return new SafetyCodeInputs(null, null, 0, 0, 0, 0, 0, null, 0, 0);
  }
}
