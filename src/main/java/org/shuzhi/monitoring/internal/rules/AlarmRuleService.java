package org.shuzhi.monitoring.internal.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves, lists, exports and imports alarm rules. Every rule is validated before it is stored, every
 * change gets a new version, a history row and an audit row, and an {@link AlarmRulesChanged} event
 * so that the evaluator reloads. Rules are a system setting: the system administrator changes them
 * (三员分立), district leaders and department staff may read them.
 */
@Service
public class AlarmRuleService {

  static final Set<Role> READERS =
      Set.of(Role.SYSTEM_ADMIN, Role.DISTRICT_LEADER, Role.DEPARTMENT_STAFF);

  private final AlarmRuleRepository repository;
  private final AlarmRuleJson json;
  private final ObjectProvider<DeviceCatalogue> catalogue;
  private final AlarmRuleAudit audit;
  private final ApplicationEventPublisher events;
  private final ProblemMessages messages;
  private final Clock clock;

  AlarmRuleService(
      AlarmRuleRepository repository,
      AlarmRuleJson json,
      ObjectProvider<DeviceCatalogue> catalogue,
      AlarmRuleAudit audit,
      ApplicationEventPublisher events,
      ProblemMessages messages,
      Clock clock) {
    this.repository = repository;
    this.json = json;
    this.catalogue = catalogue;
    this.audit = audit;
    this.events = events;
    this.messages = messages;
    this.clock = clock;
  }

  /** The rules the evaluator should run (no user: for the platform itself). */
  @Transactional(readOnly = true)
  public List<AlarmRule> enabledRules() {
    return repository.enabled();
  }

  @Transactional(readOnly = true)
  public List<StoredAlarmRule> list(CurrentUser user) {
    read(user);
    return repository.all();
  }

  @Transactional(readOnly = true)
  public StoredAlarmRule get(String code, CurrentUser user) {
    read(user);
    return repository.find(code).orElseThrow(() -> new NotFoundException("alarm rule"));
  }

  @Transactional(readOnly = true)
  public List<AlarmRuleChange> history(String code, CurrentUser user) {
    read(user);
    return repository.history(code);
  }

  /** Reads and validates a rule without saving it. */
  public AlarmRule check(String text) {
    AlarmRule rule = json.read(text);
    validator().check(rule);
    return rule;
  }

  /** Creates a rule from its JSON; its code must be new. */
  @Transactional
  public StoredAlarmRule create(String text, CurrentUser user) {
    write(user);
    AlarmRule rule = check(text);
    if (repository.lock(rule.code()).isPresent()) {
      throw new ConflictException("monitoring.rule.exists", rule.code());
    }
    StoredAlarmRule stored = insert(rule, user.username(), false);
    events.publishEvent(new AlarmRulesChanged(Set.of(rule.code())));
    return stored;
  }

  /**
   * Replaces the rule with the JSON, if it is still at {@code expectedVersion} (someone else's
   * change in between is refused, not overwritten).
   */
  @Transactional
  public StoredAlarmRule update(String code, String text, int expectedVersion, CurrentUser user) {
    write(user);
    AlarmRule rule = check(text);
    if (!rule.code().equals(code)) {
      throw new InvalidInputException("code", "monitoring.rule.codeMismatch", code, rule.code());
    }
    StoredAlarmRule before = current(code, expectedVersion);
    StoredAlarmRule stored = replace(before, rule, user.username(), false);
    events.publishEvent(new AlarmRulesChanged(Set.of(code)));
    return stored;
  }

  /** Turns a rule on or off, without other changes. */
  @Transactional
  public StoredAlarmRule enable(
      String code, boolean enabled, int expectedVersion, CurrentUser user) {
    write(user);
    StoredAlarmRule before = current(code, expectedVersion);
    StoredAlarmRule stored =
        replace(before, before.rule().withEnabled(enabled), user.username(), false);
    events.publishEvent(new AlarmRulesChanged(Set.of(code)));
    return stored;
  }

  @Transactional
  public void delete(String code, int expectedVersion, CurrentUser user) {
    write(user);
    StoredAlarmRule before = current(code, expectedVersion);
    int version = repository.nextVersion(code);
    Instant now = clock.instant();
    repository.delete(code);
    repository.recordChange(code, version, "DELETE", false, null, user.username(), now);
    audit.changed(AuditAction.DELETE, code, before, null, version);
    events.publishEvent(new AlarmRulesChanged(Set.of(code)));
  }

  /** Every rule as an export document (audited). */
  @Transactional
  public String export(CurrentUser user) {
    read(user);
    List<AlarmRule> rules = repository.all().stream().map(StoredAlarmRule::rule).toList();
    audit.exported(rules.size());
    return json.export(rules, clock.instant());
  }

  /**
   * Imports an export document (or an array of rules): all rules or none. Rules are created or,
   * when their code exists, replaced; identical ones are left alone; rules absent from the file are
   * kept. Problems are reported per rule (row = position in the file from 1, column = code and
   * field), in the user's language.
   */
  @Transactional
  public ImportReport importJson(String text, CurrentUser user, Locale locale) {
    write(user);
    List<AlarmRuleJson.ImportItem> items;
    try {
      items = json.readDocument(text);
    } catch (InvalidInputException e) {
      return new ImportReport(0, errors(0, null, e.violations(), locale));
    }
    AlarmRuleValidator validator = validator();
    List<ImportReport.RowError> errors = new ArrayList<>();
    Map<String, Integer> firstAt = new HashMap<>();
    for (AlarmRuleJson.ImportItem item : items) {
      List<Violation> problems = new ArrayList<>(item.problems());
      if (item.rule() != null) {
        problems.addAll(validator.problems(item.rule()));
        if (item.rule().code() != null
            && firstAt.putIfAbsent(item.rule().code(), item.index()) != null) {
          problems.add(new Violation("code", "monitoring.rule.duplicateCode", item.rule().code()));
        }
      }
      errors.addAll(errors(item.index() + 1, item.code(), problems, locale));
    }
    if (!errors.isEmpty()) {
      return new ImportReport(0, errors);
    }
    int created = 0;
    int updated = 0;
    Set<String> changed = new LinkedHashSet<>();
    for (AlarmRuleJson.ImportItem item : items) {
      AlarmRule rule = item.rule();
      var existing = repository.lock(rule.code());
      if (existing.isEmpty()) {
        insert(rule, user.username(), true);
        created++;
      } else if (!existing.get().rule().equals(rule)) {
        replace(existing.get(), rule, user.username(), true);
        updated++;
      } else {
        continue;
      }
      changed.add(rule.code());
    }
    audit.imported(created, updated, items.size() - created - updated);
    if (!changed.isEmpty()) {
      events.publishEvent(new AlarmRulesChanged(changed));
    }
    return new ImportReport(created + updated, List.of());
  }

  private StoredAlarmRule insert(AlarmRule rule, String actor, boolean viaImport) {
    int version = repository.nextVersion(rule.code());
    Instant now = clock.instant();
    try {
      repository.insert(rule, version, actor, now);
    } catch (DuplicateKeyException e) {
      throw new ConflictException("monitoring.rule.exists", rule.code());
    }
    repository.recordChange(rule.code(), version, "CREATE", viaImport, rule, actor, now);
    audit.changed(
        viaImport ? AuditAction.IMPORT : AuditAction.CREATE, rule.code(), null, rule, version);
    return new StoredAlarmRule(rule, version, now, actor, now, actor);
  }

  private StoredAlarmRule replace(
      StoredAlarmRule before, AlarmRule rule, String actor, boolean viaImport) {
    int version = repository.nextVersion(rule.code());
    Instant now = clock.instant();
    repository.update(rule, version, actor, now);
    repository.recordChange(rule.code(), version, "UPDATE", viaImport, rule, actor, now);
    audit.changed(
        viaImport ? AuditAction.IMPORT : AuditAction.UPDATE, rule.code(), before, rule, version);
    return new StoredAlarmRule(rule, version, before.createdAt(), before.createdBy(), now, actor);
  }

  /** The rule, locked, if it is still at the expected version. */
  private StoredAlarmRule current(String code, int expectedVersion) {
    StoredAlarmRule before =
        repository.lock(code).orElseThrow(() -> new NotFoundException("alarm rule"));
    if (before.version() != expectedVersion) {
      throw new ConflictException("monitoring.rule.stale", code, before.version());
    }
    return before;
  }

  private List<ImportReport.RowError> errors(
      int row, String code, List<Violation> problems, Locale locale) {
    return problems.stream()
        .map(
            v -> {
              String field = v.field() == null ? "" : v.field();
              String column = code == null ? field : (code + " " + field).trim();
              return new ImportReport.RowError(row, column, messages.of(v, locale));
            })
        .toList();
  }

  private AlarmRuleValidator validator() {
    return new AlarmRuleValidator(catalogue.getIfAvailable(DeviceCatalogue::ofKinds));
  }

  private static void read(CurrentUser user) {
    if (!READERS.contains(user.role())) {
      throw new AccessDeniedException("alarm rules");
    }
  }

  private static void write(CurrentUser user) {
    if (user.role() != Role.SYSTEM_ADMIN) {
      throw new AccessDeniedException("alarm rules are a system setting");
    }
  }
}
