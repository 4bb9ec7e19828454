package org.shuzhi.hazard.internal;

import java.util.Locale;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.hazard.HazardAssigned;
import org.shuzhi.hazard.HazardEscalated;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Notifications;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about hazards through the notification module (kind HAZARD, to the subscribers of
 * the hazard's town at or below the notice's severity, and to the enterprise's own users who
 * subscribed): when one is assigned for rectification with a deadline, and when an overdue one
 * climbs the escalation ladder. Severity: an assigned general hazard BLUE, a major one ORANGE; 通报
 * YELLOW, 曝光 ORANGE, 警示约谈 RED, which also goes to the supervising department's staff (the interview
 * is their task). After the commit, once per event: the keys ({@code hazard:<id>:assigned:<epoch
 * ms>}, {@code hazard:<id>:escalation:<level>}) make a redelivered event harmless. Texts in Chinese
 * with an English translation.
 */
@Component
class HazardNotices {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private final Notifications notifications;
  private final MessageSource messages;

  HazardNotices(Notifications notifications, MessageSource messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  @ApplicationModuleListener
  void on(HazardAssigned e) {
    Severity severity = e.grade() == HazardGrade.MAJOR ? Severity.ORANGE : Severity.BLUE;
    Notice notice =
        notice(
            "hazard:" + e.hazardId() + ":assigned:" + e.assignedAt().toEpochMilli(),
            severity,
            e.townCode(),
            e.enterpriseUscc(),
            e.hazardId(),
            e.assignedAt(),
            "hazard.notice.assigned",
            new Object[] {subject(e.enterpriseName(), e.title()), e.deadline()},
            "hazard.notice.assigned.body",
            e.responsibleUnit(),
            e.grade());
    notifications.notify(notice);
  }

  @ApplicationModuleListener
  void on(HazardEscalated e) {
    Severity severity =
        switch (e.level()) {
          case BULLETIN -> Severity.YELLOW;
          case EXPOSURE -> Severity.ORANGE;
          case WARNING -> Severity.RED;
        };
    Notice notice =
        notice(
            "hazard:" + e.hazardId() + ":escalation:" + e.level(),
            severity,
            e.townCode(),
            e.enterpriseUscc(),
            e.hazardId(),
            e.escalatedAt(),
            "hazard.notice.escalated." + e.level(),
            new Object[] {subject(e.enterpriseName(), e.title()), e.daysOverdue()},
            "hazard.notice.escalated.body",
            e.responsibleUnit(),
            e.grade(),
            e.deadline());
    if (e.level() == EscalationLevel.WARNING && e.department() != null) {
      notice = notice.withRecipients(Recipient.role(Role.DEPARTMENT_STAFF, e.department()));
    }
    notifications.notify(notice);
  }

  private Notice notice(
      String key,
      Severity severity,
      String townCode,
      String uscc,
      long hazardId,
      java.time.Instant at,
      String titleKey,
      Object[] titleArgs,
      String bodyKey,
      String unit,
      HazardGrade grade,
      Object... more) {
    Notice n =
        Notice.of(
            NoticeKind.HAZARD,
            key,
            severity,
            townCode,
            cut(text(titleKey, titleArgs, ZH), 200),
            cut(body(bodyKey, unit, grade, more, ZH), 4000),
            "/hazards/" + hazardId,
            at);
    if (uscc != null) {
      n = n.aboutEnterprise(uscc);
    }
    return n.withTranslation(
        EN,
        cut(text(titleKey, titleArgs, EN), 200),
        cut(body(bodyKey, unit, grade, more, EN), 4000));
  }

  private String body(String key, String unit, HazardGrade grade, Object[] more, Locale locale) {
    Object[] args = new Object[2 + more.length];
    args[0] = unit == null ? "—" : unit;
    args[1] = grade == null ? "—" : text("hazard.grade." + grade.name(), null, locale);
    System.arraycopy(more, 0, args, 2, more.length);
    return text(key, args, locale);
  }

  private static String subject(String enterpriseName, String title) {
    return enterpriseName == null ? title : enterpriseName + " · " + title;
  }

  private String text(String key, Object[] args, Locale locale) {
    return messages.getMessage(key, args, locale);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
