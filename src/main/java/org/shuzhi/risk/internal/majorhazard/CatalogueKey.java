package org.shuzhi.risk.internal.majorhazard;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key of a catalogue entry: its CAS number or, for the GB 18218-2018 Table 1 rows that have
 * none (煤气, 硝酸铵肥料 …), a catalogue code such as {@code GB18218-T1-COAL-GAS}. The API, the site form
 * and the admin pages accept either wherever they ask for a CAS number.
 *
 * <p>Codes are upper-case letters and digits in at least two hyphen-separated parts and start with
 * a letter, so they can never be mistaken for a CAS number (which starts with a digit).
 */
final class CatalogueKey {

  static final int MAX_CODE_LENGTH = 40;

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  private CatalogueKey() {}

  /**
   * The key in its stored form (a CAS number as given, a code in upper case), or empty when the
   * text is neither a valid CAS number nor a well-formed code.
   */
  static Optional<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String stripped = text.strip();
    if (CasNumber.valid(stripped)) {
      return Optional.of(stripped);
    }
    String upper = stripped.toUpperCase(Locale.ROOT);
    return upper.length() <= MAX_CODE_LENGTH && CODE.matcher(upper).matches()
        ? Optional.of(upper)
        : Optional.empty();
  }

  /** A key that is a catalogue code rather than a CAS number. */
  static boolean isCode(String key) {
    return key != null && !key.isEmpty() && Character.isLetter(key.charAt(0));
  }
}
