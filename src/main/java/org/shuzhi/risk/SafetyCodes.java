package org.shuzhi.risk;

/**
 * The enterprise safety code (企业安全码) for other modules and trusted callers (the demo loader, a
 * benchmark): recomputation without data scope.
 */
public interface SafetyCodes {

  /** Recomputes the code of one enterprise; does nothing for a USCC not in the registry. */
  void recompute(String uscc);

  /**
   * Recomputes the codes of every registered enterprise in batches (bulk reads per batch) and
   * returns how many enterprises were evaluated. Idempotent: unchanged codes are not rewritten.
   */
  int recomputeAll();
}
