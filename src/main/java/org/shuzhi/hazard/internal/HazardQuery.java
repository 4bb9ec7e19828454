package org.shuzhi.hazard.internal;

import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;

/**
 * Filters of the hazard list; null means "any".
 *
 * @param overdue true: only overdue; false: only not overdue
 * @param open true: only hazards not closed yet (the cockpit's "open" figure); null or false: any
 */
record HazardQuery(
    String townCode,
    Long gridId,
    HazardGrade grade,
    HazardState state,
    Boolean overdue,
    Boolean open,
    String enterpriseUscc,
    int page,
    int size) {

  static final int MAX_SIZE = 200;

  HazardQuery {
    townCode = townCode == null || townCode.isBlank() ? null : townCode.trim();
    enterpriseUscc =
        enterpriseUscc == null || enterpriseUscc.isBlank() ? null : enterpriseUscc.trim();
    page = Math.max(page, 0);
    size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
  }
}
