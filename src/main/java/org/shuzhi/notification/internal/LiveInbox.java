package org.shuzhi.notification.internal;

import java.time.Duration;
import org.shuzhi.platform.SseSubscribers;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.HtmlUtils;

/**
 * The open pages of signed-in users on this node, each an SSE stream. A stream gets {@code unread}
 * (the bell's count, as HTML for htmx's {@code sse-swap}) when it opens and whenever the user's
 * inbox changes, and {@code notice} (a link to the newest entry, titled in the user's language)
 * when one arrives.
 */
@Component
class LiveInbox {

  /** The browser reconnects after this; short enough that dead connections do not pile up. */
  private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(10);

  private final SseSubscribers<String> streams = new SseSubscribers<>(STREAM_TIMEOUT);
  private final InboxRepository inbox;
  private final NoticeLanguage languages;

  LiveInbox(InboxRepository inbox, NoticeLanguage languages) {
    this.inbox = inbox;
    this.languages = languages;
  }

  SseEmitter open(String username) {
    SseEmitter emitter = streams.open(username);
    streams.send(emitter, "unread", badge(inbox.unread(username)), MediaType.TEXT_HTML);
    return emitter;
  }

  /** The user's inbox changed: refresh the badge and show the newest notice on every open page. */
  void inboxChanged(String username, boolean newNotice) {
    if (!streams.has(username)) {
      return;
    }
    String badge = badge(inbox.unread(username));
    String toast =
        newNotice
            ? inbox.latest(username, languages.of(username)).map(LiveInbox::toast).orElse(null)
            : null;
    streams.sendTo(username, "unread", badge, MediaType.TEXT_HTML);
    if (toast != null) {
      // Reaches only the pages that took the badge: a failed stream was dropped.
      streams.sendTo(username, "notice", toast, MediaType.TEXT_HTML);
    }
  }

  int openStreams() {
    return streams.size();
  }

  /** A comment line now and then keeps proxies from closing an idle stream. */
  @Scheduled(fixedDelay = 25_000, initialDelay = 25_000)
  void heartbeat() {
    streams.heartbeat();
  }

  static String badge(long unread) {
    return unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread);
  }

  /**
   * The toast leads to the notice's own link (the alarm, the incident), the inbox only when the
   * notice has none; the page marks it read on the click ({@code data-read}, shuzhi.js).
   */
  static String toast(InboxItem item) {
    String link = item.link() == null ? "/notifications" : item.link();
    return "<a class=\"toast severity-"
        + item.severity().name().toLowerCase(java.util.Locale.ROOT)
        + "\" href=\""
        + HtmlUtils.htmlEscape(link)
        + "\" data-read=\"/notifications/"
        + item.id()
        + "/read\">"
        + HtmlUtils.htmlEscape(item.title())
        + "</a>";
  }
}
