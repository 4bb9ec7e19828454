package org.shuzhi.hazard.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardFinding;
import org.shuzhi.hazard.HazardFindings;
import org.shuzhi.hazard.HazardSource;
import org.shuzhi.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of inspections become hazards through the same report and grading steps as any other, so
 * their history, audit rows and events are the same; only the source is INSPECTION whoever
 * inspected (a grid worker's inspection is still an inspection, not a grid report).
 */
@Component
class HazardFindingIntake implements HazardFindings {

  private final HazardService service;
  private final HazardWorkflow workflow;
  private final Clock clock;

  HazardFindingIntake(HazardService service, HazardWorkflow workflow, Clock clock) {
    this.service = service;
    this.workflow = workflow;
    this.clock = clock;
  }

  @Override
  @Transactional
  public long reportFinding(HazardFinding finding, CurrentUser inspector) {
    Acting acting = Acting.of(inspector);
    Instant at = clock.instant();
    Hazard hazard =
        service.report(
            new HazardReport(
                finding.title(),
                finding.description(),
                finding.enterpriseUscc(),
                null,
                null,
                null,
                HazardSource.INSPECTION),
            List.of(),
            acting,
            at,
            true);
    if (finding.grade() != null
        && workflow.decide(hazard.subject(), acting.actor(), HazardAction.GRADE, finding.grade())
            instanceof HazardWorkflow.Decision.Allowed) {
      hazard =
          service.transition(
              hazard.id(),
              new TransitionRequest(
                  HazardAction.GRADE, null, finding.grade(), null, null, List.of()),
              List.of(),
              acting,
              at);
    }
    return hazard.id();
  }
}
