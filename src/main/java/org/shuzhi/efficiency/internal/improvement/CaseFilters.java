package org.shuzhi.efficiency.internal.improvement;

import org.shuzhi.platform.InvalidInputException;

/** Query parameters of case lists and the dashboard, checked: an unknown value is refused. */
final class CaseFilters {

  private CaseFilters() {}

  /** {@code status} may also be OVERDUE (open cases past their deadline). */
  static CaseRepository.CaseFilter of(Integer year, String kind, String status, String town) {
    ImprovementKind k = kind == null || kind.isBlank() ? null : kind(kind.trim());
    CaseStatus s = null;
    boolean overdue = false;
    if (status != null && !status.isBlank()) {
      if ("OVERDUE".equalsIgnoreCase(status.trim())) {
        overdue = true;
      } else {
        s = CaseStatus.of(status.trim());
        if (s == null) {
          throw new InvalidInputException(
              "status", "efficiency.improvement.status.invalid", status);
        }
      }
    }
    return new CaseRepository.CaseFilter(year, k, s, overdue, town(town));
  }

  /** A list kind (LOW_EFFICIENCY or ZERO_TAX, any case); anything else is refused. */
  static ImprovementKind kind(String text) {
    ImprovementKind kind = ImprovementKind.of(text);
    if (kind == null) {
      throw new InvalidInputException("kind", "efficiency.improvement.kind.invalid", text);
    }
    return kind;
  }

  /** An optional town code: blank means all towns (null), otherwise trimmed. */
  static String town(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  static boolean allCases(String basis) {
    if (basis == null || basis.isBlank() || "CLOSED".equalsIgnoreCase(basis.trim())) {
      return false;
    }
    if ("ALL".equalsIgnoreCase(basis.trim())) {
      return true;
    }
    throw new InvalidInputException("basis", "efficiency.improvement.basis.invalid", basis);
  }
}
