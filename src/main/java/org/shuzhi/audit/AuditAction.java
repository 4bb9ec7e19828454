package org.shuzhi.audit;

/** What happened. Stored by name in {@code audit_event.action}, so never rename a constant. */
public enum AuditAction {
  LOGIN_SUCCESS,
  LOGIN_FAILURE,
  LOGOUT,
  /** An account was locked after too many failed logins (等保 8.1.4.1 b). */
  LOCKOUT,
  CREATE,
  UPDATE,
  DELETE,
  IMPORT,
  EXPORT,
  /** Role, data scope or the plaintext permission of an account changed. */
  PERMISSION_CHANGE,
  PASSWORD_CHANGE,
  MFA_ENROLMENT,
  /** Someone looked at a phone or ID number in plaintext (PIPL Art. 51). */
  PII_REVEAL,
  TOKEN_ISSUED,
  ACCESS_DENIED
}
