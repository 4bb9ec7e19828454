package org.shuzhi.identity.internal;

import org.shuzhi.platform.ConflictException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Keeps each of the three admin roles held by at least one enabled account: with none left, that
 * role's duties (and under 三员分立 nobody else may do them) could no longer be carried out.
 */
@Component
class AdminRoleCoverage {

  private final AccountRepository accounts;

  AdminRoleCoverage(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /**
   * Refuses when {@code account} is the last enabled holder of its admin role and is about to lose
   * it (disabled, or given another role). Call inside the transaction that makes the change.
   */
  void requireAnotherHolder(Account account) {
    if (!account.role().admin() || !account.enabled()) {
      return;
    }
    if (accounts.lockEnabledWithRole(account.role()) <= 1) {
      throw new ConflictException(
          "identity.admin.lastHolder",
          new DefaultMessageSourceResolvable("identity.role." + account.role().name()));
    }
  }
}
