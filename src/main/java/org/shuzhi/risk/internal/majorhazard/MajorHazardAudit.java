package org.shuzhi.risk.internal.majorhazard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Audit rows for catalogue entries and major hazard sites (no personal data in either). */
@Component
class MajorHazardAudit {

  static final String CHEMICAL = "risk.chemical";
  static final String SITE = "risk.mh.site";

  private final AuditTrail trail;

  MajorHazardAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void chemicalCreated(ChemicalEntry after) {
    trail.record(AuditEntry.created(CHEMICAL, after.cas(), state(after)));
  }

  void chemicalUpdated(ChemicalEntry before, ChemicalEntry after) {
    trail.record(AuditEntry.updated(CHEMICAL, after.cas(), state(before), state(after)));
  }

  void siteCreated(long id, Map<String, Object> after) {
    trail.record(AuditEntry.created(SITE, id, after));
  }

  void siteUpdated(long id, Map<String, Object> before, Map<String, Object> after) {
    trail.record(AuditEntry.updated(SITE, id, before, after));
  }

  void siteDeleted(long id, Map<String, Object> before) {
    trail.record(AuditEntry.deleted(SITE, id, before));
  }

  /** A trusted batch (demo loader): nobody may be signed in, so the actor is named. */
  void sitesRegistered(List<Long> ids, String actor) {
    trail.record(
        AuditEntry.change(org.shuzhi.audit.AuditAction.IMPORT, SITE, null, null, null)
            .withDetail(ids.size() + " sites")
            .asActor(actor, null));
  }

  /** An Excel export of the site list: the filter used and how many rows left the system. */
  void sitesExported(String townCode, org.shuzhi.risk.MajorHazardLevel level, int rows) {
    trail.record(
        AuditEntry.change(org.shuzhi.audit.AuditAction.EXPORT, SITE, null, null, null)
            .withDetail("town=" + townCode + " level=" + level + ": " + rows + " rows"));
  }

  static Map<String, Object> state(ChemicalEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cas", e.cas());
    m.put("nameZh", e.nameZh());
    m.put("nameEn", e.nameEn());
    m.put("criticalQuantityT", e.criticalQuantity());
    m.put("beta", e.beta());
    m.put("categories", e.categories());
    m.put("toxicGas", e.toxicGas());
    m.put("note", e.note());
    return m;
  }
}
