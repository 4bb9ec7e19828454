package org.shuzhi.inspection.internal;

import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/**
 * A change of one enterprise's supervision.
 *
 * @param from the supervision before, null when it was not under planned supervision
 * @param to the supervision after, null when it no longer is
 * @param colour the risk colour that gave {@code to}
 * @param level the major-hazard level that gave {@code to}
 */
record TierChange(
    String uscc,
    String townCode,
    Supervision from,
    Supervision to,
    RiskColour colour,
    MajorHazardLevel level) {

  /** What caused the change. */
  enum Cause {
    /** The refresh of every enterprise run by the monthly plan. */
    PLAN,
    /**
     * The enterprise's risk colour or major-hazard level changed ({@code EnterpriseRiskChanged}).
     */
    RISK_CHANGED,
    /** An administrator added, edited or removed a tier rule ({@code TierRulesChanged}). */
    RULES_CHANGED
  }
}
