package org.shuzhi.warning.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A warning message identifier after GB/T 35965.1-2018 Annex A (as quoted in the domain notes,
 * emergency.md §6; the exact clause is unconfirmed): {@code ZZZZZZDDDUUUXX_YYYYMMDDhhmmss_N}, 31
 * characters — 6-digit GB/T 2260 region code, 3-digit GB/T 4657 organisation code, 3-digit internal
 * unit code, 2-digit extension, 14-digit Beijing time, 1-digit sequence number.
 *
 * <p>Worked example: Xiaoshan (330109), unit code 00000100, sent 2026-06-01 08:30:00 Beijing time,
 * first message of that second: {@code 33010900000100_20260601083000_0}.
 *
 * @param regionCode 6 digits
 * @param unitCode 8 digits: organisation (3), unit (3), extension (2)
 * @param time Beijing time, whole seconds
 * @param sequence 0–9, distinguishing messages of the same unit in the same second
 */
public record WarningIdentifier(
    String regionCode, String unitCode, LocalDateTime time, int sequence) {

  public static final int LENGTH = 31;
  public static final Pattern PATTERN = Pattern.compile("\\d{14}_\\d{14}_\\d");
  static final Pattern REGION = Pattern.compile("\\d{6}");
  static final Pattern UNIT = Pattern.compile("\\d{8}");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  public WarningIdentifier {
    if (!REGION.matcher(regionCode).matches()) {
      throw new IllegalArgumentException("region code must be 6 digits: " + regionCode);
    }
    if (!UNIT.matcher(unitCode).matches()) {
      throw new IllegalArgumentException("unit code must be 8 digits: " + unitCode);
    }
    if (sequence < 0 || sequence > 9) {
      throw new IllegalArgumentException("sequence must be 0-9: " + sequence);
    }
    time = time.withNano(0);
  }

  /** Everything before the sequence number: messages sharing it differ only in the sequence. */
  public String prefix() {
    return regionCode + unitCode + "_" + TIME.format(time) + "_";
  }

  @Override
  public String toString() {
    return prefix() + sequence;
  }
}
