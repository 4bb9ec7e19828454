package org.shuzhi.inspection.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When an enterprise is due for inspection in a month: never inspected, or its last inspection plus
 * its frequency falls on or before the month's last day (so an enterprise inspected monthly on the
 * 15th is due again the next month, and one inspected quarterly on 15 January is due in April).
 */
final class DueRule {

  private DueRule() {}

  static boolean due(LocalDate lastInspected, int frequencyMonths, YearMonth month) {
    if (lastInspected == null) {
      return true;
    }
    return !lastInspected.plusMonths(frequencyMonths).isAfter(month.atEndOfMonth());
  }
}
