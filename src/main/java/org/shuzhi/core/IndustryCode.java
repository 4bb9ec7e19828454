package org.shuzhi.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GB/T 4754-2017 国民经济行业分类 code at division (大类, 2 digits), group (中类, 3 digits) or class (小类, 4
 * digits) level, always held with its section (门类) letter, e.g. {@code C2823}.
 *
 * <p>Only the section/division structure is checked (divisions 01–97 and the section each belongs
 * to); whether a given group or class exists is not, since the full class table is not shipped.
 */
public record IndustryCode(String value) {

  private static final Pattern FORM = Pattern.compile("([A-Za-z]?)(\\d{2,4})");

  /**
   * First and last division of each section A–T, GB/T 4754-2017 table 1. Index 0 is section A. Kept
   * in code (not only in the catalogue file) so that parsing needs no resource.
   */
  private static final int[][] SECTION_DIVISIONS = {
    {1, 5}, // A 农、林、牧、渔业
    {6, 12}, // B 采矿业
    {13, 43}, // C 制造业
    {44, 46}, // D 电力、热力、燃气及水生产和供应业
    {47, 50}, // E 建筑业
    {51, 52}, // F 批发和零售业
    {53, 60}, // G 交通运输、仓储和邮政业
    {61, 62}, // H 住宿和餐饮业
    {63, 65}, // I 信息传输、软件和信息技术服务业
    {66, 69}, // J 金融业
    {70, 70}, // K 房地产业
    {71, 72}, // L 租赁和商务服务业
    {73, 75}, // M 科学研究和技术服务业
    {76, 79}, // N 水利、环境和公共设施管理业
    {80, 82}, // O 居民服务、修理和其他服务业
    {83, 83}, // P 教育
    {84, 85}, // Q 卫生和社会工作
    {86, 90}, // R 文化、体育和娱乐业
    {91, 96}, // S 公共管理、社会保障和社会组织
    {97, 97}, // T 国际组织
  };

  public IndustryCode {
    if (value == null) {
      throw new InvalidIndustryCodeException(InvalidIndustryCodeException.Problem.FORMAT, "");
    }
    if (!canonicalForm(value).equals(value)) {
      // Canonical form only: section letter in upper case, nothing around it.
      throw new InvalidIndustryCodeException(InvalidIndustryCodeException.Problem.FORMAT, value);
    }
  }

  /**
   * Parses {@code C2823}, {@code c282}, {@code C28} or a bare {@code 2823} (the section is derived
   * from the division). Blanks around the code are ignored.
   */
  public static IndustryCode parse(String raw) {
    return new IndustryCode(canonicalForm(raw));
  }

  private static String canonicalForm(String raw) {
    String input = raw == null ? "" : raw.strip();
    Matcher m = FORM.matcher(input);
    if (!m.matches()) {
      throw new InvalidIndustryCodeException(InvalidIndustryCodeException.Problem.FORMAT, input);
    }
    String digits = m.group(2);
    int division = Integer.parseInt(digits.substring(0, 2));
    char derived = sectionOfDivision(division);
    if (derived == 0) {
      throw new InvalidIndustryCodeException(
          InvalidIndustryCodeException.Problem.DIVISION, input, digits.substring(0, 2));
    }
    if (!m.group(1).isEmpty()) {
      char given = m.group(1).toUpperCase(Locale.ROOT).charAt(0);
      if (given > 'T') {
        throw new InvalidIndustryCodeException(
            InvalidIndustryCodeException.Problem.SECTION, input, String.valueOf(given));
      }
      if (given != derived) {
        throw new InvalidIndustryCodeException(
            InvalidIndustryCodeException.Problem.SECTION_MISMATCH, input, String.valueOf(derived));
      }
    }
    return derived + digits;
  }

  /** The section letter A–T whose range holds the division, or {@code 0} if there is none. */
  static char sectionOfDivision(int division) {
    for (int i = 0; i < SECTION_DIVISIONS.length; i++) {
      if (division >= SECTION_DIVISIONS[i][0] && division <= SECTION_DIVISIONS[i][1]) {
        return (char) ('A' + i);
      }
    }
    return 0;
  }

  /** 门类 letter A–T. */
  public char section() {
    return value.charAt(0);
  }

  /** 大类: the two-digit division, e.g. {@code 28}. */
  public String division() {
    return value.substring(1, 3);
  }

  /** The digits without the section letter, e.g. {@code 2823}. */
  public String digits() {
    return value.substring(1);
  }

  /** 2 = division (大类), 3 = group (中类), 4 = class (小类). */
  public int digitCount() {
    return value.length() - 1;
  }

  /** The division this code falls in, e.g. {@code C28} for {@code C2823}. */
  public IndustryCode toDivision() {
    return digitCount() == 2 ? this : new IndustryCode(value.substring(0, 3));
  }

  @Override
  public String toString() {
    return value;
  }
}
