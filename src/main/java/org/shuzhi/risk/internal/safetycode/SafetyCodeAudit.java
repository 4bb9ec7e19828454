package org.shuzhi.risk.internal.safetycode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Audit rows of rule changes (the codes themselves are derived data and not audited). */
@Component
class SafetyCodeAudit {

  static final String RULES = "risk_safety_code_rule";

  private final AuditTrail trail;

  SafetyCodeAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void rulesChanged(SafetyCodeRuleSet before, SafetyCodeRuleSet after) {
    trail.record(AuditEntry.updated(RULES, after.version(), state(before), state(after)));
  }

  private static Map<String, Object> state(SafetyCodeRuleSet set) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", set.version());
    m.put("rules", set.rules().stream().map(SafetyCodeRule::text).toList());
    return m;
  }
}
