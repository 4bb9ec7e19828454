package org.shuzhi.inspection.internal;

import java.time.Clock;
import org.shuzhi.risk.EnterpriseRiskChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an enterprise's supervision tier current when its risk colour or major-hazard level
 * changes, instead of waiting for the next monthly plan: after the risk change commits,
 * asynchronously, with the event publication registry retrying on failure. The refresh compares
 * before it writes, so a redelivered event changes nothing. A change of the tier rules refreshes
 * every enterprise the same way.
 */
@Component
class SupervisionTierListener {

  private final SupervisionRegister register;
  private final ReferenceRepository reference;
  private final Clock clock;

  SupervisionTierListener(
      SupervisionRegister register, ReferenceRepository reference, Clock clock) {
    this.register = register;
    this.reference = reference;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(EnterpriseRiskChanged event) {
    if (event.uscc() != null) {
      register.refresh(event.uscc(), new TierRules(reference.tierRules()), clock.instant());
    }
  }

  /** Tier rules changed: every enterprise's tier follows, as a monthly refresh would. */
  @ApplicationModuleListener
  void on(TierRulesChanged event) {
    register.refresh(
        new TierRules(reference.tierRules()),
        clock.instant(),
        event.actor(),
        TierChange.Cause.RULES_CHANGED);
  }
}
