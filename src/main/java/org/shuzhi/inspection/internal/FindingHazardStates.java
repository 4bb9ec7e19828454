package org.shuzhi.inspection.internal;

import java.util.Collection;
import java.util.Map;
import org.shuzhi.hazard.HazardStateChanged;
import org.shuzhi.risk.InspectionFindings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each finding's hazard state in step with the hazard loop (from its events, in the same
 * transaction), and counts the open findings per enterprise: failed items whose hazard is not
 * closed: the risk module's {@link InspectionFindings} port, an input of the enterprise safety code
 * (which recomputes after commit on the same hazard events, so it sees the updated states).
 */
@Component
class FindingHazardStates implements InspectionFindings {

  private final InspectionRepository repository;

  FindingHazardStates(InspectionRepository repository) {
    this.repository = repository;
  }

  @EventListener
  void on(HazardStateChanged event) {
    repository.updateHazardState(event.hazardId(), event.state().name());
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Long> openFindingsOf(Collection<String> usccs) {
    return repository.openFindings(usccs);
  }
}
