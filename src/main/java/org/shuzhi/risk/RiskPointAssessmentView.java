package org.shuzhi.risk;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored assessment.
 *
 * @param value D (LEC) or R (LS)
 * @param bandVersion version of the colour bands that gave the colour
 */
public record RiskPointAssessmentView(
    long id,
    RiskPointMethod method,
    BigDecimal l,
    BigDecimal e,
    BigDecimal c,
    BigDecimal s,
    BigDecimal value,
    RiskColour colour,
    int bandVersion,
    String assessor,
    Instant assessedAt,
    String comment) {}
