package org.shuzhi.efficiency.internal.improvement;

import org.shuzhi.platform.InvalidInputException;

/** Query parameters of case lists and the dashboard, checked: an unknown value is refused. */
final class CaseFilters {

  private CaseFilters() {}

  /** {@code status} may also be OVERDUE (open cases past their deadline). */
  static CaseRepository.CaseFilter of(Integer year, String kind, String status, String town) {
    ImprovementKind k = null;
    if (kind != null && !kind.isBlank()) {
      k = ImprovementKind.of(kind.trim());
      if (k == null) {
        throw new InvalidInputException("kind", "efficiency.improvement.kind.invalid", kind);
      }
    }
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
    String t = town == null || town.isBlank() ? null : town.trim();
    return new CaseRepository.CaseFilter(year, k, s, overdue, t);
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
