package org.shuzhi.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mainland-China phone number in canonical form: a mobile as 11 digits ({@code 13800138000}) or a
 * landline as area code, dash and local number ({@code 0571-82881234}). {@link #toString()} is
 * masked, so that the number does not leak into logs (PIPL art. 51: protect personal information).
 */
public record PhoneNumber(String value) {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})-(\\d{7,8})");
  private static final Pattern LANDLINE_INPUT = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
  private static final Pattern COUNTRY_PREFIX = Pattern.compile("^(\\+86|0086)");

  public PhoneNumber {
    if (value == null || !(MOBILE.matcher(value).matches() || isLandline(value))) {
      throw new InvalidPhoneNumberException();
    }
  }

  /**
   * Parses user input. Mobiles may contain blanks or dashes and a {@code +86}/{@code 0086} prefix
   * ({@code 138 0013 8000}, {@code +86 138-0013-8000}); landlines are {@code 0\d{2,3}-?\d{7,8}}
   * ({@code 0571-82881234}, {@code 057182881234}, {@code 010 12345678}).
   */
  public static PhoneNumber parse(String raw) {
    if (raw == null) {
      throw new InvalidPhoneNumberException();
    }
    String compact = raw.strip().replaceAll("\\s+", "");
    String digits = COUNTRY_PREFIX.matcher(compact.replace("-", "")).replaceFirst("");
    if (MOBILE.matcher(digits).matches()) {
      return new PhoneNumber(digits);
    }
    if (LANDLINE_INPUT.matcher(compact).matches()) {
      return new PhoneNumber(withAreaCodeDash(compact));
    }
    throw new InvalidPhoneNumberException();
  }

  /**
   * Masks any stored phone text: a mobile keeps its first 3 and last 4 digits ({@code
   * 138****1234}), a dashed landline keeps its area code and last 4 ({@code 0571-****1234}), and
   * anything else keeps only its last 2 characters.
   */
  public static String mask(String text) {
    if (text == null) {
      return "";
    }
    if (MOBILE.matcher(text).matches()) {
      return text.substring(0, 3) + "****" + text.substring(7);
    }
    Matcher landline = LANDLINE.matcher(text);
    if (landline.matches()) {
      String local = landline.group(2);
      return landline.group(1)
          + "-"
          + stars(local.length() - 4)
          + local.substring(local.length() - 4);
    }
    if (text.length() <= 2) {
      return stars(text.length());
    }
    return stars(text.length() - 2) + text.substring(text.length() - 2);
  }

  public boolean isMobile() {
    return MOBILE.matcher(value).matches();
  }

  /** The number for display in UI, API answers and exports. */
  public String masked() {
    return mask(value);
  }

  @Override
  public String toString() {
    return masked();
  }

  /**
   * Without a dash the area code is told by its prefix: 010 and 02x are three digits, all others
   * four (the national numbering plan's long-distance codes).
   */
  private static String withAreaCodeDash(String landline) {
    if (landline.indexOf('-') > 0) {
      return landline;
    }
    int areaLength = landline.startsWith("01") || landline.startsWith("02") ? 3 : 4;
    return landline.substring(0, areaLength) + "-" + landline.substring(areaLength);
  }

  private static boolean isLandline(String value) {
    Matcher m = LANDLINE.matcher(value);
    if (!m.matches()) {
      return false;
    }
    boolean shortArea = value.startsWith("01") || value.startsWith("02");
    return m.group(1).length() == (shortArea ? 3 : 4);
  }

  private static String stars(int n) {
    return "*".repeat(Math.max(0, n));
  }
}
