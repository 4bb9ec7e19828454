package org.shuzhi.hazard.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** The hazard module's audit rows: reports, transitions, uploads, exports, escalation runs. */
@Component
class HazardAudit {

  static final String TARGET = "hazard";

  private final AuditTrail trail;

  HazardAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void reported(Hazard after, Acting acting) {
    record(AuditEntry.created(TARGET, after.id(), state(after)).withDetail("REPORT"), acting);
  }

  void transitioned(Hazard before, Hazard after, String action, Acting acting) {
    record(
        AuditEntry.updated(TARGET, after.id(), state(before), state(after)).withDetail(action),
        acting);
  }

  void evidenceAdded(long hazardId, long evidenceId, Acting acting) {
    record(
        AuditEntry.change(AuditAction.CREATE, "hazard_evidence", evidenceId, null, null)
            .withDetail("hazard " + hazardId),
        acting);
  }

  void exported(String what, int rows) {
    trail.record(
        AuditEntry.change(AuditAction.EXPORT, TARGET, null, null, null)
            .withDetail(what + ": " + rows + " rows"));
  }

  void escalated(String level, int hazards) {
    trail.record(
        AuditEntry.change(AuditAction.UPDATE, "hazard_escalation", null, null, null)
            .withDetail(level + ": " + hazards + " hazards")
            .asActor("system", null));
  }

  private void record(AuditEntry entry, Acting acting) {
    trail.record(acting.loader() ? entry.asActor(acting.username(), null) : entry);
  }

  private static Map<String, Object> state(Hazard h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enterpriseUscc", h.enterpriseUscc());
    m.put("title", h.title());
    m.put("townCode", h.townCode());
    m.put("gridId", h.gridId());
    m.put("source", h.source());
    m.put("grade", h.grade());
    m.put("state", h.state());
    m.put("responsibleUnit", h.responsibleUnit());
    m.put("deadline", h.deadline() == null ? null : h.deadline().toString());
    m.put("supervised", h.supervised());
    return m;
  }
}
