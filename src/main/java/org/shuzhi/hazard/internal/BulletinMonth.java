package org.shuzhi.hazard.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.shuzhi.platform.InvalidInputException;

/** The {@code month=YYYY-MM} parameter of bulletin pages. */
final class BulletinMonth {

  private BulletinMonth() {}

  static Optional<String> parse(String month) {
    if (month == null || month.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(month.trim()).toString());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "hazard.bulletin.month.invalid", month);
    }
  }
}
