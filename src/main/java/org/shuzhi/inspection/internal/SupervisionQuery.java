package org.shuzhi.inspection.internal;

import org.shuzhi.risk.RiskColour;

/**
 * Filters of the supervision list (分级监管台账); null means any. Within the reader's data scope whatever
 * the filters ask for.
 *
 * @param gridId the enterprise's grid as the register last saw it
 * @param colour the enterprise's risk colour (风险四色) as the register last saw it
 * @param page zero-based
 * @param size rows per page, 1 to {@link #MAX_SIZE} (default 100)
 */
record SupervisionQuery(
    String townCode, Long gridId, SupervisionTier tier, RiskColour colour, int page, int size) {

  static final int DEFAULT_SIZE = 100;
  static final int MAX_SIZE = 1000;

  SupervisionQuery {
    townCode = townCode == null || townCode.isBlank() ? null : townCode.trim();
    page = Math.max(page, 0);
    size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  long offset() {
    return (long) page * size;
  }
}
