package org.shuzhi.risk.internal.safetycode;

import org.shuzhi.hazard.HazardStateChanged;
import org.shuzhi.risk.ActiveAlarmsChanged;
import org.shuzhi.risk.EnterpriseRiskChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes safety codes when their inputs change: after the commit, asynchronously, with the
 * event publication registry retrying on failure. Recomputing is idempotent, so a redelivery is
 * harmless.
 */
@Component
class SafetyCodeListener {

  private final SafetyCodeService service;

  SafetyCodeListener(SafetyCodeService service) {
    this.service = service;
  }

  @ApplicationModuleListener
  void on(HazardStateChanged event) {
    service.recompute(event.enterpriseUscc());
  }

  @ApplicationModuleListener
  void on(EnterpriseRiskChanged event) {
    service.recompute(event.uscc());
  }

  @ApplicationModuleListener
  void on(ActiveAlarmsChanged event) {
    service.recompute(event.uscc());
  }

  @ApplicationModuleListener
  void on(SafetyCodeService.RulesChanged event) {
    service.recomputeAll();
  }
}
