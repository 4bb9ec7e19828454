package org.shuzhi.risk.internal.safetycode;

import java.util.List;
import java.util.stream.Collectors;
import org.shuzhi.risk.RiskColour;

/**
 * A version of the safety-code rules. Precedence: the gravest colour of all matching rules wins, so
 * the order of the rules never makes an enterprise look safer than a rule says; among the matching
 * rules of that colour the first one is reported as the rule that fired. No matching rule gives
 * BLUE (blue is best, as in 余杭's 企业安全码).
 */
record SafetyCodeRuleSet(int version, List<SafetyCodeRule> rules) {

  SafetyCodeRuleSet {
    rules = List.copyOf(rules);
  }

  /** The colour and the rule that gave it (null for BLUE by default). */
  record Verdict(RiskColour colour, SafetyCodeRule rule) {}

  Verdict evaluate(SafetyCodeInputs inputs) {
    SafetyCodeRule fired = null;
    for (SafetyCodeRule r : rules) {
      if ((fired == null || r.colour().higherThan(fired.colour())) && r.matches(inputs)) {
        fired = r;
      }
    }
    return fired == null ? new Verdict(RiskColour.BLUE, null) : new Verdict(fired.colour(), fired);
  }

  String text() {
    return rules.stream().map(SafetyCodeRule::text).collect(Collectors.joining("\n"));
  }
}
