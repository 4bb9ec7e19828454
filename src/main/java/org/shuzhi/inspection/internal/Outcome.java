package org.shuzhi.inspection.internal;

import java.util.Locale;
import org.shuzhi.platform.InvalidInputException;

/** The answer to a checklist item. */
enum Outcome {
  PASS,
  FAIL,
  /** Not applicable to this enterprise. */
  NA;

  /**
   * The outcome named by {@code text} (as a form or API client sends it); null for blank text (not
   * answered).
   *
   * @throws InvalidInputException for any other text
   */
  static Outcome parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("outcome", "inspection.outcome.invalid", text);
    }
  }
}
