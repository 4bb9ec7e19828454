package org.shuzhi.risk.internal.safetycode;

import java.util.Map;
import java.util.stream.Collectors;
import org.shuzhi.risk.RiskColour;

/**
 * One rule: the enterprise gets {@code colour} when every condition holds (input at least the
 * threshold text, e.g. {@code maxDaysOverdue >= 60}, {@code riskColour >= RED}).
 *
 * @param position 1-based position in its rule set (reported as the rule that fired)
 * @param colour RED, ORANGE or YELLOW (BLUE is what no rule gives)
 * @param conditions thresholds by input, in the order written; never empty
 */
record SafetyCodeRule(int position, RiskColour colour, Map<SafetyCodeInput, String> conditions) {

  boolean matches(SafetyCodeInputs in) {
    return conditions.entrySet().stream()
        .allMatch(c -> c.getKey().severityOf(in) >= c.getKey().parseThreshold(c.getValue()));
  }

  /**
   * The rule in the rules-text syntax, e.g. {@code RED: riskColour >= RED AND majorHazardLevel >=
   * LEVEL_1}.
   */
  String text() {
    return colour.name()
        + ": "
        + conditions.entrySet().stream()
            .map(c -> c.getKey().textName() + " >= " + c.getValue())
            .collect(Collectors.joining(" AND "));
  }
}
