package org.shuzhi.platform;

import java.math.BigDecimal;

/**
 * Numbers typed into forms: blank means "not given", anything else must parse, or the field is
 * reported with the text the user typed (message {@code input.number.invalid}).
 */
public final class NumberInput {

  private NumberInput() {}

  public static Double decimalNumber(String text, String field) {
    return text == null || text.isBlank() ? null : decimal(text, field).doubleValue();
  }

  public static BigDecimal decimal(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "input.number.invalid", text);
    }
  }

  public static Integer integer(String text, String field) {
    BigDecimal value = decimal(text, field);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInputException(field, "input.integer.invalid", text);
    }
  }
}
