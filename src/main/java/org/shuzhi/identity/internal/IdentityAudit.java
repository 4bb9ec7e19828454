package org.shuzhi.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.identity.NewAccount;
import org.springframework.stereotype.Component;

/** Audit rows of the identity module: accounts, rights, credentials, lockouts, tokens. */
@Component
class IdentityAudit {

  static final String TARGET = "account";

  private final AuditTrail trail;

  IdentityAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void opened(NewAccount a) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("username", a.username());
    state.put("role", a.role().name());
    state.put("department", a.department());
    state.put("townCodes", a.townCodes());
    state.put("enterpriseUscc", a.enterpriseUscc());
    state.put("mayViewPlaintext", a.mayViewPlaintext());
    trail.record(AuditEntry.created(TARGET, a.username(), state));
    trail.record(
        AuditEntry.change(AuditAction.PERMISSION_CHANGE, TARGET, a.username(), null, state));
  }

  void passwordChanged(String username) {
    trail.record(AuditEntry.change(AuditAction.PASSWORD_CHANGE, TARGET, username, null, null));
  }

  void mfaEnrolled(String username) {
    trail.record(AuditEntry.change(AuditAction.MFA_ENROLMENT, TARGET, username, null, null));
  }

  /** Lockouts happen while nobody is signed in: the locked account is the actor. */
  void lockedOut(String username) {
    trail.recordIndependently(
        AuditEntry.change(AuditAction.LOCKOUT, TARGET, username, null, null)
            .asActor(username, null));
  }

  void tokenIssued(String username) {
    trail.record(
        AuditEntry.change(AuditAction.TOKEN_ISSUED, TARGET, username, null, null)
            .asActor(username, null));
  }

  /** Role, department, towns, enterprise or plaintext permission changed (security admin). */
  void rightsChanged(String username, Map<String, Object> before, Map<String, Object> after) {
    trail.record(AuditEntry.change(AuditAction.PERMISSION_CHANGE, TARGET, username, before, after));
  }

  /** Enabled or disabled by the system admin. */
  void enabledChanged(String username, Map<String, Object> before, Map<String, Object> after) {
    trail.record(AuditEntry.updated(TARGET, username, before, after));
  }

  /** A new random password set by the system admin (the password itself is never recorded). */
  void passwordReset(String username) {
    trail.record(
        AuditEntry.change(AuditAction.PASSWORD_CHANGE, TARGET, username, null, null)
            .withDetail("reset by administrator; must change at next login"));
  }

  void unlocked(String username, Object lockedUntil) {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("lockedUntil", null);
    trail.record(AuditEntry.updated(TARGET, username, before, after).withDetail("unlock"));
  }

  void totpReset(String username, boolean wasEnrolled) {
    trail.record(
        AuditEntry.updated(
                TARGET, username, Map.of("mfaEnrolled", wasEnrolled), Map.of("mfaEnrolled", false))
            .withDetail("second factor reset; enrol again at next login"));
  }
}
