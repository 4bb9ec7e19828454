package org.shuzhi.command;

/**
 * The course of an incident (突发事件): reported (接报) → responding (响应中) → under control (已控制) → closed
 * (已结束, after the after-action review). Declared in that order; an incident only moves forward.
 */
public enum IncidentStatus {
  REPORTED,
  RESPONDING,
  UNDER_CONTROL,
  CLOSED;

  public boolean open() {
    return this != CLOSED;
  }
}
