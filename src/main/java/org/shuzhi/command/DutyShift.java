package org.shuzhi.command;

import java.time.LocalTime;

/**
 * Duty shifts (班次) on a duty date, Asia/Shanghai: day 08:00–20:00, night 20:00–08:00 the next
 * morning, full day 08:00–08:00 (24-hour duty, the usual 值班 pattern of township offices).
 */
public enum DutyShift {
  DAY(LocalTime.of(8, 0), 12),
  NIGHT(LocalTime.of(20, 0), 12),
  FULL_DAY(LocalTime.of(8, 0), 24);

  private final LocalTime start;
  private final int hours;

  DutyShift(LocalTime start, int hours) {
    this.start = start;
    this.hours = hours;
  }

  public LocalTime start() {
    return start;
  }

  public int hours() {
    return hours;
  }
}
