package org.shuzhi.risk.internal.safetycode;

import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/** Builds {@link SafetyCodeInputs} field by field for the rule tests; unset counts are 0. */
final class SafetyCodeInputsBuilder {
  private RiskColour riskColour;
  private MajorHazardLevel level;
  private long open;
  private long major;
  private long supervised;
  private long overdue;
  private long daysOverdue;
  private EscalationLevel escalation;
  private long findings;
  private long alarms;

  SafetyCodeInputsBuilder riskColour(RiskColour v) {
    riskColour = v;
    return this;
  }

  SafetyCodeInputsBuilder level(MajorHazardLevel v) {
    level = v;
    return this;
  }

  SafetyCodeInputsBuilder open(long v) {
    open = v;
    return this;
  }

  SafetyCodeInputsBuilder major(long v) {
    major = v;
    return this;
  }

  SafetyCodeInputsBuilder supervised(long v) {
    supervised = v;
    return this;
  }

  SafetyCodeInputsBuilder overdue(long v) {
    overdue = v;
    return this;
  }

  SafetyCodeInputsBuilder daysOverdue(long v) {
    daysOverdue = v;
    return this;
  }

  SafetyCodeInputsBuilder escalation(EscalationLevel v) {
    escalation = v;
    return this;
  }

  SafetyCodeInputsBuilder findings(long v) {
    findings = v;
    return this;
  }

  SafetyCodeInputsBuilder alarms(long v) {
    alarms = v;
    return this;
  }

  SafetyCodeInputs build() {
    return new SafetyCodeInputs(
        riskColour,
        level,
        open,
        major,
        supervised,
        overdue,
        daysOverdue,
        escalation,
        findings,
        alarms);
  }
}
