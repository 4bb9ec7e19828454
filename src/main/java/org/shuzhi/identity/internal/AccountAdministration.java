package org.shuzhi.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system admin's work (系统管理员): opening business accounts, enabling and disabling accounts,
 * resetting passwords. Roles and rights are the security admin's ({@link RightsAdministration}), so
 * the system admin opens accounts with business roles only (三员分立, GB/T 22239-2019 8.1.4.2 c).
 * Resetting an admin's password does not let the system admin act as that admin: the second factor
 * stays with its owner, and only the security admin can reset it.
 */
@Service
class AccountAdministration {

  static final Set<Role> BUSINESS_ROLES =
      EnumSet.of(
          Role.DISTRICT_LEADER,
          Role.DEPARTMENT_STAFF,
          Role.TOWN_STAFF,
          Role.GRID_WORKER,
          Role.ENTERPRISE_USER);

  private static final int MAX_DISPLAY_NAME = 100;

  /**
   * An account to open, as entered.
   *
   * @param username login name
   * @param displayName shown in the UI
   * @param rights role and scope facts
   */
  record Opening(String username, String displayName, RightsInput rights) {}

  private final AccountRepository accounts;
  private final AccountService service;
  private final AccountRightsRules rules;
  private final AccountSessions sessions;
  private final AdminRoleCoverage coverage;
  private final PasswordPolicy passwords;
  private final PasswordEncoder encoder;
  private final IdentityAudit audit;
  private final Clock clock;

  AccountAdministration(
      AccountRepository accounts,
      AccountService service,
      AccountRightsRules rules,
      AccountSessions sessions,
      AdminRoleCoverage coverage,
      PasswordPolicy passwords,
      PasswordEncoder encoder,
      IdentityAudit audit,
      Clock clock) {
    this.accounts = accounts;
    this.service = service;
    this.rules = rules;
    this.sessions = sessions;
    this.coverage = coverage;
    this.passwords = passwords;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Opens a business account with a generated password that must be changed at first login.
   *
   * @return the initial password, to be shown once and never stored in plain
   */
  @Transactional
  String open(Opening opening) {
    List<Violation> problems = new ArrayList<>();
    String displayName = opening.displayName() == null ? "" : opening.displayName().trim();
    if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
      problems.add(
          new Violation("displayName", "identity.admin.displayName.invalid", MAX_DISPLAY_NAME));
    }
    AccountRights rights = null;
    try {
      rights = rules.check(opening.rights(), BUSINESS_ROLES);
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String password = passwords.generate();
    service.open(
        new NewAccount(
            opening.username(),
            displayName,
            rights.role(),
            rights.department(),
            rights.townCodes(),
            rights.enterpriseUscc(),
            password,
            true,
            rights.mayViewPlaintext(),
            false));
    return password;
  }

  /** Enables or disables; disabling also ends the account's sessions and revokes its tokens. */
  @Transactional
  void setEnabled(String actor, String username, boolean enabled) {
    Account account = other(actor, username);
    if (account.enabled() == enabled) {
      return;
    }
    if (!enabled) {
      coverage.requireAnotherHolder(account);
    }
    accounts.setEnabled(username, enabled);
    if (!enabled) {
      sessions.endAll(username);
    }
    AccountRights rights = AccountRights.of(account);
    audit.enabledChanged(
        username, rights.auditState(account.enabled()), rights.auditState(enabled));
  }

  /**
   * Sets a new random password that must be changed at the next login, and signs the account out
   * everywhere (a reset usually means the old password is lost or known to others).
   *
   * @return the new password, to be shown once
   */
  @Transactional
  String resetPassword(String actor, String username) {
    other(actor, username);
    String password = passwords.generate();
    accounts.resetPassword(username, encoder.encode(password), clock.instant());
    sessions.endAll(username);
    audit.passwordReset(username);
    return password;
  }

  /** The account to act on, which may not be the actor's own. */
  private Account other(String actor, String username) {
    if (username.equals(actor)) {
      throw new ConflictException("identity.admin.selfAccount");
    }
    return accounts.find(username).orElseThrow(() -> new NotFoundException("account"));
  }
}
