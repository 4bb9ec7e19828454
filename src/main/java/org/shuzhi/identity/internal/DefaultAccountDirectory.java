package org.shuzhi.identity.internal;

import java.util.List;
import java.util.Locale;
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

  private final AccountLanguages languages;

  DefaultAccountDirectory(
      AccountRepository accounts, SecurityCurrentUsers users, AccountLanguages languages) {
    this.accounts = accounts;
    this.users = users;
    this.languages = languages;
  }

  @Override
  public Optional<CurrentUser> find(String username) {
    return accounts.find(username).filter(Account::enabled).map(users::toUser);
  }

  @Override
  public List<String> usernames(Role role, String department) {
    return accounts.enabledUsernames(role, department);
  }

  @Override
  public Locale language(String username) {
    return languages.of(username);
  }
}
