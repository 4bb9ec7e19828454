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
 * @param cluster several nodes share the database and split device messages (ADR 0006): each node
 *     evaluates the devices of the partitions it holds a lease on and forwards the readings of the
 *     others to their holder
 * @param partitions how many partitions devices are hashed into (same on every node)
 * @param lease how long a node holds a partition without renewing (renewed every sixth of it); a
 *     node that dies hands its partitions over after at most this long
 * @param node this node's name in the lease table (blank: host name and a random suffix)
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
    boolean cluster,
    Integer partitions,
    Duration lease,
    String node) {

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
    partitions = partitions == null ? 64 : partitions;
    lease = lease == null ? Duration.ofSeconds(30) : lease;
  }

  /** The node's name, or one made up once per start from the host name. */
  String nodeName() {
    if (node != null && !node.isBlank()) {
      return node;
    }
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "node";
    }
    return host + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
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
