package org.shuzhi.notification.internal;

import java.util.Locale;
import org.shuzhi.identity.AccountDirectory;
import org.springframework.stereotype.Component;

/**
 * Which language a recipient reads (the account's preference, zh-CN by default) and the SQL that
 * picks a notice's title and body in a language: the translation when the notice has one, else the
 * Chinese text.
 */
@Component
class NoticeLanguage {

  private final AccountDirectory accounts;

  NoticeLanguage(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  /** The ISO 639 code of the person's language; Chinese when there is no person. */
  String of(String username) {
    return username == null
        ? Locale.CHINESE.getLanguage()
        : accounts.language(username).getLanguage();
  }

  /** The title of notice {@code n} in the language the SQL expression {@code language} gives. */
  static String titleSql(String language) {
    return "COALESCE(n.translations -> " + language + " ->> 'title', n.title)";
  }

  /** The body of notice {@code n} in that language (which may be null, as the Chinese may be). */
  static String bodySql(String language) {
    return "CASE WHEN n.translations -> "
        + language
        + " IS NULL THEN n.body ELSE n.translations -> "
        + language
        + " ->> 'body' END";
  }
}
