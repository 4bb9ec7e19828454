package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.util.List;
import org.shuzhi.risk.MajorHazardLevel;

/**
 * The whole calculation for a set of units sharing one exposed population.
 *
 * @param catalogueVersionId the id of the catalogue version used
 * @param catalogueVersion the code of the catalogue version used
 * @param alphaBand the band the population falls in
 */
record Evaluation(
    long catalogueVersionId,
    String catalogueVersion,
    int exposedPopulation,
    BigDecimal alpha,
    AlphaBand alphaBand,
    List<UnitEvaluation> units) {

  /** The gravest level among the units, null when none is a major hazard. */
  public MajorHazardLevel highestLevel() {
    MajorHazardLevel highest = null;
    for (UnitEvaluation u : units) {
      if (u.level() != null && u.level().graverThan(highest)) {
        highest = u.level();
      }
    }
    return highest;
  }
}
