package org.shuzhi.audit;

/** How it ended. Stored by name in {@code audit_event.outcome}. */
public enum AuditOutcome {
  SUCCESS,
  /** The action was attempted and failed (e.g. wrong password). */
  FAILURE,
  /** The action was refused for lack of permission. */
  DENIED
}
