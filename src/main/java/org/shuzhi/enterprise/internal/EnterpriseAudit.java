package org.shuzhi.enterprise.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.core.PhoneNumber;
import org.springframework.stereotype.Component;

/**
 * The enterprise module's audit rows. Before/after states carry the phone masked: the audit trail
 * is read by the audit admin, who has no business seeing contact data.
 */
@Component
class EnterpriseAudit {

  static final String TARGET = "enterprise";

  private final AuditTrail trail;

  EnterpriseAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void created(Enterprise after) {
    trail.record(AuditEntry.created(TARGET, after.uscc(), state(after)));
  }

  void updated(Enterprise before, Enterprise after) {
    trail.record(AuditEntry.updated(TARGET, after.uscc(), state(before), state(after)));
  }

  void phoneRevealed(Enterprise e) {
    trail.record(
        AuditEntry.change(AuditAction.PII_REVEAL, TARGET, e.uscc(), null, null)
            .withDetail("contactPhone"));
  }

  void imported(int rows) {
    trail.record(
        AuditEntry.change(AuditAction.IMPORT, TARGET, null, null, null).withDetail(rows + " rows"));
  }

  void exported(int rows, boolean plaintext) {
    trail.record(
        AuditEntry.change(AuditAction.EXPORT, TARGET, null, null, null)
            .withDetail(rows + " rows" + (plaintext ? ", plaintext phone" : "")));
  }

  private static Map<String, Object> state(Enterprise e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("uscc", e.uscc());
    m.put("name", e.name());
    m.put("legalRepresentative", e.legalRepresentative());
    m.put(
        "contactPhone",
        e.contactPhone() == null ? null : new PhoneNumber(e.contactPhone()).masked());
    m.put("industryCode", e.industryCode());
    m.put("aboveScale", e.aboveScale());
    m.put("townCode", e.townCode());
    m.put("gridId", e.gridId());
    m.put("address", e.address());
    m.put("lon", e.lon());
    m.put("lat", e.lat());
    m.put("landAreaM2", e.landAreaM2());
    m.put("employees", e.employees());
    return m;
  }
}
