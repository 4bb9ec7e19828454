package org.shuzhi.notification.internal;

import java.net.URI;
import org.shuzhi.core.PhoneNumber;

/**
 * Delivery addresses as lists show them. E-mail addresses and phone numbers are personal data (PIPL
 * art. 51), and a robot's URL carries its access token, so neither appears in full.
 */
final class AddressMask {

  private AddressMask() {}

  /** {@code zhang.san@example.com} → {@code z***@example.com}. */
  static String email(String address) {
    if (address == null) {
      return "";
    }
    int at = address.indexOf('@');
    if (at <= 0) {
      return PhoneNumber.mask(address);
    }
    return address.charAt(0) + "***" + address.substring(at);
  }

  /** Scheme and host only: {@code https://oapi.dingtalk.com/…}. */
  static String url(String url) {
    if (url == null) {
      return "";
    }
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "…";
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
          + "/…";
    } catch (IllegalArgumentException e) {
      return "…";
    }
  }

  static String of(ChannelKind channel, String target) {
    return switch (channel) {
      case IN_APP -> target;
      case EMAIL -> email(target);
      case WEBHOOK -> url(target);
      case SMS -> PhoneNumber.mask(target);
    };
  }
}
