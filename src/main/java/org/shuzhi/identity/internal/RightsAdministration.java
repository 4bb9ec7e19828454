package org.shuzhi.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security admin's work (安全管理员): roles (including the three admin roles, which nobody else
 * assigns), data scope, the plaintext permission, unlocking and resetting the second factor. Nobody
 * changes their own rights (三员分立: an admin cannot widen their own powers).
 */
@Service
class RightsAdministration {

  private final AccountRepository accounts;
  private final AccountRightsRules rules;
  private final AccountSessions sessions;
  private final AdminRoleCoverage coverage;
  private final IdentityAudit audit;
  private final Clock clock;

  RightsAdministration(
      AccountRepository accounts,
      AccountRightsRules rules,
      AccountSessions sessions,
      AdminRoleCoverage coverage,
      IdentityAudit audit,
      Clock clock) {
    this.accounts = accounts;
    this.rules = rules;
    this.sessions = sessions;
    this.coverage = coverage;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Changes role and scope. The account's sessions and tokens end, so the new rights apply at once
   * (a session keeps the rights it was opened with).
   *
   * @return whether anything changed
   */
  @Transactional
  boolean change(String actor, String username, RightsInput input) {
    Account account = other(actor, username);
    AccountRights before = AccountRights.of(account);
    AccountRights after = rules.check(input, EnumSet.allOf(Role.class));
    if (after.equals(before)) {
      return false;
    }
    if (after.role() != before.role()) {
      coverage.requireAnotherHolder(account);
    }
    accounts.update(
        username,
        after.role(),
        after.department(),
        after.townCodes(),
        after.enterpriseUscc(),
        after.mayViewPlaintext(),
        account.enabled());
    sessions.endAll(username);
    audit.rightsChanged(
        username, before.auditState(account.enabled()), after.auditState(account.enabled()));
    return true;
  }

  /** Lifts a lockout after failed logins; returns false when the account was not locked. */
  @Transactional
  boolean unlock(String actor, String username) {
    Account account = other(actor, username);
    if (!account.lockedAt(clock.instant()) && account.failedAttempts() == 0) {
      return false;
    }
    accounts.unlock(username);
    audit.unlocked(username, account.lockedUntil());
    return true;
  }

  /**
   * Forgets the authenticator (lost or replaced phone): the owner enrols a new one at the next
   * login, with their own password, which the security admin does not know.
   */
  @Transactional
  void resetSecondFactor(String actor, String username) {
    Account account = other(actor, username);
    accounts.clearTotp(username);
    sessions.endAll(username);
    audit.totpReset(username, account.totpConfirmed());
  }

  private Account other(String actor, String username) {
    if (username.equals(actor)) {
      throw new ConflictException("identity.admin.selfRights");
    }
    return accounts.find(username).orElseThrow(() -> new NotFoundException("account"));
  }
}
