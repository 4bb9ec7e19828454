package org.shuzhi.risk.internal.safetycode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.SafetyCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes, stores and reads enterprise safety codes. A code is a pure function of the current
 * inputs and rules, so recomputing is idempotent and a redelivered event is harmless.
 */
@Service
class SafetyCodeService implements SafetyCodes {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final int BATCH = 2000;

  private static final Logger log = LoggerFactory.getLogger(SafetyCodeService.class);

  /** Published after a rule change, so every code is recomputed after the commit. */
  record RulesChanged(int version) {}

  /** Published in a recompute that changed codes, for the cockpit (after the commit). */
  record CodesChanged(int count) {}

  private final SafetyCodeRepository codes;
  private final SafetyCodeRuleRepository rules;
  private final SafetyCodeInputReader inputs;
  private final EnterpriseRoster roster;
  private final EnterpriseDirectory enterprises;
  private final SafetyCodeAudit audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  SafetyCodeService(
      SafetyCodeRepository codes,
      SafetyCodeRuleRepository rules,
      SafetyCodeInputReader inputs,
      EnterpriseRoster roster,
      EnterpriseDirectory enterprises,
      SafetyCodeAudit audit,
      ApplicationEventPublisher events,
      TransactionTemplate transactions,
      Clock clock) {
    this.codes = codes;
    this.rules = rules;
    this.inputs = inputs;
    this.roster = roster;
    this.enterprises = enterprises;
    this.audit = audit;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void recompute(String uscc) {
    if (uscc == null) {
      return;
    }
    enterprises
        .byUscc(uscc)
        .ifPresent(
            e ->
                compute(
                    List.of(
                        new EnterpriseRoster.Entry(
                            e.id(),
                            e.uscc(),
                            e.name(),
                            e.townCode(),
                            e.lon(),
                            e.lat(),
                            e.synthetic())),
                    rules.current()));
  }

  /** One transaction per batch, so a long run neither holds locks long nor loses all on failure. */
  @Override
  public int recomputeAll() {
    SafetyCodeRuleSet ruleSet = rules.current();
    long after = 0;
    int total = 0;
    int changed = 0;
    while (true) {
      long from = after;
      List<EnterpriseRoster.Entry> batch = roster.after(from, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      changed += transactions.execute(s -> compute(batch, ruleSet));
      total += batch.size();
      after = batch.get(batch.size() - 1).id();
    }
    log.info("Safety codes recomputed: {} enterprises, {} codes changed", total, changed);
    return total;
  }

  private int compute(List<EnterpriseRoster.Entry> batch, SafetyCodeRuleSet ruleSet) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    Map<String, SafetyCodeInputs> read =
        inputs.read(batch.stream().map(EnterpriseRoster.Entry::uscc).toList(), today);
    List<SafetyCodeRepository.Computed> computed = new ArrayList<>(batch.size());
    for (EnterpriseRoster.Entry e : batch) {
      SafetyCodeInputs in = read.get(e.uscc());
      computed.add(
          new SafetyCodeRepository.Computed(e, in, ruleSet.evaluate(in), ruleSet.version()));
    }
    int changed = codes.store(computed, now);
    if (changed > 0) {
      events.publishEvent(new CodesChanged(changed));
    }
    return changed;
  }

  @Transactional(readOnly = true)
  public SafetyCodeRepository.Page search(
      String townCode, RiskColour colour, CurrentUser user, int page, int size) {
    return codes.search(townCode, colour, user.scope(), Math.max(page, 0), size);
  }

  @Transactional(readOnly = true)
  public SafetyCodeView get(long id, CurrentUser user) {
    return codes.find(id, user.scope()).orElseThrow(() -> new NotFoundException("safety code"));
  }

  /** The public lookup: no scope, only by the unguessable token. */
  @Transactional(readOnly = true)
  public SafetyCodeView byToken(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
      throw new NotFoundException("safety code");
    }
    return codes.byToken(token).orElseThrow(() -> new NotFoundException("safety code"));
  }

  @Transactional(readOnly = true)
  public SafetyCodeRuleSet currentRules() {
    return rules.current();
  }

  /**
   * Replaces the rules with a new version (system administrator only: a system setting, 三员分立),
   * audited; every code is recomputed after the commit.
   */
  @Transactional
  public SafetyCodeRuleSet replaceRules(String text, CurrentUser user) {
    if (user.role() != Role.SYSTEM_ADMIN) {
      throw new AccessDeniedException("safety-code rules are a system setting");
    }
    List<SafetyCodeRule> parsed = SafetyCodeRuleText.parse(text);
    SafetyCodeRuleSet before = rules.current();
    SafetyCodeRuleSet after = rules.addVersion(parsed, user.username());
    audit.rulesChanged(before, after);
    events.publishEvent(new RulesChanged(after.version()));
    return after;
  }
}
