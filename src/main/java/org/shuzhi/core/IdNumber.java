package org.shuzhi.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * 公民身份号码, GB 11643-1999: 6-digit address code (GB/T 2260), 8-digit birth date, 3-digit order code,
 * check character (ISO 7064 MOD 11-2). Sensitive personal information under PIPL art. 28: {@link
 * #toString()} is masked; show {@link #masked()} unless a reveal is authorised and audited.
 */
public record IdNumber(String value) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  public static final int LENGTH = 18;

  public IdNumber {
    if (value == null) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Problem.LENGTH, 1, 0);
    }
    validate(value);
  }

  /** Parses user input: surrounding blanks are ignored and a lower-case {@code x} is accepted. */
  public static IdNumber parse(String raw) {
    if (raw == null) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Problem.LENGTH, 1, 0);
    }
    return new IdNumber(raw.strip().toUpperCase(Locale.ROOT));
  }

  /** The check character (position 18) for the first 17 digits. */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException("need exactly 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit at position " + (i + 1));
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /**
   * Masks any stored ID text: keeps the first 4 and last 4 characters ({@code 3301**********1234});
   * text of 8 characters or fewer is masked completely.
   */
  public static String mask(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= 8) {
      return "*".repeat(text.length());
    }
    return text.substring(0, 4) + "*".repeat(text.length() - 8) + text.substring(text.length() - 4);
  }

  /** Positions 1–6: the GB/T 2260 code of the place of household registration at issue. */
  public String divisionCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
  }

  public String masked() {
    return mask(value);
  }

  @Override
  public String toString() {
    return masked();
  }

  private static void validate(String value) {
    if (value.length() != LENGTH) {
      int position = value.length() < LENGTH ? value.length() + 1 : LENGTH + 1;
      throw new InvalidIdNumberException(
          InvalidIdNumberException.Problem.LENGTH, position, value.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = value.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (i == LENGTH - 1 && c == 'X');
      if (!ok) {
        throw new InvalidIdNumberException(InvalidIdNumberException.Problem.CHARACTER, i + 1, "");
      }
    }
    try {
      LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    } catch (DateTimeException e) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Problem.BIRTH_DATE, 7, "");
    }
    char check = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != check) {
      throw new InvalidIdNumberException(InvalidIdNumberException.Problem.CHECK_DIGIT, 18, check);
    }
  }
}
