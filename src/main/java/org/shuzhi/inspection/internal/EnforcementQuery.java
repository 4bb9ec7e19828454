package org.shuzhi.inspection.internal;

/**
 * What the enforcement list is asked for: a town (null for the whole data scope) and how many
 * enterprises to rank, kept between 1 and {@link #MAX_TOP} (the page and the API take any number).
 */
record EnforcementQuery(String townCode, int top) {

  static final int DEFAULT_TOP = 50;
  static final int MAX_TOP = 500;

  EnforcementQuery {
    townCode = townCode == null || townCode.isBlank() ? null : townCode.trim();
    top = Math.max(1, Math.min(top, MAX_TOP));
  }
}
