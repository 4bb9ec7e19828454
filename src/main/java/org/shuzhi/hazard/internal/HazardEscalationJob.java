package org.shuzhi.hazard.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the escalation every {@code shuzhi.hazard.escalation.interval} (default one hour; the first
 * run one interval after start, so a starting node does not race its own migrations or tests).
 * Switched off on a node with {@code shuzhi.hazard.escalation.enabled=false}.
 */
@Component
@ConditionalOnProperty(
    name = "shuzhi.hazard.escalation.enabled",
    havingValue = "true",
    matchIfMissing = true)
class HazardEscalationJob {

  private static final Logger log = LoggerFactory.getLogger(HazardEscalationJob.class);

  private final HazardEscalator escalator;
  private final Clock clock;

  HazardEscalationJob(HazardEscalator escalator, Clock clock) {
    this.escalator = escalator;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${shuzhi.hazard.escalation.interval:PT1H}",
      initialDelayString = "${shuzhi.hazard.escalation.interval:PT1H}")
  void run() {
    var run = escalator.runAt(clock.instant());
    if (run.ran()) {
      log.info("Hazard escalation: {}", run.escalated());
    } else {
      log.debug("Hazard escalation skipped: another node holds the lock");
    }
  }
}
