package org.shuzhi.monitoring.internal.rules;

/** What the alarm lifecycle should do with the (rule, device) alarm. */
public enum DecisionKind {
  /** The condition started to hold: open an alarm. */
  RAISE,
  /** Still holds, with a new severity or value: update the open alarm. */
  UPDATE,
  /** Stopped holding (or the rule was removed): clear the alarm. */
  CLEAR
}
