package org.shuzhi.inspection.internal;

import java.util.Locale;
import org.shuzhi.platform.InvalidInputException;

/** Kinds of administrative penalty recorded on an inspection (《安全生产法》 ch. VI: 警告, 罚款, 责令停产停业整顿). */
enum PenaltyKind {
  WARNING,
  FINE,
  SUSPENSION;

  /**
   * The kind named by {@code text}; null for blank text (the service reports it as missing).
   *
   * @throws InvalidInputException for any other text
   */
  static PenaltyKind parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("penaltyKind", "inspection.penaltyKind.invalid", text);
    }
  }
}
