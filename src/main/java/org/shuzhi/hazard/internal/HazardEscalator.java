package org.shuzhi.hazard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.hazard.HazardEscalated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates hazards left unrectified past their deadline (一月一通报、二月一曝光、三月一警示). Idempotent: the table
 * keeps one row per (hazard, level), so a re-run adds nothing. Safe with several nodes: the work
 * runs under a PostgreSQL advisory lock taken for the transaction; a node that does not get it
 * skips the run, as another node is doing it. Each new escalation is published as a {@link
 * HazardEscalated} event.
 */
@Service
class HazardEscalator {

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  /**
   * What a run did.
   *
   * @param ran false when another node held the lock
   * @param escalated hazards newly escalated, per level
   */
  record Run(boolean ran, Map<EscalationLevel, Integer> escalated) {}

  private final EscalationRepository repository;
  private final EscalationRule rule;
  private final String department;
  private final HazardAudit audit;
  private final ApplicationEventPublisher events;

  HazardEscalator(
      EscalationRepository repository,
      HazardProperties properties,
      HazardAudit audit,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.rule = EscalationRule.of(properties.escalation());
    this.department = properties.regulatorDepartment();
    this.audit = audit;
    this.events = events;
  }

  EscalationRule rule() {
    return rule;
  }

  @Transactional
  public Run runAt(Instant now) {
    if (!repository.tryLock()) {
      return new Run(false, Map.of());
    }
    LocalDate today = LocalDate.ofInstant(now, HazardService.ZONE);
    String month = MONTH.format(today);
    Map<EscalationLevel, Integer> counts = new EnumMap<>(EscalationLevel.class);
    for (EscalationLevel level : EscalationLevel.values()) {
      List<HazardEscalated> escalated =
          repository.escalate(level, rule.cutoff(level, today), today, now, month, department);
      int n = escalated.size();
      counts.put(level, n);
      // One event per hazard and level: the people responsible for it are told (HazardNotices).
      escalated.forEach(events::publishEvent);
      if (n > 0) {
        audit.escalated(level.name(), n);
      }
    }
    return new Run(true, counts);
  }
}
