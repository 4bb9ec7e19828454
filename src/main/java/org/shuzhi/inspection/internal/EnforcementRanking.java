package org.shuzhi.inspection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.hazard.HazardFigures;
import org.shuzhi.hazard.HazardStatistics;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement list (精准执法): the enterprises under supervision or inspected in the last 12
 * months, within the user's scope, ranked by {@link EnforcementScore}, highest first.
 */
@Service
class EnforcementRanking {

  /** One ranked enterprise. */
  record Row(
      int rank,
      String uscc,
      String name,
      String townCode,
      String townName,
      RiskColour colour,
      MajorHazardLevel level,
      BigDecimal score,
      List<EnforcementScore.Reason> reasons) {}

  static final Duration YEAR = Duration.ofDays(365);

  /** Enterprises per bulk read of hazard figures. */
  static final int FIGURES_BATCH = 2000;

  private final SupervisionRegister register;
  private final InspectionRepository repository;
  private final ReferenceRepository reference;
  private final HazardStatistics hazards;
  private final EnterpriseDirectory enterprises;
  private final InspectionService inspections;
  private final InspectionRights rights;
  private final Clock clock;

  EnforcementRanking(
      SupervisionRegister register,
      InspectionRepository repository,
      ReferenceRepository reference,
      HazardStatistics hazards,
      EnterpriseDirectory enterprises,
      InspectionService inspections,
      InspectionRights rights,
      Clock clock) {
    this.register = register;
    this.repository = repository;
    this.reference = reference;
    this.hazards = hazards;
    this.enterprises = enterprises;
    this.inspections = inspections;
    this.rights = rights;
    this.clock = clock;
  }

  /**
   * The {@code query.top()} highest-scoring enterprises of the user's scope matching the filters.
   * The scope applies whatever the filters ask for.
   */
  @Transactional(readOnly = true)
  public List<Row> top(EnforcementQuery query, CurrentUser user) {
    rights.requireRead(user);
    Instant since = clock.instant().minus(YEAR);
    Map<String, SupervisedEnterprise> candidates = new HashMap<>();
    register.current().forEach(e -> candidates.put(e.uscc(), e));
    repository
        .inspectedSince(since)
        .forEach(
            (uscc, nameTown) ->
                candidates.putIfAbsent(
                    uscc,
                    new SupervisedEnterprise(
                        uscc, nameTown[0], nameTown[1], null, null, null, null)));
    List<SupervisedEnterprise> inScope =
        candidates.values().stream()
            .filter(e -> user.scope().coversTown(e.townCode()))
            .filter(e -> query.townCode() == null || query.townCode().equals(e.townCode()))
            .filter(e -> query.colour() == null || query.colour() == e.colour())
            .toList();
    if (query.gridId() != null) {
      inScope = inGrid(inScope, query.gridId());
    }
    Map<String, HazardFigures> figures = hazardFigures(inScope);
    Map<String, Long> failed = repository.failedItemsSince(since);
    Map<String, Long> penalties = repository.penaltiesSince(since);
    EnforcementScore scoring = new EnforcementScore(reference.weights());
    List<Row> rows = new ArrayList<>();
    for (SupervisedEnterprise e : inScope) {
      HazardFigures h = figures.getOrDefault(e.uscc(), HazardFigures.NONE);
      var result =
          scoring.score(
              new EnforcementScore.Signals(
                  e.colour(),
                  e.level(),
                  h.open(),
                  h.overdue(),
                  h.openMajor(),
                  failed.getOrDefault(e.uscc(), 0L),
                  penalties.getOrDefault(e.uscc(), 0L)));
      if (result.score().signum() > 0) {
        rows.add(
            new Row(
                0,
                e.uscc(),
                e.name(),
                e.townCode(),
                null,
                e.colour(),
                e.level(),
                result.score(),
                result.reasons()));
      }
    }
    rows.sort(Comparator.comparing(Row::score).reversed().thenComparing(Row::uscc));
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < Math.min(query.top(), rows.size()); i++) {
      Row r = rows.get(i);
      ranked.add(
          new Row(
              i + 1,
              r.uscc(),
              r.name(),
              r.townCode(),
              inspections.townName(r.townCode()),
              r.colour(),
              r.level(),
              r.score(),
              r.reasons()));
    }
    return ranked;
  }

  /**
   * The candidates lying in {@code gridId} now, by the enterprise registry's grid (the register's
   * copy may be a month old, and enterprises only inspected have none), {@value #FIGURES_BATCH} a
   * read.
   */
  private List<SupervisedEnterprise> inGrid(List<SupervisedEnterprise> candidates, long gridId) {
    Set<String> inGrid = new HashSet<>();
    for (int from = 0; from < candidates.size(); from += FIGURES_BATCH) {
      List<String> usccs =
          candidates.subList(from, Math.min(from + FIGURES_BATCH, candidates.size())).stream()
              .map(SupervisedEnterprise::uscc)
              .toList();
      enterprises.byUsccs(usccs).stream()
          .filter(e -> e.gridId() != null && e.gridId() == gridId)
          .forEach(e -> inGrid.add(e.uscc()));
    }
    return candidates.stream().filter(e -> inGrid.contains(e.uscc())).toList();
  }

  /**
   * The hazard figures of the candidates through the hazard module's bulk API, {@value
   * #FIGURES_BATCH} enterprises a call: ranking N enterprises costs O(N / batch) queries, not one
   * per enterprise.
   */
  private Map<String, HazardFigures> hazardFigures(List<SupervisedEnterprise> enterprises) {
    Map<String, HazardFigures> figures = new HashMap<>();
    for (int from = 0; from < enterprises.size(); from += FIGURES_BATCH) {
      List<String> usccs =
          enterprises.subList(from, Math.min(from + FIGURES_BATCH, enterprises.size())).stream()
              .map(SupervisedEnterprise::uscc)
              .toList();
      figures.putAll(hazards.figuresOf(usccs));
    }
    return figures;
  }
}
