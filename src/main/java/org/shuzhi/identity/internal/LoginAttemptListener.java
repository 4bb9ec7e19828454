package org.shuzhi.identity.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Lockout (等保 8.1.4.1 b 登录失败处理): counts consecutive bad passwords per account and locks it for the
 * configured time when the limit is reached; a good password resets the count. A locked account is
 * refused before its password is even checked, so guessing on stops counting.
 */
@Component
class LoginAttemptListener {

  private final AccountRepository accounts;
  private final SecurityPolicyProperties policy;
  private final Clock clock;
  private final IdentityAudit audit;

  LoginAttemptListener(
      AccountRepository accounts,
      SecurityPolicyProperties policy,
      Clock clock,
      IdentityAudit audit) {
    this.accounts = accounts;
    this.policy = policy;
    this.clock = clock;
    this.audit = audit;
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    boolean locked =
        accounts.recordFailure(
            username,
            policy.lockout().maxFailures(),
            clock.instant().plus(policy.lockout().duration()));
    if (locked) {
      audit.lockedOut(username);
    }
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
      accounts.recordSuccess(token.getName());
    }
  }
}
