package org.shuzhi.monitoring.internal.alarms;

/** Where an alarm is in its lifecycle (告警生命周期). Stored by name. */
public enum AlarmState {
  /** The condition holds and nobody has acknowledged it yet: it escalates. */
  RAISED,
  /** A duty officer took it on; the condition may still hold. */
  ACKNOWLEDGED,
  /** The condition stopped holding; waits to be closed. */
  CLEARED,
  /** Handled and filed. */
  CLOSED;

  /** Whether the condition still holds (counts for the safety code, one per rule and device). */
  public boolean active() {
    return this == RAISED || this == ACKNOWLEDGED;
  }
}
