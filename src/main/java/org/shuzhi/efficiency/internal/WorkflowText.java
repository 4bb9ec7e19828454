package org.shuzhi.efficiency.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Pieces of refusal messages: a status in the reader's language, a time in Beijing time. */
final class WorkflowText {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private WorkflowText() {}

  /** A message argument the message source renders as the status label of the reader's language. */
  static DefaultMessageSourceResolvable status(RunStatus status) {
    return new DefaultMessageSourceResolvable("efficiency.run.status." + status.name());
  }

  static String minute(Instant instant) {
    return MINUTE.format(instant.atZone(ZONE));
  }

  /** Trimmed text, null when blank. */
  static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
