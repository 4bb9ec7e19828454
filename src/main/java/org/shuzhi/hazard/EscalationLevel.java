package org.shuzhi.hazard;

/**
 * Escalation of a hazard left unrectified past its deadline, the "一月一通报、二月一曝光、三月一警示" ladder (read
 * as T+30/60/90 days; the days are configuration, see {@code shuzhi.hazard.escalation.*}). Stored
 * by name in {@code hazard_escalation.level}.
 */
public enum EscalationLevel {
  /** 通报: named in the monthly bulletin. */
  BULLETIN,
  /** 曝光: listed on the public exposure page. */
  EXPOSURE,
  /** 警示约谈: a warning-interview task for the supervising department. */
  WARNING
}
