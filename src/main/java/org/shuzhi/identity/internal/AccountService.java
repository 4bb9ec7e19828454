package org.shuzhi.identity.internal;

import java.time.Clock;
import java.util.List;
import org.shuzhi.identity.Accounts;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening accounts, changing passwords and the TOTP second factor. */
@Service
class AccountService implements Accounts {

  private final AccountRepository accounts;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final IdentityAudit audit;
  private final Totp totp = new Totp();

  AccountService(
      AccountRepository accounts,
      PasswordPolicy policy,
      PasswordEncoder encoder,
      Clock clock,
      IdentityAudit audit) {
    this.accounts = accounts;
    this.policy = policy;
    this.encoder = encoder;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  @Transactional
  public void open(NewAccount account) {
    if (account.username() == null || !account.username().matches("[A-Za-z0-9._-]{3,64}")) {
      throw new InvalidInputException("username", "identity.username.invalid");
    }
    if (accounts.find(account.username()).isPresent()) {
      throw new ConflictException("identity.username.taken", account.username());
    }
    List<Violation> problems = policy.check(account.password(), account.username());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    accounts.insert(account, encoder.encode(account.password()));
    audit.opened(account);
  }

  @Override
  public boolean exists(String username) {
    return accounts.find(username).isPresent();
  }

  @Override
  public String generatePassword() {
    return policy.generate();
  }

  @Transactional
  public void changePassword(String username, String current, String proposed, String repeated) {
    Account account = accounts.find(username).orElseThrow();
    if (current == null || !encoder.matches(current, account.passwordHash())) {
      throw new InvalidInputException("currentPassword", "identity.password.currentWrong");
    }
    if (proposed == null || !proposed.equals(repeated)) {
      throw new InvalidInputException("repeatPassword", "identity.password.mismatch");
    }
    if (encoder.matches(proposed, account.passwordHash())) {
      throw new InvalidInputException("newPassword", "identity.password.same");
    }
    List<Violation> problems = policy.check(proposed, username);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    accounts.changePassword(username, encoder.encode(proposed), clock.instant());
    audit.passwordChanged(username);
  }

  /**
   * The secret to enrol: the pending one if enrolment was started already (so a reload or a
   * mistyped code keeps the QR code the user has scanned), else a fresh one.
   */
  @Transactional
  public String startTotpEnrolment(String username) {
    Account account = accounts.find(username).orElseThrow();
    if (account.totpSecret() != null && !account.totpConfirmed()) {
      return account.totpSecret();
    }
    String secret = totp.newSecret();
    accounts.setTotpSecret(username, secret);
    return secret;
  }

  String otpauthUri(String username, String secret) {
    return totp.otpauthUri("Shuzhi", username, secret);
  }

  /** Checks a TOTP code; on success the step is marked used (no replay) and enrolment confirmed. */
  @Transactional
  public boolean verifyTotp(String username, String code) {
    Account account = accounts.find(username).orElseThrow();
    if (account.totpSecret() == null) {
      return false;
    }
    var step = totp.verify(account.totpSecret(), code, clock.instant());
    boolean ok = step.isPresent() && accounts.useTotpStep(username, step.getAsLong(), true);
    if (ok && !account.totpConfirmed()) {
      audit.mfaEnrolled(username);
    }
    return ok;
  }

  boolean totpConfirmed(String username) {
    return accounts.find(username).map(Account::totpConfirmed).orElse(false);
  }
}
