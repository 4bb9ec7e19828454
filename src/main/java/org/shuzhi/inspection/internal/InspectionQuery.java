package org.shuzhi.inspection.internal;

/**
 * Filters of the inspection list (every state, newest first); null means any.
 *
 * @param enterpriseUscc one enterprise's inspections
 * @param checklist a checklist code
 */
record InspectionQuery(
    String townCode,
    Long gridId,
    InspectionState state,
    String enterpriseUscc,
    String checklist,
    int page,
    int size) {

  static final int MAX_SIZE = 200;

  InspectionQuery {
    townCode = blankToNull(townCode);
    enterpriseUscc = enterpriseUscc == null ? null : blankToNull(enterpriseUscc.toUpperCase());
    checklist = blankToNull(checklist);
    page = Math.max(page, 0);
    size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
