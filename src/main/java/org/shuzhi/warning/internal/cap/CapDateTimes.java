package org.shuzhi.warning.internal.cap;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * CAP 1.2 date-times (§3.3.2): whole seconds with an explicit numeric offset, never "Z" (UTC is
 * written -00:00). The schema's pattern {@code \d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[-,+]\d\d:\d\d}
 * enforces it.
 */
public final class CapDateTimes {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private CapDateTimes() {}

  public static String format(OffsetDateTime time) {
    String text = FORMAT.format(time.truncatedTo(ChronoUnit.SECONDS));
    return text.endsWith("+00:00") ? text.substring(0, text.length() - 6) + "-00:00" : text;
  }

  /** Parses a CAP date-time (also accepts -00:00). */
  public static OffsetDateTime parse(String text) {
    return OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
