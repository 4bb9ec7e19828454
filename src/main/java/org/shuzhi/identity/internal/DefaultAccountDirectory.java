package org.shuzhi.identity.internal;

import java.util.List;
import java.util.Optional;
import org.shuzhi.identity.AccountDirectory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.springframework.stereotype.Component;

/** Accounts as {@link CurrentUser}s, with the scope built exactly as for a signed-in user. */
@Component
class DefaultAccountDirectory implements AccountDirectory {

  private final AccountRepository accounts;
  private final SecurityCurrentUsers users;

  DefaultAccountDirectory(AccountRepository accounts, SecurityCurrentUsers users) {
    this.accounts = accounts;
    this.users = users;
  }

  @Override
  public Optional<CurrentUser> find(String username) {
    return accounts.find(username).filter(Account::enabled).map(users::toUser);
  }

  @Override
  public List<String> usernames(Role role, String department) {
    return accounts.enabledUsernames(role, department);
  }
}
