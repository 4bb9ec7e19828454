package org.shuzhi.hazard.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.hazard.EscalationLevel;

/**
 * When an unrectified hazard reaches each escalation level: {@code days} whole days after its
 * deadline (the deadline day itself is still in time). The job's SQL uses {@link #cutoff} so the
 * database and this rule cannot disagree.
 */
final class EscalationRule {

  private final int bulletinDays;
  private final int exposureDays;
  private final int warningDays;

  EscalationRule(int bulletinDays, int exposureDays, int warningDays) {
    this.bulletinDays = bulletinDays;
    this.exposureDays = exposureDays;
    this.warningDays = warningDays;
  }

  static EscalationRule of(HazardProperties.Escalation settings) {
    return new EscalationRule(
        settings.bulletinDays(), settings.exposureDays(), settings.warningDays());
  }

  int days(EscalationLevel level) {
    return switch (level) {
      case BULLETIN -> bulletinDays;
      case EXPOSURE -> exposureDays;
      case WARNING -> warningDays;
    };
  }

  /**
   * A hazard whose deadline is on or before this date has reached {@code level} on {@code today}.
   */
  LocalDate cutoff(EscalationLevel level, LocalDate today) {
    return today.minusDays(days(level));
  }

  /** The levels reached on {@code today} by a hazard due on {@code deadline}, lowest first. */
  List<EscalationLevel> reached(LocalDate deadline, LocalDate today) {
    List<EscalationLevel> levels = new ArrayList<>();
    for (EscalationLevel level : EscalationLevel.values()) {
      if (!deadline.isAfter(cutoff(level, today))) {
        levels.add(level);
      }
    }
    return levels;
  }

  /** Whole days past the deadline (0 or less: not overdue). */
  static long daysOverdue(LocalDate deadline, LocalDate today) {
    return ChronoUnit.DAYS.between(deadline, today);
  }
}
