package org.shuzhi.hazard.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code shuzhi.hazard.*}.
 *
 * @param regulatorDepartment department code of the regulator (应急管理局), whose staff grade, assign,
 *     re-inspect, supervise and close hazards district-wide
 * @param evidence photo upload limits
 * @param escalation the overdue ladder
 */
@ConfigurationProperties("shuzhi.hazard")
record HazardProperties(String regulatorDepartment, Evidence evidence, Escalation escalation) {

  HazardProperties {
    regulatorDepartment =
        regulatorDepartment == null || regulatorDepartment.isBlank()
            ? "EMERGENCY"
            : regulatorDepartment;
    evidence = evidence == null ? new Evidence(null) : evidence;
    escalation = escalation == null ? new Escalation(0, 0, 0, null, true) : escalation;
  }

  /**
   * @param maxSize largest photo accepted (default 5 MB)
   */
  record Evidence(DataSize maxSize) {
    Evidence {
      maxSize = maxSize == null ? DataSize.ofMegabytes(5) : maxSize;
    }
  }

  /**
   * "一月一通报、二月一曝光、三月一警示": days past the deadline for each level (defaults 30/60/90; the reading as
   * T+30/60/90 is unconfirmed, hence configuration, see docs/domain/emergency.md §4).
   *
   * @param interval how often the job runs (also read by {@code @Scheduled} through the property)
   * @param enabled whether this node runs the job at all
   */
  record Escalation(
      int bulletinDays, int exposureDays, int warningDays, Duration interval, boolean enabled) {
    Escalation {
      bulletinDays = bulletinDays <= 0 ? 30 : bulletinDays;
      exposureDays = exposureDays <= 0 ? 60 : exposureDays;
      warningDays = warningDays <= 0 ? 90 : warningDays;
      interval = interval == null ? Duration.ofHours(1) : interval;
      if (!(bulletinDays < exposureDays && exposureDays < warningDays)) {
        throw new IllegalArgumentException(
            "shuzhi.hazard.escalation: bulletin-days < exposure-days < warning-days required");
      }
    }
  }
}
