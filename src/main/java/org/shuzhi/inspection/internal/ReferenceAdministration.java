package org.shuzhi.inspection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editing the tier rules and score weights: SYSTEM_ADMIN only, every change audited. */
@Service
class ReferenceAdministration {

  static final BigDecimal MAX_POINTS = new BigDecimal("1000");

  private final ReferenceRepository reference;
  private final InspectionAudit audit;
  private final Clock clock;

  ReferenceAdministration(ReferenceRepository reference, InspectionAudit audit, Clock clock) {
    this.reference = reference;
    this.audit = audit;
    this.clock = clock;
  }

  List<TierRule> rules() {
    return reference.tierRules();
  }

  Map<ScoreFactor, BigDecimal> weights() {
    return reference.weights();
  }

  @Transactional
  public void updateRule(
      long id, SupervisionTier tier, Integer frequencyMonths, int version, CurrentUser user) {
    requireAdmin(user);
    TierRule before = reference.tierRule(id).orElseThrow(() -> new NotFoundException("rule"));
    if (tier == null) {
      throw new InvalidInputException("tier", "inspection.rule.tier.required");
    }
    if (frequencyMonths == null || frequencyMonths < 1 || frequencyMonths > 36) {
      throw new InvalidInputException(
          "frequencyMonths", "inspection.rule.frequency.invalid", 1, 36);
    }
    if (!reference.updateTierRule(
        id, tier, frequencyMonths, version, user.username(), clock.instant())) {
      throw new ConflictException("inspection.rule.changedMeanwhile");
    }
    audit.ruleChanged(before, reference.tierRule(id).orElseThrow());
  }

  @Transactional
  public void updateWeight(ScoreFactor factor, String points, CurrentUser user) {
    requireAdmin(user);
    if (factor == null) {
      throw new InvalidInputException("factor", "inspection.weight.invalid", 0, MAX_POINTS);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(points == null ? "" : points.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("points", "inspection.weight.invalid", 0, MAX_POINTS);
    }
    if (value.signum() < 0 || value.compareTo(MAX_POINTS) > 0 || value.scale() > 2) {
      throw new InvalidInputException("points", "inspection.weight.invalid", 0, MAX_POINTS);
    }
    BigDecimal before = reference.weights().get(factor);
    reference.updateWeight(factor, value, user.username(), clock.instant());
    audit.weightChanged(factor, before, value);
  }

  private static void requireAdmin(CurrentUser user) {
    if (user.role() != Role.SYSTEM_ADMIN) {
      throw new AccessDeniedException("system admin only");
    }
  }
}
