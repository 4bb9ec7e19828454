package org.shuzhi.inspection.internal;

import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Audit rows of the inspection module: inspections, violations, plans, rule edits, exports. */
@Component
class InspectionAudit {

  private final AuditTrail trail;

  InspectionAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void started(long id, String uscc, String checklist, String actor) {
    record(
        AuditEntry.updated(
                "inspection", id, null, Map.of("enterpriseUscc", uscc, "checklist", checklist))
            .withDetail("START"),
        actor);
  }

  void answered(long id, Object results, boolean finished, String actor) {
    record(
        AuditEntry.updated("inspection", id, null, Map.of("results", results))
            .withDetail(finished ? "FINISH" : "ANSWER"),
        actor);
  }

  void violationRecorded(Violation v, String actor) {
    record(
        AuditEntry.created(
                "inspection_violation",
                v.id(),
                Map.of(
                    "inspectionId", v.inspectionId(),
                    "penaltyKind", v.penaltyKind(),
                    "amountYuan", v.amountYuan() == null ? "" : v.amountYuan().toPlainString()))
            .withDetail(v.legalBasis()),
        actor);
  }

  void planGenerated(String month, int created, String actor) {
    record(
        AuditEntry.change(AuditAction.CREATE, "inspection_plan", month, null, null)
            .withDetail(created + " inspections planned"),
        actor);
  }

  void ruleChanged(TierRule before, TierRule after) {
    trail.record(
        AuditEntry.updated(
            "inspection_tier_rule",
            after.id(),
            Map.of("tier", before.tier(), "frequencyMonths", before.frequencyMonths()),
            Map.of("tier", after.tier(), "frequencyMonths", after.frequencyMonths())));
  }

  void ruleAdded(TierRule rule) {
    trail.record(AuditEntry.created("inspection_tier_rule", rule.id(), ruleState(rule)));
  }

  void ruleRemoved(TierRule rule) {
    trail.record(AuditEntry.deleted("inspection_tier_rule", rule.id(), ruleState(rule)));
  }

  private static Map<String, Object> ruleState(TierRule rule) {
    return Map.of(
        "criterion", rule.criterion(),
        "value", rule.value(),
        "tier", rule.tier(),
        "frequencyMonths", rule.frequencyMonths(),
        "version", rule.version());
  }

  void weightChanged(ScoreFactor factor, Object before, Object after) {
    trail.record(
        AuditEntry.updated(
            "inspection_score_weight",
            factor.name(),
            Map.of("points", before),
            Map.of("points", after)));
  }

  void exported(String what, int rows) {
    trail.record(
        AuditEntry.change(AuditAction.EXPORT, "inspection", null, null, null)
            .withDetail(what + ": " + rows + " rows"));
  }

  /** A null actor means the signed-in user; a named one is a job or loader. */
  private void record(AuditEntry entry, String actor) {
    trail.record(actor == null ? entry : entry.asActor(actor, null));
  }
}
