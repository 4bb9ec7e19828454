package org.shuzhi.efficiency.internal.improvement;

/**
 * Stored states of a case: OPEN → IN_PROGRESS → CLOSED (销号). OVERDUE is not stored: a case not
 * closed by its deadline is shown as overdue.
 */
public enum CaseStatus {
  OPEN,
  IN_PROGRESS,
  CLOSED;

  static CaseStatus of(String text) {
    for (CaseStatus s : values()) {
      if (s.name().equalsIgnoreCase(text)) {
        return s;
      }
    }
    return null;
  }
}
