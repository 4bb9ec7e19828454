package org.shuzhi.notification.internal;

import java.util.List;

/**
 * The subscription form as entered (public: templates read it). A blank secret keeps the stored one
 * unless {@code removeSecret} is ticked.
 */
public record SubscriptionForm(
    Long id,
    List<String> towns,
    String minSeverity,
    List<String> kinds,
    Boolean inApp,
    String email,
    String webhookUrl,
    String webhookSecret,
    Boolean removeSecret,
    Boolean enabled) {

  /** An unticked checkbox is not sent at all: it arrives as null, meaning false. */
  public SubscriptionForm {
    towns = towns == null ? List.of() : List.copyOf(towns);
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    inApp = Boolean.TRUE.equals(inApp);
    removeSecret = Boolean.TRUE.equals(removeSecret);
    enabled = Boolean.TRUE.equals(enabled);
  }

  static SubscriptionForm blank() {
    return new SubscriptionForm(
        null,
        List.of(),
        "BLUE",
        List.of("ALARM", "ALARM_ESCALATION"),
        true,
        null,
        null,
        null,
        false,
        true);
  }

  static SubscriptionForm of(Subscription s) {
    return new SubscriptionForm(
        s.id(),
        s.towns().stream().sorted().toList(),
        s.minSeverity().name(),
        s.kinds().stream().map(Enum::name).sorted().toList(),
        s.inApp(),
        s.email(),
        s.webhookUrl(),
        null,
        false,
        s.enabled());
  }

  public boolean hasTown(String code) {
    return towns.contains(code);
  }

  public boolean hasKind(String kind) {
    return kinds.contains(kind);
  }
}
