package org.shuzhi.risk.internal.points;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.risk.RiskBand;
import org.shuzhi.risk.RiskBands;
import org.shuzhi.risk.RiskPointAssessmentView;
import org.shuzhi.risk.RiskPointDraft;
import org.springframework.stereotype.Component;

/**
 * Audit rows of the census and risk grading. Phones go in masked: the audit admin has no business
 * seeing contact data. {@code actor} is null for signed-in users (the trail takes them from the
 * security context) and named for trusted loaders.
 */
@Component
class RiskAudit {

  static final String OBJECT = "risk_object";
  static final String POINT = "risk_point";
  static final String BANDS = "risk_band";

  private final AuditTrail trail;

  RiskAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void created(RiskObjectRow after, String actor) {
    record(AuditEntry.created(OBJECT, after.id(), state(after)), actor);
  }

  void updated(RiskObjectRow before, RiskObjectRow after) {
    trail.record(AuditEntry.updated(OBJECT, after.id(), state(before), state(after)));
  }

  void retired(RiskObjectRow before, String reason) {
    Map<String, Object> state = state(before);
    state.put("colour", before.colour());
    trail.record(AuditEntry.deleted(OBJECT, before.id(), state).withDetail("RETIRE: " + reason));
  }

  void pointAdded(long pointId, long objectId, RiskPointDraft d, String actor) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("riskObjectId", objectId);
    m.put("name", d.name());
    m.put("hazardDescription", d.hazardDescription());
    m.put("controlLevel", d.controlLevel());
    m.put("responsiblePerson", d.responsiblePerson());
    record(AuditEntry.created(POINT, pointId, m), actor);
  }

  void assessed(long pointId, RiskPointAssessmentView a, String actor) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", a.method());
    m.put("l", a.l());
    m.put("e", a.e());
    m.put("c", a.c());
    m.put("s", a.s());
    m.put("value", a.value());
    m.put("colour", a.colour());
    m.put("bandVersion", a.bandVersion());
    m.put("comment", a.comment());
    record(
        AuditEntry.change(AuditAction.CREATE, "risk_assessment", a.id(), null, m)
            .withDetail("risk_point " + pointId),
        actor);
  }

  void bandsChanged(RiskBands before, RiskBands after) {
    trail.record(
        AuditEntry.updated(BANDS, after.method().name(), bandState(before), bandState(after)));
  }

  void imported(int rows) {
    trail.record(
        AuditEntry.change(AuditAction.IMPORT, OBJECT, null, null, null).withDetail(rows + " rows"));
  }

  void exported(int rows) {
    trail.record(
        AuditEntry.change(AuditAction.EXPORT, OBJECT, null, null, null).withDetail(rows + " rows"));
  }

  private void record(AuditEntry entry, String actor) {
    trail.record(actor == null ? entry : entry.asActor(actor, null));
  }

  private static Map<String, Object> bandState(RiskBands bands) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", bands.version());
    for (RiskBand b : bands.bands()) {
      m.put(b.colour().name(), (b.inclusive() ? ">= " : "> ") + b.lowerBound().toPlainString());
    }
    return m;
  }

  static Map<String, Object> state(RiskObjectRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("kind", r.kind());
    m.put("enterpriseUscc", r.enterpriseUscc());
    m.put("address", r.address());
    m.put("lon", r.lon());
    m.put("lat", r.lat());
    m.put("ownLocation", r.ownLocation());
    m.put("townCode", r.townCode());
    m.put("gridId", r.gridId());
    List<Map<String, Object>> persons =
        r.persons().stream()
            .map(
                p -> {
                  Map<String, Object> pm = new LinkedHashMap<>();
                  pm.put("name", p.name());
                  pm.put("phone", p.phone() == null ? null : PhoneNumber.mask(p.phone()));
                  return pm;
                })
            .toList();
    m.put("responsiblePersons", persons);
    return m;
  }
}
