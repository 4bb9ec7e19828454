package org.shuzhi.inspection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/**
 * The enforcement score (精准执法: enforcement aimed where risk is highest): weighted points for the
 * risk colour, the major-hazard level and counts of open, overdue and open major hazards, failed
 * inspection items and penalties of the last 12 months. Each contributing factor is kept as a
 * reason, so the list can show why an enterprise ranks where it does.
 */
final class EnforcementScore {

  /** What is known of an enterprise. */
  record Signals(
      RiskColour colour,
      MajorHazardLevel level,
      long openHazards,
      long overdueHazards,
      long openMajorHazards,
      long failedItems,
      long penalties) {}

  /** One factor that added points: the factor, how many times it counted, the points. */
  record Reason(ScoreFactor factor, long count, BigDecimal points) {}

  /** The total and its reasons, largest first. */
  record Result(BigDecimal score, List<Reason> reasons) {}

  private final Map<ScoreFactor, BigDecimal> weights;

  EnforcementScore(Map<ScoreFactor, BigDecimal> weights) {
    this.weights = new EnumMap<>(ScoreFactor.class);
    this.weights.putAll(weights);
  }

  Result score(Signals s) {
    List<Reason> reasons = new ArrayList<>();
    if (s.colour() != null) {
      add(reasons, ScoreFactor.valueOf("COLOUR_" + s.colour().name()), 1);
    }
    if (s.level() != null) {
      add(reasons, ScoreFactor.valueOf(s.level().name()), 1);
    }
    add(reasons, ScoreFactor.OPEN_HAZARD, s.openHazards());
    add(reasons, ScoreFactor.OVERDUE_HAZARD, s.overdueHazards());
    add(reasons, ScoreFactor.OPEN_MAJOR_HAZARD, s.openMajorHazards());
    add(reasons, ScoreFactor.FAILED_ITEM, s.failedItems());
    add(reasons, ScoreFactor.PENALTY, s.penalties());
    reasons.sort((a, b) -> b.points().compareTo(a.points()));
    BigDecimal total =
        reasons.stream().map(Reason::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Result(total, List.copyOf(reasons));
  }

  private void add(List<Reason> reasons, ScoreFactor factor, long count) {
    BigDecimal weight = weights.getOrDefault(factor, BigDecimal.ZERO);
    if (count <= 0 || weight.signum() == 0) {
      return;
    }
    reasons.add(new Reason(factor, count, weight.multiply(BigDecimal.valueOf(count))));
  }
}
