package org.shuzhi.command;

/** Whether a rescue team can be sent: only ON_DUTY teams are proposed and dispatched. */
public enum DutyState {
  ON_DUTY,
  OFF_DUTY,
  /** Sent to an incident; back to ON_DUTY when its dispatch is released. */
  DISPATCHED
}
