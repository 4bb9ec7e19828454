package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.util.List;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardUnitKind;

/**
 * A unit's result (GB 18218-2018 §4.2.2, §4.3).
 *
 * @param s S = Σ q/Q
 * @param majorHazard S ≥ 1
 * @param weightedSum Σ βq/Q
 * @param r R = α Σ βq/Q
 * @param level null when the unit is not a major hazard
 */
record UnitEvaluation(
    String name,
    MajorHazardUnitKind kind,
    List<SubstanceTerm> substances,
    BigDecimal s,
    boolean majorHazard,
    BigDecimal alpha,
    BigDecimal weightedSum,
    BigDecimal r,
    MajorHazardLevel level) {}
