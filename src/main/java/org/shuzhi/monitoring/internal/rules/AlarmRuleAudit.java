package org.shuzhi.monitoring.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Audit rows of rule changes, imports and exports; states are the rule's JSON and version. */
@Component
class AlarmRuleAudit {

  static final String TARGET = "monitoring_alarm_rule";

  private final AuditTrail trail;
  private final AlarmRuleJson json;

  AlarmRuleAudit(AuditTrail trail, AlarmRuleJson json) {
    this.trail = trail;
    this.json = json;
  }

  void changed(
      AuditAction action, String code, StoredAlarmRule before, AlarmRule after, int version) {
    trail.record(
        AuditEntry.change(
            action,
            TARGET,
            code,
            before == null ? null : state(before.rule(), before.version()),
            after == null ? null : state(after, version)));
  }

  void imported(int created, int updated, int unchanged) {
    trail.record(
        AuditEntry.change(AuditAction.IMPORT, TARGET, null, null, null)
            .withDetail(
                created + " created, " + updated + " updated, " + unchanged + " unchanged"));
  }

  void exported(int rules) {
    trail.record(
        AuditEntry.change(AuditAction.EXPORT, TARGET, null, null, null)
            .withDetail(rules + " rules"));
  }

  private Map<String, Object> state(AlarmRule rule, int version) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", version);
    m.put("rule", json.tree(rule));
    return m;
  }
}
