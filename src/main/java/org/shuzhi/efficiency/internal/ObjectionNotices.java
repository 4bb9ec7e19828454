package org.shuzhi.efficiency.internal;

import java.util.Locale;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Notifications;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the bureau that an objection was filed and the enterprise how it was decided, in Chinese
 * with an English translation; sent only if the filing or decision commits.
 */
@Component
class ObjectionNotices {

  private final Notifications notifications;
  private final MessageSource messages;

  ObjectionNotices(Notifications notifications, MessageSource messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  void filed(ObjectionRepository.Objection o, int version) {
    Object[] args = {o.year(), version, o.enterpriseName()};
    send(
        o,
        "filed",
        "efficiency.objection.notice.filed",
        args,
        clip(o.text()),
        Recipient.role(Role.DEPARTMENT_STAFF, EfficiencyAccess.OWNER_DEPARTMENT));
  }

  void decided(ObjectionRepository.Objection o, int version) {
    String key =
        "ACCEPTED".equals(o.status())
            ? "efficiency.objection.notice.accepted"
            : "efficiency.objection.notice.rejected";
    send(
        o,
        "decided",
        key,
        new Object[] {o.year(), version, o.enterpriseName()},
        clip(o.reason()),
        Recipient.user(o.filedBy()));
  }

  private void send(
      ObjectionRepository.Objection o,
      String what,
      String titleKey,
      Object[] args,
      String body,
      Recipient recipient) {
    Notice notice =
        new Notice(
                NoticeKind.EFFICIENCY,
                "efficiency-objection:" + o.id() + ":" + what,
                Severity.INFO,
                o.townCode(),
                o.uscc(),
                clip200(messages.getMessage(titleKey, args, Locale.SIMPLIFIED_CHINESE)),
                body,
                "/efficiency/runs/" + o.runId(),
                o.decidedAt() != null ? o.decidedAt() : o.filedAt(),
                java.util.Set.of(recipient))
            .withTranslation(
                Locale.ENGLISH, clip200(messages.getMessage(titleKey, args, Locale.ENGLISH)), body);
    notifications.notify(notice);
  }

  private static String clip(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
  }

  private static String clip200(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}
