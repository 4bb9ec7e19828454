package org.shuzhi.inspection.internal;

import org.shuzhi.risk.RiskColour;

/**
 * What the enforcement list is asked for: filters (null for the whole data scope) and how many
 * enterprises to rank, kept between 1 and {@link #MAX_TOP} (the page and the API take any number).
 *
 * @param townCode NBS 9-digit town code
 * @param gridId the grid the enterprise lies in now (the enterprise registry's)
 * @param colour the risk colour the ranking scores the enterprise by
 */
record EnforcementQuery(String townCode, Long gridId, RiskColour colour, int top) {

  static final int DEFAULT_TOP = 50;
  static final int MAX_TOP = 500;

  EnforcementQuery {
    townCode = townCode == null || townCode.isBlank() ? null : townCode.trim();
    top = Math.max(1, Math.min(top, MAX_TOP));
  }
}
