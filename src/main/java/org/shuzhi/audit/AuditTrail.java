package org.shuzhi.audit;

/**
 * Writes to the append-only audit trail. The actor and role come from the security context and the
 * client IP from the current request, unless the entry names an actor explicitly.
 */
public interface AuditTrail {

  /**
   * Records the entry in the caller's transaction: the audit row commits or rolls back together
   * with the change it describes (or in a transaction of its own when there is none). If the row
   * cannot be written, the exception propagates and the change is rolled back: no unaudited change.
   */
  void record(AuditEntry entry);

  /**
   * Records the entry in a new transaction that commits even if the caller's transaction rolls
   * back. For failures and denials, whose business transaction is rolled back.
   */
  void recordIndependently(AuditEntry entry);
}
