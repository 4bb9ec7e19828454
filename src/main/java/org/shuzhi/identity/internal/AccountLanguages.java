package org.shuzhi.identity.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The language an account prefers: zh-CN (the default, also when nothing is stored) or English, the
 * two languages of the application's message bundles.
 */
@Component
class AccountLanguages {

  static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  private final AccountRepository accounts;

  AccountLanguages(AccountRepository accounts) {
    this.accounts = accounts;
  }

  Locale of(String username) {
    return stored(username).orElse(DEFAULT);
  }

  /** The stored preference, if any (a login restores it). */
  Optional<Locale> stored(String username) {
    return accounts.language(username).map(Locale::forLanguageTag);
  }

  /** Remembers a language the user picked; a language the application does not have is ignored. */
  void remember(String username, Locale picked) {
    supported(picked).ifPresent(l -> accounts.setLanguage(username, l.toLanguageTag()));
  }

  /** zh-CN for any Chinese, en for any English, empty for anything else. */
  static Optional<Locale> supported(Locale picked) {
    if (picked == null) {
      return Optional.empty();
    }
    return switch (picked.getLanguage()) {
      case "zh" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
      case "en" -> Optional.of(Locale.ENGLISH);
      default -> Optional.empty();
    };
  }
}
