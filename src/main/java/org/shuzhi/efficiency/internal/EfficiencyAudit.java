package org.shuzhi.efficiency.internal;

import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Audit entries of the evaluation: years, method changes, imports, runs. */
@Component
class EfficiencyAudit {

  private final AuditTrail trail;

  EfficiencyAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void yearCreated(int year, int enterprises) {
    trail.record(
        AuditEntry.created(
            "efficiency_year", year, Map.of("year", year, "enterprisesInScope", enterprises)));
  }

  void methodChanged(int year, Object before, Object after) {
    trail.record(AuditEntry.updated("efficiency_method", year, before, after));
  }

  void imported(long importId, int year, Dataset dataset, String fileName, int rows) {
    trail.record(
        AuditEntry.change(
            AuditAction.IMPORT,
            "efficiency_import",
            importId,
            null,
            Map.of(
                "year",
                year,
                "dataset",
                dataset.name(),
                "file",
                fileName == null ? "API" : fileName,
                "rows",
                rows)));
  }

  void runCreated(long runId, int year, int version, int enterprises) {
    trail.record(
        AuditEntry.created(
            "efficiency_run",
            runId,
            Map.of("year", year, "version", version, "enterprises", enterprises)));
  }
}
