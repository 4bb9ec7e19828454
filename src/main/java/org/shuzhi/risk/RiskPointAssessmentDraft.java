package org.shuzhi.risk;

import java.math.BigDecimal;

/**
 * An assessment as entered: LEC needs l, e, c; LS needs l, s.
 *
 * @param comment the assessor's note, optional
 */
public record RiskPointAssessmentDraft(
    RiskPointMethod method,
    BigDecimal l,
    BigDecimal e,
    BigDecimal c,
    BigDecimal s,
    String comment) {}
