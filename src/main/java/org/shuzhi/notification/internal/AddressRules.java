package org.shuzhi.notification.internal;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/** Checks the e-mail addresses and webhook URLs people enter; null for a blank entry. */
@Component
class AddressRules {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  private final NotificationProperties.Webhook webhook;

  AddressRules(NotificationProperties properties) {
    this.webhook = properties.webhook();
  }

  String email(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String address = raw.strip();
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      throw new InvalidInputException("email", "notification.email.invalid");
    }
    return address;
  }

  String webhookUrl(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String url = raw.strip();
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("webhookUrl", "notification.webhook.invalid");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (url.length() > 1000
        || !(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null) {
      throw new InvalidInputException("webhookUrl", "notification.webhook.invalid");
    }
    if (!webhook.allows(uri.getHost())) {
      throw new InvalidInputException(
          "webhookUrl", "notification.webhook.hostNotAllowed", uri.getHost());
    }
    return url;
  }

  String secret(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.strip().length() > 200) {
      throw new InvalidInputException("webhookSecret", "notification.webhook.secretTooLong");
    }
    return raw.strip();
  }
}
