package org.shuzhi.notification.internal;

import java.time.Clock;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The signed-in user's inbox, and the live stream behind the bell in the header. */
@Controller
class InboxController {

  static final int PAGE_SIZE = 30;

  private final InboxRepository inbox;
  private final LiveInbox live;
  private final CurrentUsers users;
  private final Clock clock;

  InboxController(InboxRepository inbox, LiveInbox live, CurrentUsers users, Clock clock) {
    this.inbox = inbox;
    this.live = live;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/notifications")
  String list(
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    String me = users.require().username();
    int p = Math.max(page, 0);
    model.addAttribute("items", inbox.page(me, unread, p, PAGE_SIZE, locale.getLanguage()));
    model.addAttribute("unreadCount", inbox.unread(me));
    model.addAttribute("total", inbox.total(me));
    model.addAttribute("unreadOnly", unread);
    model.addAttribute("page", p);
    model.addAttribute("pageSize", PAGE_SIZE);
    return "notification/inbox";
  }

  /** Opens a notice: marks it read and goes where the matter is handled. */
  @GetMapping("/notifications/{id}/open")
  String open(@PathVariable long id) {
    String me = users.require().username();
    InboxItem item =
        inbox
            .markRead(me, id, clock.instant())
            .orElseThrow(() -> new NotFoundException("notification " + id));
    live.inboxChanged(me, false);
    return "redirect:" + (item.link() == null ? "/notifications" : item.link());
  }

  @PostMapping("/notifications/{id}/read")
  String read(@PathVariable long id) {
    String me = users.require().username();
    inbox.markRead(me, id, clock.instant());
    live.inboxChanged(me, false);
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/read-all")
  String readAll() {
    String me = users.require().username();
    inbox.markAllRead(me, clock.instant());
    live.inboxChanged(me, false);
    return "redirect:/notifications";
  }

  /** Server-sent events: {@code unread} at once and on every change, {@code notice} on arrival. */
  @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter stream() {
    return live.open(users.require().username());
  }
}
