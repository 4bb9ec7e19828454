package org.shuzhi.risk.internal.safetycode;

import java.time.Instant;
import org.shuzhi.risk.RiskColour;

/**
 * A stored safety code, for staff pages (within data scope) and, reduced, the public page.
 *
 * @param ruleText the rule that fired as it read when it fired; null when no rule fired (BLUE)
 * @param token the public token of the QR URL
 */
record SafetyCodeView(
    long id,
    String uscc,
    String enterpriseName,
    String townCode,
    Double lon,
    Double lat,
    boolean synthetic,
    RiskColour colour,
    int ruleVersion,
    Integer rulePosition,
    String ruleText,
    SafetyCodeInputs inputs,
    Instant computedAt,
    String token) {}
