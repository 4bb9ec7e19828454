package org.shuzhi.inspection.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly inspection plan: refreshes every enterprise's supervision tier from the rules, then
 * plans one inspection for each enterprise due in the month (see {@link DueRule}), in its town,
 * with one statement per batch of enterprises. Idempotent (one planned inspection per enterprise
 * and month, kept by a unique index) and safe with several nodes (a PostgreSQL advisory lock; a
 * node that does not get it skips the run).
 */
@Service
class InspectionPlanner {

  /** What a run did; {@code ran} is false when another node held the lock. */
  record Run(boolean ran, int supervised, int planned) {}

  private final InspectionRepository repository;
  private final ReferenceRepository reference;
  private final SupervisionRegister register;
  private final InspectionAudit audit;
  private final InspectionLocations locations;
  private final Clock clock;

  InspectionPlanner(
      InspectionRepository repository,
      ReferenceRepository reference,
      SupervisionRegister register,
      InspectionAudit audit,
      InspectionLocations locations,
      Clock clock) {
    this.repository = repository;
    this.reference = reference;
    this.register = register;
    this.audit = audit;
    this.locations = locations;
    this.clock = clock;
  }

  /**
   * Generates the plan of {@code month}.
   *
   * @param actor the audit actor: null for the signed-in user, a name for the scheduled job
   */
  @Transactional
  public Run generatePlan(YearMonth month, String actor) {
    if (!repository.tryPlanLock()) {
      return new Run(false, 0, 0);
    }
    Instant now = clock.instant();
    var supervised = register.refresh(new TierRules(reference.tierRules()), now, actor);
    Map<String, LocalDate> last = repository.lastInspected();
    List<SupervisedEnterprise> due =
        supervised.stream()
            .filter(e -> DueRule.due(last.get(e.uscc()), e.supervision().frequencyMonths(), month))
            .toList();
    int planned = 0;
    for (int from = 0; from < due.size(); from += SupervisionRegister.BATCH) {
      planned +=
          repository.insertPlanned(
              due.subList(from, Math.min(from + SupervisionRegister.BATCH, due.size())),
              month,
              now);
    }
    // The new entries get their enterprise's place (grid filter, map) in one pass.
    locations.locateMissing();
    audit.planGenerated(month.toString(), planned, actor);
    return new Run(true, supervised.size(), planned);
  }
}
