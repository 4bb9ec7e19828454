package org.shuzhi.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for messages read outside the app (e-mail, robots). */
@Component
class NoticeLinks {

  private final String baseUrl;

  NoticeLinks(@Value("${shuzhi.public-base-url:}") String baseUrl) {
    String b = baseUrl == null ? "" : baseUrl.trim();
    this.baseUrl = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  /** The absolute URL of a notice's link, or null without a link or a configured base URL. */
  String absolute(String link) {
    if (link == null || baseUrl.isEmpty()) {
      return null;
    }
    return baseUrl + link;
  }
}
