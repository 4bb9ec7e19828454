package org.shuzhi.command.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;

/**
 * Text typed into a command form read into typed values. Blank means "not given" (the service then
 * says whether it is required); text that does not parse is collected with the field and the text
 * as typed, so the form reports every unreadable field at once before anything is saved.
 */
public final class FormInput {

  private final List<Violation> problems = new ArrayList<>();

  public BigDecimal decimal(String text, String field) {
    if (blank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new Violation(field, "input.number.invalid", text));
      return null;
    }
  }

  public Double number(String text, String field) {
    BigDecimal value = decimal(text, field);
    return value == null ? null : value.doubleValue();
  }

  public Long whole(String text, String field) {
    BigDecimal value = decimal(text, field);
    if (value == null) {
      return null;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      problems.add(new Violation(field, "input.integer.invalid", text));
      return null;
    }
  }

  public Integer integer(String text, String field) {
    Long value = whole(text, field);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      problems.add(new Violation(field, "input.integer.invalid", text));
      return null;
    }
    return value.intValue();
  }

  public LocalDate date(String text, String field) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new Violation(field, "command.import.dateInvalid", text));
      return null;
    }
  }

  public <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
    if (blank(text)) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new Violation(field, "command.import.unknownValue", text));
      return null;
    }
  }

  /** Adds a problem found while reading a structured field (e.g. a line of a list). */
  public void problem(String field, String messageKey, Object... arguments) {
    problems.add(new Violation(field, messageKey, arguments));
  }

  /** Refuses the form when any field did not parse. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(List.copyOf(problems));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
