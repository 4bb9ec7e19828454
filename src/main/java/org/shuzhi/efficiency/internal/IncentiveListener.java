package org.shuzhi.efficiency.internal;

import org.shuzhi.efficiency.EfficiencyResultsPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Materialises a published run's A/B incentive list after the publishing transaction commits
 * (asynchronously, retried by the event publication registry; materialising is idempotent).
 */
@Component
class IncentiveListener {

  private static final Logger log = LoggerFactory.getLogger(IncentiveListener.class);

  private final IncentiveSnapshots snapshots;

  IncentiveListener(IncentiveSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @ApplicationModuleListener
  void on(EfficiencyResultsPublished event) {
    int listed = snapshots.materialise(event.runId());
    if (listed < 0) {
      log.warn(
          "Efficiency run {} (year {}) is not published; no incentive list made",
          event.runId(),
          event.year());
    } else {
      log.info(
          "Efficiency run {} (year {}, v{}): incentive list of {} A/B enterprises",
          event.runId(),
          event.year(),
          event.version(),
          listed);
    }
  }
}
