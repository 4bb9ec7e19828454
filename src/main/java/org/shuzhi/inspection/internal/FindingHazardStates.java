package org.shuzhi.inspection.internal;

import java.util.Collection;
import java.util.Map;
import org.shuzhi.hazard.HazardStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each finding's hazard state in step with the hazard loop (from its events, in the same
 * transaction), and counts the open findings per enterprise: failed items whose hazard is not
 * closed. {@link #openFindingsOf} has the shape of the risk module's planned port {@code
 * org.shuzhi.risk.InspectionFindings} (the enterprise safety code's input); this class is meant to
 * declare that port once it is on main.
 */
@Component
class FindingHazardStates {

  private final InspectionRepository repository;

  FindingHazardStates(InspectionRepository repository) {
    this.repository = repository;
  }

  @EventListener
  void on(HazardStateChanged event) {
    repository.updateHazardState(event.hazardId(), event.state().name());
  }

  /** Open findings per USCC, for many enterprises in one call; absent means 0. */
  @Transactional(readOnly = true)
  public Map<String, Long> openFindingsOf(Collection<String> usccs) {
    return repository.openFindings(usccs);
  }
}
