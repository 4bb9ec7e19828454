package org.shuzhi.monitoring.internal.alarms;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.notification.Recipient;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the alarm lifecycle ({@code shuzhi.alarms.*}).
 *
 * @param escalation per severity: how long an alarm may stay unacknowledged before the next level
 *     is told, and how often reminders follow until someone acknowledges
 * @param levels who is told at each escalation step, lowest first, as {@link Recipient#text()}
 *     (e.g. {@code role:TOWN_STAFF}); step n tells the first n levels, later steps the top level
 *     again
 * @param queueCapacity telemetry batches waiting for the evaluator; when full, ingestion threads
 *     wait (back-pressure) rather than lose readings
 * @param tick how often offline and rainfall-window rules are evaluated
 * @param writeBatch most decisions written in one transaction
 * @param restoreLookback at start-up, how far back the raw readings of devices with open alarms are
 *     replayed (covers the longest rate, held-for, clear-delay and rainfall window)
 * @param restoreReadings at start-up, most raw readings replayed per device
 * @param cluster several nodes share the database and split device messages (ADR 0006): offline
 *     rules then count silence from the latest reception on any node
 */
@ConfigurationProperties("shuzhi.alarms")
record AlarmProperties(
    Map<AlarmSeverity, Escalation> escalation,
    List<String> levels,
    Integer queueCapacity,
    Duration tick,
    Integer writeBatch,
    Duration restoreLookback,
    Integer restoreReadings,
    boolean cluster) {

  /**
   * @param after unacknowledged time before the first escalation
   * @param repeat interval of the reminders after it
   */
  record Escalation(Duration after, Duration repeat) {}

  AlarmProperties {
    escalation = escalation == null ? Map.of() : Map.copyOf(escalation);
    levels = levels == null ? List.of() : List.copyOf(levels);
    queueCapacity = queueCapacity == null ? 10_000 : queueCapacity;
    tick = tick == null ? Duration.ofSeconds(5) : tick;
    writeBatch = writeBatch == null ? 500 : writeBatch;
    restoreLookback = restoreLookback == null ? Duration.ofHours(12) : restoreLookback;
    restoreReadings = restoreReadings == null ? 2000 : restoreReadings;
  }

  /** The escalation of the severity; graver alarms escalate sooner when unset. */
  Escalation of(AlarmSeverity severity) {
    Escalation e = escalation.get(severity);
    if (e != null && e.after() != null && e.repeat() != null) {
      return e;
    }
    Duration d =
        switch (severity) {
          case RED -> Duration.ofMinutes(5);
          case ORANGE -> Duration.ofMinutes(10);
          case YELLOW -> Duration.ofMinutes(30);
          case BLUE -> Duration.ofMinutes(60);
        };
    return new Escalation(d, d);
  }

  /** Recipients of escalation step {@code step} (1 = first escalation). */
  List<Recipient> recipients(int step) {
    int n = Math.min(step, levels.size());
    return levels.subList(0, n).stream().map(Recipient::parse).toList();
  }
}
