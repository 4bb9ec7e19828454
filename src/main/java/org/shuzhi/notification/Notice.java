package org.shuzhi.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Something people must be told.
 *
 * @param kind what it is about; subscriptions choose kinds
 * @param key de-duplication key, unique across all notices (e.g. {@code alarm:42:raised}); a notice
 *     whose key was seen before is ignored; at most 200 characters
 * @param severity how grave; subscriptions set a minimum
 * @param townCode the NBS 9-digit town it concerns, or null for the whole district
 * @param enterpriseUscc the enterprise it concerns, or null (lets enterprise users subscribe to
 *     their own enterprise's notices)
 * @param title one line, shown in the bell, the inbox and as e-mail subject; at most 200
 *     characters; in Chinese (zh-CN), the default language
 * @param body a few lines of detail, or null; at most 4,000 characters
 * @param link path in this application where the matter is handled (e.g. {@code
 *     /monitoring/alarms/42}), or null; e-mails make it absolute with the public base URL
 * @param occurredAt when the matter happened
 * @param recipients explicit recipients besides the subscribers (may be empty)
 * @param translations title and body in other languages, by ISO 639 language code (e.g. {@code
 *     en}); a recipient who prefers one of these languages gets that text, everyone else the
 *     Chinese title and body (see {@link #withTranslation})
 */
public record Notice(
    NoticeKind kind,
    String key,
    Severity severity,
    String townCode,
    String enterpriseUscc,
    String title,
    String body,
    String link,
    Instant occurredAt,
    Set<Recipient> recipients,
    Map<String, Text> translations) {

  /** Title and body in one language. */
  public record Text(String title, String body) {
    public Text {
      requireText(title, "title", 200);
      if (body != null && body.length() > 4000) {
        throw new IllegalArgumentException("body longer than 4000 characters");
      }
    }
  }

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(occurredAt, "occurredAt");
    requireText(key, "key", 200);
    requireText(title, "title", 200);
    if (body != null && body.length() > 4000) {
      throw new IllegalArgumentException("body longer than 4000 characters");
    }
    // A path of this application only: "//host" and "/\\host" would lead browsers elsewhere.
    if (link != null && !(link.startsWith("/") && !link.startsWith("//") && !link.contains("\\"))) {
      throw new IllegalArgumentException("link must be a path of this application: " + link);
    }
    recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
    translations = translations == null ? Map.of() : Map.copyOf(translations);
  }

  /** A notice in Chinese only (until {@link #withTranslation} adds other languages). */
  public Notice(
      NoticeKind kind,
      String key,
      Severity severity,
      String townCode,
      String enterpriseUscc,
      String title,
      String body,
      String link,
      Instant occurredAt,
      Set<Recipient> recipients) {
    this(
        kind,
        key,
        severity,
        townCode,
        enterpriseUscc,
        title,
        body,
        link,
        occurredAt,
        recipients,
        Map.of());
  }

  /** A notice for the subscribers only, not about a particular enterprise. */
  public static Notice of(
      NoticeKind kind,
      String key,
      Severity severity,
      String townCode,
      String title,
      String body,
      String link,
      Instant occurredAt) {
    return new Notice(kind, key, severity, townCode, null, title, body, link, occurredAt, Set.of());
  }

  /**
   * The same notice with its title and body in another language (e.g. rendered from the English
   * message bundle), for recipients who prefer it. A Chinese "translation" replaces nothing: the
   * notice's own title and body are the Chinese text.
   */
  public Notice withTranslation(Locale language, String title, String body) {
    String code = language.getLanguage();
    if (code.isEmpty() || code.equals(Locale.CHINESE.getLanguage())) {
      return this;
    }
    var all = new LinkedHashMap<>(translations);
    all.put(code, new Text(title, body));
    return new Notice(
        kind,
        key,
        severity,
        townCode,
        enterpriseUscc,
        this.title,
        this.body,
        link,
        occurredAt,
        recipients,
        all);
  }

  /** The title and body for a reader of this language: its translation, else the Chinese text. */
  public Text text(Locale language) {
    Text translated = translations.get(language.getLanguage());
    return translated != null ? translated : new Text(title, body);
  }

  /** The same notice, also addressed to these recipients. */
  public Notice withRecipients(Recipient... more) {
    var all = new LinkedHashSet<>(recipients);
    all.addAll(List.of(more));
    return new Notice(
        kind,
        key,
        severity,
        townCode,
        enterpriseUscc,
        title,
        body,
        link,
        occurredAt,
        all,
        translations);
  }

  /** The same notice about an enterprise. */
  public Notice aboutEnterprise(String uscc) {
    return new Notice(
        kind,
        key,
        severity,
        townCode,
        uscc,
        title,
        body,
        link,
        occurredAt,
        recipients,
        translations);
  }

  private static void requireText(String value, String name, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(name + " longer than " + max + " characters");
    }
  }
}
