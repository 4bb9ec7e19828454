package org.shuzhi.inspection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the tier rules and score weights: SYSTEM_ADMIN only, every change audited. Tier rules are
 * added, edited and removed; each version is kept ({@code inspection_tier_rule_history}) and at
 * least one rule always remains (with none, no enterprise would be under planned supervision). A
 * rule change publishes {@link TierRulesChanged}, so every enterprise's tier follows it at once.
 */
@Service
class ReferenceAdministration {

  static final BigDecimal MAX_POINTS = new BigDecimal("1000");
  static final int MIN_FREQUENCY = 1;
  static final int MAX_FREQUENCY = 36;
  static final int HISTORY_SHOWN = 30;

  private final ReferenceRepository reference;
  private final InspectionAudit audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReferenceAdministration(
      ReferenceRepository reference,
      InspectionAudit audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.reference = reference;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  List<TierRule> rules() {
    return reference.tierRules();
  }

  Map<ScoreFactor, BigDecimal> weights() {
    return reference.weights();
  }

  List<TierRuleChange> history() {
    return reference.tierRuleHistory(HISTORY_SHOWN);
  }

  /**
   * Adds a tier rule. The criterion and value come as text from the form, so anything not a {@link
   * TierCriterion} or not one of its values is reported as bad input.
   *
   * @return the new rule's id
   */
  @Transactional
  public long addRule(
      String criterion,
      String value,
      SupervisionTier tier,
      Integer frequencyMonths,
      CurrentUser user) {
    requireAdmin(user);
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    TierCriterion c = criterion(criterion, problems);
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (c != null && !c.allows(v)) {
      problems.add(
          new InvalidInputException.Violation("value", "inspection.rule.value.invalid", value));
    }
    if (tier == null) {
      problems.add(new InvalidInputException.Violation("tier", "inspection.rule.tier.required"));
    }
    checkFrequency(frequencyMonths, problems);
    reference.lockTierRules();
    if (problems.isEmpty()
        && reference.tierRules().stream()
            .anyMatch(r -> r.criterion() == c && r.value().equals(v))) {
      problems.add(new InvalidInputException.Violation("value", "inspection.rule.duplicate"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    long id = reference.insertTierRule(c, v, tier, frequencyMonths, user.username(), now);
    TierRule added = reference.tierRule(id).orElseThrow();
    reference.keepHistory(added, "CREATE", user.username(), now);
    audit.ruleAdded(added);
    events.publishEvent(new TierRulesChanged(user.username()));
    return id;
  }

  /**
   * Removes a tier rule still at {@code version}, unless it is the last one. The register is
   * refreshed after the removal commits ({@link TierRulesChanged}).
   */
  @Transactional
  public void removeRule(long id, int version, CurrentUser user) {
    requireAdmin(user);
    reference.lockTierRules();
    List<TierRule> rules = reference.tierRules();
    TierRule rule =
        rules.stream()
            .filter(r -> r.id() == id)
            .findFirst()
            // The id came from the page: a rule gone since was removed by someone else.
            .orElseThrow(() -> new ConflictException("inspection.rule.changedMeanwhile"));
    if (rule.version() != version) {
      throw new ConflictException("inspection.rule.changedMeanwhile");
    }
    if (rules.size() == 1) {
      throw new ConflictException("inspection.rule.lastOne");
    }
    if (!reference.deleteTierRule(id, version)) {
      throw new ConflictException("inspection.rule.changedMeanwhile");
    }
    reference.keepHistory(rule, "DELETE", user.username(), clock.instant());
    audit.ruleRemoved(rule);
    events.publishEvent(new TierRulesChanged(user.username()));
  }

  @Transactional
  public void updateRule(
      long id, SupervisionTier tier, Integer frequencyMonths, int version, CurrentUser user) {
    requireAdmin(user);
    TierRule before = reference.tierRule(id).orElseThrow(() -> new NotFoundException("rule"));
    if (tier == null) {
      throw new InvalidInputException("tier", "inspection.rule.tier.required");
    }
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    checkFrequency(frequencyMonths, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    if (!reference.updateTierRule(id, tier, frequencyMonths, version, user.username(), now)) {
      throw new ConflictException("inspection.rule.changedMeanwhile");
    }
    TierRule after = reference.tierRule(id).orElseThrow();
    reference.keepHistory(after, "UPDATE", user.username(), now);
    audit.ruleChanged(before, after);
    events.publishEvent(new TierRulesChanged(user.username()));
  }

  private static TierCriterion criterion(
      String text, List<InvalidInputException.Violation> problems) {
    if (text != null && !text.isBlank()) {
      try {
        return TierCriterion.valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    problems.add(
        new InvalidInputException.Violation("criterion", "inspection.rule.criterion.invalid"));
    return null;
  }

  private static void checkFrequency(
      Integer frequencyMonths, List<InvalidInputException.Violation> problems) {
    if (frequencyMonths == null
        || frequencyMonths < MIN_FREQUENCY
        || frequencyMonths > MAX_FREQUENCY) {
      problems.add(
          new InvalidInputException.Violation(
              "frequencyMonths",
              "inspection.rule.frequency.invalid",
              MIN_FREQUENCY,
              MAX_FREQUENCY));
    }
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
