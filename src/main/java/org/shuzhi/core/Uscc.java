package org.shuzhi.core;

import java.util.Locale;

/**
 * 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015: 18 characters — registration authority (1),
 * entity type (2), GB/T 2260 division code (3–8), GB 11714 organization code with its own check
 * character (9–17), check character (18).
 *
 * <p>The canonical constructor accepts only the canonical form (upper case, no blanks); use {@link
 * #parse(String)} for user input.
 */
public record Uscc(String value) {

  /**
   * GB 32100-2015 code set: digits and upper-case letters without I, O, S, V, Z (31 characters).
   */
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** GB 32100-2015 weights for positions 1–17 (3^(i-1) mod 31). */
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /** GB 11714-1997 weights for the 8 body characters of the organization code. */
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  public static final int LENGTH = 18;

  public Uscc {
    if (value == null) {
      throw new InvalidUsccException(InvalidUsccException.Problem.LENGTH, 1, 0);
    }
    validate(value);
  }

  /** Parses user input: surrounding blanks are ignored and lower case is accepted. */
  public static Uscc parse(String raw) {
    if (raw == null) {
      throw new InvalidUsccException(InvalidUsccException.Problem.LENGTH, 1, 0);
    }
    return new Uscc(raw.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * Completes 16 leading characters with both check characters (positions 17 and 18), e.g. for
   * generating synthetic codes.
   */
  public static Uscc withCheckCharacters(String first16) {
    if (first16 == null || first16.length() != 16) {
      throw new IllegalArgumentException("need exactly 16 characters");
    }
    String first17 = first16 + organizationCodeCheck(first16.substring(8));
    return new Uscc(first17 + checkCharacter(first17));
  }

  /** The GB 32100 check character (position 18) for the first 17 characters. */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException("need exactly 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = CHARSET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("not a GB 32100 character at position " + (i + 1));
      }
      sum += v * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CHARSET.charAt(check == 31 ? 0 : check);
  }

  /**
   * The GB 11714 check character of an organization code body (8 digits or capital letters; letters
   * count A=10 … Z=35): 11 − (Σ mod 11), where 10 is written 'X' and 11 is written '0'.
   */
  public static char organizationCodeCheck(String first8) {
    if (first8 == null || first8.length() != 8) {
      throw new IllegalArgumentException("need exactly 8 characters");
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += organizationValue(first8.charAt(i), i) * ORGANIZATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return switch (check) {
      case 10 -> 'X';
      case 11 -> '0';
      default -> (char) ('0' + check);
    };
  }

  /** Positions 3–8: the GB/T 2260 administrative division code of the registering authority. */
  public String divisionCode() {
    return value.substring(2, 8);
  }

  /** Positions 9–17: the GB 11714 organization code (主体标识码), including its check character. */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  @Override
  public String toString() {
    return value;
  }

  private static int organizationValue(char c, int index) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    throw new IllegalArgumentException("not a GB 11714 character at position " + (index + 1));
  }

  private static void validate(String value) {
    if (value.length() != LENGTH) {
      int position = value.length() < LENGTH ? value.length() + 1 : LENGTH + 1;
      throw new InvalidUsccException(InvalidUsccException.Problem.LENGTH, position, value.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = value.charAt(i);
      if (CHARSET.indexOf(c) < 0) {
        throw new InvalidUsccException(InvalidUsccException.Problem.CHARACTER, i + 1, c);
      }
    }
    for (int i = 2; i < 8; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidUsccException(InvalidUsccException.Problem.DIVISION_CODE, i + 1, c);
      }
    }
    char organizationCheck = organizationCodeCheck(value.substring(8, 16));
    if (value.charAt(16) != organizationCheck) {
      throw new InvalidUsccException(
          InvalidUsccException.Problem.ORGANIZATION_CODE_CHECK, 17, organizationCheck);
    }
    char check = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != check) {
      throw new InvalidUsccException(InvalidUsccException.Problem.CHECK_CHARACTER, 18, check);
    }
  }
}
