package org.shuzhi.efficiency.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Audit entries of the publication workflow: moves of runs, objections, result corrections. */
@Component
class WorkflowAudit {

  private final AuditTrail trail;

  WorkflowAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void moved(long runId, RunStatus from, RunStatus to, String comment) {
    trail.record(
        AuditEntry.updated(
            "efficiency_run",
            runId,
            Map.of("status", from.name()),
            values("status", to.name(), "comment", comment)));
  }

  void publicityDaysChanged(int year, int before, int after) {
    trail.record(
        AuditEntry.updated(
            "efficiency_year",
            year,
            Map.of("publicityDays", before),
            Map.of("publicityDays", after)));
  }

  void objectionFiled(long objectionId, long runId, String uscc, int attachments) {
    trail.record(
        AuditEntry.created(
            "efficiency_objection",
            objectionId,
            Map.of("runId", runId, "uscc", uscc, "attachments", attachments)));
  }

  void objectionDecided(long objectionId, boolean accepted, String reason) {
    trail.record(
        AuditEntry.updated(
            "efficiency_objection",
            objectionId,
            Map.of("status", "PENDING"),
            values("status", accepted ? "ACCEPTED" : "REJECTED", "reason", reason)));
  }

  void resultCorrected(long runId, String uscc, String before, String after, String reason) {
    trail.record(
        AuditEntry.updated(
            "efficiency_result",
            runId + ":" + uscc,
            values("efficiencyClass", before),
            values("efficiencyClass", after, "reason", reason)));
  }

  /** A map that keeps null values (Map.of refuses them). */
  private static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
