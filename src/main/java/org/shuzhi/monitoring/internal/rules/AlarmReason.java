package org.shuzhi.monitoring.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * Why a decision was taken, as message keys of the {@code monitoring-rules} bundle with their
 * arguments, so that the alarm can be shown in any language.
 *
 * @param parts one per condition that held (or, for a clear, the values now)
 */
public record AlarmReason(List<Part> parts) {

  public AlarmReason {
    parts = List.copyOf(parts);
  }

  /**
   * One sentence.
   *
   * @param key message key
   * @param arguments its arguments
   */
  public record Part(String key, List<Object> arguments) {

    public Part(String key, Object... arguments) {
      this(key, List.of(arguments));
    }
  }

  /** The reason as text in the locale, sentences joined by "; ". */
  public String text(MessageSource messages, Locale locale) {
    return parts.stream()
        .map(p -> messages.getMessage(p.key(), p.arguments().toArray(), p.key(), locale))
        .collect(Collectors.joining("; "));
  }
}
