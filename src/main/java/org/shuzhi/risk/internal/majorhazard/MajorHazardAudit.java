package org.shuzhi.risk.internal.majorhazard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Audit rows for catalogue versions and entries and for major hazard sites (no personal data in
 * any).
 */
@Component
class MajorHazardAudit {

  static final String CHEMICAL = "risk.chemical";
  static final String SITE = "risk.mh.site";
  static final String CATALOGUE = "risk.catalogue";

  private final AuditTrail trail;

  MajorHazardAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void chemicalCreated(String versionCode, ChemicalEntry after) {
    trail.record(AuditEntry.created(CHEMICAL, after.key(), state(versionCode, after)));
  }

  void chemicalUpdated(String versionCode, ChemicalEntry before, ChemicalEntry after) {
    trail.record(
        AuditEntry.updated(
            CHEMICAL, after.key(), state(versionCode, before), state(versionCode, after)));
  }

  void chemicalDeleted(String versionCode, ChemicalEntry before) {
    trail.record(AuditEntry.deleted(CHEMICAL, before.key(), state(versionCode, before)));
  }

  void catalogueCreated(CatalogueVersion version) {
    trail.record(AuditEntry.created(CATALOGUE, version.code(), state(version)));
  }

  /** The switch of the active version, with what re-grading changed. */
  void catalogueActivated(
      CatalogueVersion previous, CatalogueVersion activated, SiteRegrader.Outcome outcome) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("active", activated.code());
    after.put("sitesRegraded", outcome.sitesRegraded());
    after.put("levelsChanged", outcome.levelsChanged());
    trail.record(
        AuditEntry.updated(
                CATALOGUE,
                activated.code(),
                Map.of("active", previous == null ? "" : previous.code()),
                after)
            .withDetail("activated"));
  }

  void catalogueDeleted(CatalogueVersion version) {
    trail.record(AuditEntry.deleted(CATALOGUE, version.code(), state(version)));
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

  static Map<String, Object> state(String versionCode, ChemicalEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("catalogueVersion", versionCode);
    m.put("key", e.key());
    m.put("aliases", e.aliasList());
    m.put("nameZh", e.nameZh());
    m.put("nameEn", e.nameEn());
    m.put("criticalQuantityT", e.criticalQuantity());
    m.put("beta", e.beta());
    m.put("categories", e.categories());
    m.put("toxicGas", e.toxicGas());
    m.put("note", e.note());
    return m;
  }

  private static Map<String, Object> state(CatalogueVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", v.code());
    m.put("title", v.title());
    m.put("basedOn", v.basedOn());
    m.put("status", v.status().name());
    m.put("entries", v.entries());
    return m;
  }
}
