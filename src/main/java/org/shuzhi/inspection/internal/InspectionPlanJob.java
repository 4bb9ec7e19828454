package org.shuzhi.inspection.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Generates next month's plan on the 25th (cron {@code shuzhi.inspection.plan-cron}, default 02:00
 * on the 25th, Asia/Shanghai), leaving towns a few days to arrange the visits. Off on a node with
 * {@code shuzhi.inspection.plan-job.enabled=false}.
 */
@Component
@ConditionalOnProperty(
    name = "shuzhi.inspection.plan-job.enabled",
    havingValue = "true",
    matchIfMissing = true)
class InspectionPlanJob {

  private static final Logger log = LoggerFactory.getLogger(InspectionPlanJob.class);

  private final InspectionPlanner planner;
  private final Clock clock;

  InspectionPlanJob(InspectionPlanner planner, Clock clock) {
    this.planner = planner;
    this.clock = clock;
  }

  @Scheduled(cron = "${shuzhi.inspection.plan-cron:0 0 2 25 * *}", zone = "Asia/Shanghai")
  void run() {
    YearMonth next = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1);
    var run = planner.generatePlan(next, "system");
    if (run.ran()) {
      log.info(
          "Inspection plan {}: {} planned of {} supervised", next, run.planned(), run.supervised());
    } else {
      log.debug("Inspection plan skipped: another node holds the lock");
    }
  }
}
