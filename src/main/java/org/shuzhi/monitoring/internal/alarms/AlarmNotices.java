package org.shuzhi.monitoring.internal.alarms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Notifications;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people about alarms through the notification module: on raise (kind ALARM, to subscribers
 * by town and severity) and at each escalation step (kind ALARM_ESCALATION, also to the levels
 * named). Keys make each notice idempotent: {@code alarm:<id>:raised}, {@code
 * alarm:<id>:escalation:<step>}. Texts are in zh-CN, the duty officers' language, with an English
 * translation for recipients who prefer English (notification picks per recipient).
 */
@Component
class AlarmNotices {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private final Notifications notifications;
  private final MessageSource messages;
  private final AlarmReasons reasons;

  AlarmNotices(Notifications notifications, MessageSource messages, AlarmReasons reasons) {
    this.notifications = notifications;
    this.messages = messages;
    this.reasons = reasons;
  }

  /** Notices of alarms raised together, queued in one write. */
  void raised(List<AlarmRow> alarms) {
    if (alarms.isEmpty()) {
      return;
    }
    List<Notice> raised = new ArrayList<>(alarms.size());
    for (AlarmRow alarm : alarms) {
      raised.add(
          notice(
              NoticeKind.ALARM,
              "alarm:" + alarm.id() + ":raised",
              "monitoring.alarm.notice.raised",
              alarm,
              alarm.raisedAt(),
              List.of()));
    }
    notifications.notifyBatch(raised);
  }

  void escalated(AlarmRow alarm, int step, List<Recipient> recipients, Instant now) {
    notifications.notify(
        notice(
            NoticeKind.ALARM_ESCALATION,
            "alarm:" + alarm.id() + ":escalation:" + step,
            "monitoring.alarm.notice.escalated",
            alarm,
            now,
            recipients,
            step));
  }

  private Notice notice(
      NoticeKind kind,
      String key,
      String titleKey,
      AlarmRow alarm,
      Instant at,
      List<Recipient> recipients,
      Object... titleArgs) {
    return new Notice(
            kind,
            key,
            Severity.valueOf(alarm.severity().name()),
            alarm.townCode(),
            alarm.enterpriseUscc(),
            cut(text(titleKey, alarm, ZH, titleArgs), 200),
            cut(reasons.text(alarm.reason(), ZH), 4000),
            "/monitoring/alarms/" + alarm.id(),
            at,
            new LinkedHashSet<>(recipients))
        .withTranslation(
            EN,
            cut(text(titleKey, alarm, EN, titleArgs), 200),
            cut(reasons.text(alarm.reason(), EN), 4000));
  }

  private String text(String key, AlarmRow alarm, Locale locale, Object... more) {
    String severity =
        messages.getMessage("monitoring.alarm.severity." + alarm.severity(), null, locale);
    Object[] args = new Object[3 + more.length];
    args[0] = severity;
    args[1] = alarm.deviceName() + " (" + alarm.deviceCode() + ")";
    args[2] = alarm.ruleCode();
    System.arraycopy(more, 0, args, 3, more.length);
    return messages.getMessage(key, args, locale);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
