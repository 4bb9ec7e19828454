package org.shuzhi.monitoring.internal.alarms;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.shuzhi.notification.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates alarms nobody acknowledged: when an alarm's escalation time passes, the next level is
 * told (step n tells the first n configured levels), and reminders follow at the severity's repeat
 * interval until someone acknowledges. One node at a time runs it (transaction-scoped advisory
 * lock); rows are claimed with SKIP LOCKED; each step's notice has its own key, so a step is never
 * sent twice.
 */
@Component
class AlarmEscalation {

  private static final int BATCH = 200;

  private final AlarmRepository alarms;
  private final AlarmNotices notices;
  private final AlarmProperties properties;
  private final JdbcClient jdbc;
  private final Clock clock;

  AlarmEscalation(
      AlarmRepository alarms,
      AlarmNotices notices,
      AlarmProperties properties,
      JdbcClient jdbc,
      Clock clock) {
    this.alarms = alarms;
    this.notices = notices;
    this.properties = properties;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${shuzhi.alarms.escalation-check:PT30S}")
  void scheduled() {
    escalate(clock.instant());
  }

  /**
   * Escalates every alarm due at {@code now}; returns how many steps were taken (0 when another
   * node holds the lock).
   */
  @Transactional
  public int escalate(Instant now) {
    Boolean locked =
        jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('monitoring_alarm_escalation'))")
            .query(Boolean.class)
            .single();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    int steps = 0;
    for (AlarmRow a : alarms.dueForEscalation(now, BATCH)) {
      int step = a.escalationLevel() + 1;
      List<Recipient> recipients = properties.recipients(step);
      notices.escalated(a, step, recipients, now);
      alarms.escalated(a.id(), step, now.plus(properties.of(a.severity()).repeat()));
      alarms.event(
          a.id(),
          "ESCALATED",
          now,
          null,
          a.severity(),
          null,
          recipients.stream().map(Recipient::text).reduce((x, y) -> x + "," + y).orElse(null));
      steps++;
    }
    return steps;
  }
}
