package org.shuzhi.inspection.internal;

import java.util.List;
import java.util.Optional;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/**
 * The tier rules in force. Every rule matching the enterprise's risk colour or major-hazard level
 * applies and the strictest wins (分级监管: supervision follows the highest risk an enterprise carries,
 * whichever way it is measured). An enterprise no rule applies to is not under planned supervision.
 */
record TierRules(List<TierRule> rules) {

  TierRules {
    rules = List.copyOf(rules);
  }

  Optional<Supervision> supervisionOf(RiskColour colour, MajorHazardLevel level) {
    Supervision best = null;
    for (TierRule rule : rules) {
      boolean applies =
          switch (rule.criterion()) {
            case RISK_COLOUR -> colour != null && colour.name().equals(rule.value());
            case MAJOR_HAZARD_LEVEL -> level != null && level.name().equals(rule.value());
          };
      if (applies) {
        Supervision s = new Supervision(rule.tier(), rule.frequencyMonths());
        if (best == null || s.stricterThan(best)) {
          best = s;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
