package org.shuzhi.notification.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
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

  private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
  private final InboxRepository inbox;
  private final NoticeLanguage languages;

  LiveInbox(InboxRepository inbox, NoticeLanguage languages) {
    this.inbox = inbox;
    this.languages = languages;
  }

  SseEmitter open(String username) {
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
    Set<SseEmitter> mine = streams.computeIfAbsent(username, u -> new CopyOnWriteArraySet<>());
    mine.add(emitter);
    Runnable remove = () -> mine.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    send(emitter, "unread", badge(inbox.unread(username)));
    return emitter;
  }

  /** The user's inbox changed: refresh the badge and show the newest notice on every open page. */
  void inboxChanged(String username, boolean newNotice) {
    Set<SseEmitter> mine = streams.get(username);
    if (mine == null || mine.isEmpty()) {
      return;
    }
    String badge = badge(inbox.unread(username));
    String toast =
        newNotice
            ? inbox.latest(username, languages.of(username)).map(LiveInbox::toast).orElse(null)
            : null;
    for (SseEmitter emitter : mine) {
      if (send(emitter, "unread", badge) && toast != null) {
        send(emitter, "notice", toast);
      }
    }
  }

  int openStreams() {
    return streams.values().stream().mapToInt(Set::size).sum();
  }

  /** A comment line now and then keeps proxies from closing an idle stream. */
  @Scheduled(fixedDelay = 25_000, initialDelay = 25_000)
  void heartbeat() {
    streams.values().forEach(set -> set.forEach(e -> send(e, null, null)));
  }

  private boolean send(SseEmitter emitter, String event, String html) {
    try {
      if (event == null) {
        emitter.send(SseEmitter.event().comment("keep-alive"));
      } else {
        emitter.send(SseEmitter.event().name(event).data(html, MediaType.TEXT_HTML));
      }
      return true;
    } catch (IOException | IllegalStateException e) {
      // The page is gone; completing the emitter removes it.
      emitter.completeWithError(e);
      return false;
    }
  }

  static String badge(long unread) {
    return unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread);
  }

  private static String toast(InboxItem item) {
    return "<a class=\"toast severity-"
        + item.severity().name().toLowerCase(java.util.Locale.ROOT)
        + "\" href=\"/notifications/"
        + item.id()
        + "/open\">"
        + HtmlUtils.htmlEscape(item.title())
        + "</a>";
  }
}
