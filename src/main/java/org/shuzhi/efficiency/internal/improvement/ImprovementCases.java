package org.shuzhi.efficiency.internal.improvement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Improvement cases (整治/提升, economy.md §1.6: 萧山 "低效企业三年清零", 零收企业清零): generated from a year's lists,
 * then planned and worked by the responsible town up to closure (销号). Cases are regulated records:
 * every change is kept in the case history with its author and audited.
 */
@Service
class ImprovementCases {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final int MAX_PLAN = 4_000;
  static final int MAX_RESULT = 2_000;
  static final int MAX_PAGE_SIZE = 500;

  private final CaseRepository cases;
  private final YearRules yearRules;
  private final ImprovementAccess access;
  private final AreaDirectory areas;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  ImprovementCases(
      CaseRepository cases,
      YearRules yearRules,
      ImprovementAccess access,
      AreaDirectory areas,
      AuditTrail audit,
      JsonMapper json,
      Clock clock) {
    this.cases = cases;
    this.yearRules = yearRules;
    this.access = access;
    this.areas = areas;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** How many cases a generation opened, per kind. */
  record Generated(int year, int lowEfficiency, int zeroTax) {}

  /** Changes to a case's plan; null fields are left as they are. */
  record CaseEdit(
      Integer version,
      String plan,
      List<String> measures,
      String responsibleTown,
      String deadline) {}

  record Closing(Integer version, String reason, String result) {}

  record CaseView(
      ImprovementCase improvementCase,
      List<CaseRepository.HistoryEntry> history,
      List<CaseRepository.YearFigures> trend,
      boolean mayEdit,
      boolean mayReassign) {}

  LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  /**
   * Opens a case for every enterprise on the year's lists that has none (idempotent: a second run
   * opens nothing new; enterprises that left a list keep their cases). Audited as one entry.
   */
  @Transactional
  Generated generate(int year, CurrentUser user) {
    access.requireBureau(user);
    return generate(year, user.username());
  }

  @Transactional
  Generated generate(int year, String actor) {
    ImprovementRules rules = yearRules.rules(year).rules();
    // the year row serialises concurrent generations of the same year
    yearRules.lockYear(year);
    int low =
        cases.openListed(year, ImprovementKind.LOW_EFFICIENCY, rules, actor, "generated " + year);
    int zero = cases.openListed(year, ImprovementKind.ZERO_TAX, rules, actor, "generated " + year);
    Generated generated = new Generated(year, low, zero);
    AuditEntry entry =
        AuditEntry.change(
            AuditAction.CREATE,
            "efficiency_improvement_cases",
            year,
            null,
            Map.of("year", year, "lowEfficiency", low, "zeroTax", zero, "rules", rules));
    audit.record(
        ImprovementDemoLoader.DEMO_ACTOR.equals(actor) ? entry.asActor(actor, null) : entry);
    return generated;
  }

  CaseView view(long id, CurrentUser user) {
    access.requireRead(user);
    ImprovementCase c = find(id, user);
    return new CaseView(
        c,
        cases.history(id),
        cases.trend(c.uscc()),
        access.mayEdit(user, c.responsibleTown()) && c.status() != CaseStatus.CLOSED,
        access.isBureau(user));
  }

  CaseRepository.CasePage page(
      CaseRepository.CaseFilter filter, int page, int size, CurrentUser user) {
    access.requireRead(user);
    if (page < 0) {
      throw new InvalidInputException("page", "efficiency.improvement.page.invalid");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "efficiency.improvement.size.invalid", MAX_PAGE_SIZE);
    }
    return cases.page(filter, user.scope(), today(), page, size);
  }

  /** Saves plan, measures, deadline and (bureau only) the responsible town. */
  @Transactional
  ImprovementCase edit(long id, CaseEdit edit, CurrentUser user) {
    if (edit == null) {
      throw new InvalidInputException("plan", "efficiency.improvement.case.nothing");
    }
    ImprovementCase before = lockForChange(id, edit.version(), user);
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    String plan = before.plan();
    if (edit.plan() != null) {
      plan = edit.plan().strip();
      if (plan.length() > MAX_PLAN) {
        problems.add(
            new InvalidInputException.Violation(
                "plan", "efficiency.improvement.case.planTooLong", MAX_PLAN));
      }
      plan = plan.isEmpty() ? null : plan;
    }
    List<Measure> measures = before.measures();
    if (edit.measures() != null) {
      LinkedHashSet<Measure> chosen = new LinkedHashSet<>();
      for (String text : edit.measures()) {
        Measure m = text == null ? null : Measure.of(text.trim());
        if (m == null) {
          problems.add(
              new InvalidInputException.Violation(
                  "measures", "efficiency.improvement.case.unknownMeasure", String.valueOf(text)));
        } else {
          chosen.add(m);
        }
      }
      measures = List.copyOf(chosen);
    }
    LocalDate deadline = before.deadline();
    if (edit.deadline() != null) {
      deadline = deadline(edit.deadline(), before.deadline(), problems);
    }
    String town = before.responsibleTown();
    if (edit.responsibleTown() != null
        && !edit.responsibleTown().isBlank()
        && !edit.responsibleTown().trim().equals(before.responsibleTown())) {
      if (!access.isBureau(user)) {
        throw new AccessDeniedException("only the bureau reassigns a case");
      }
      town = edit.responsibleTown().trim();
      if (areas.town(town).isEmpty()) {
        problems.add(
            new InvalidInputException.Violation(
                "responsibleTown", "efficiency.improvement.case.unknownTown", town));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ImprovementCase after =
        copy(before, plan, measures, town, deadline, before.status(), null, null, null, null);
    return save(before, after, "UPDATED", null, user);
  }

  /** OPEN → IN_PROGRESS: needs a plan, at least one measure and a deadline. */
  @Transactional
  ImprovementCase start(long id, Integer version, String note, CurrentUser user) {
    ImprovementCase before = lockForChange(id, version, user);
    if (before.status() != CaseStatus.OPEN) {
      throw new ConflictException("efficiency.improvement.case.notOpen");
    }
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    if (before.plan() == null) {
      problems.add(
          new InvalidInputException.Violation("plan", "efficiency.improvement.case.planMissing"));
    }
    if (before.measures().isEmpty()) {
      problems.add(
          new InvalidInputException.Violation(
              "measures", "efficiency.improvement.case.measuresMissing"));
    }
    if (before.deadline() == null) {
      problems.add(
          new InvalidInputException.Violation(
              "deadline", "efficiency.improvement.case.deadlineMissing"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ImprovementCase after =
        copy(
            before,
            before.plan(),
            before.measures(),
            before.responsibleTown(),
            before.deadline(),
            CaseStatus.IN_PROGRESS,
            null,
            null,
            null,
            null);
    return save(before, after, "STARTED", blankToNull(note), user);
  }

  /** IN_PROGRESS → CLOSED (销号): needs the reason and the result achieved. */
  @Transactional
  ImprovementCase close(long id, Closing closing, CurrentUser user) {
    if (closing == null) {
      throw new InvalidInputException("result", "efficiency.improvement.case.resultMissing");
    }
    ImprovementCase before = lockForChange(id, closing.version(), user);
    if (before.status() != CaseStatus.IN_PROGRESS) {
      throw new ConflictException("efficiency.improvement.case.notInProgress");
    }
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    ClosureReason reason =
        closing.reason() == null ? null : ClosureReason.of(closing.reason().trim());
    if (reason == null) {
      problems.add(
          new InvalidInputException.Violation(
              "reason",
              "efficiency.improvement.case.reasonMissing",
              String.valueOf(closing.reason())));
    }
    String result = blankToNull(closing.result());
    if (result == null) {
      problems.add(
          new InvalidInputException.Violation(
              "result", "efficiency.improvement.case.resultMissing"));
    } else if (result.length() > MAX_RESULT) {
      problems.add(
          new InvalidInputException.Violation(
              "result", "efficiency.improvement.case.resultTooLong", MAX_RESULT));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ImprovementCase after =
        copy(
            before,
            before.plan(),
            before.measures(),
            before.responsibleTown(),
            before.deadline(),
            CaseStatus.CLOSED,
            reason,
            result,
            user.username(),
            clock.instant());
    return save(before, after, "CLOSED", result, user);
  }

  private ImprovementCase find(long id, CurrentUser user) {
    return cases
        .find(id, user.scope(), today())
        .orElseThrow(() -> new NotFoundException("improvement case"));
  }

  /** In scope, editable by the user, not closed, and at the version the user saw. */
  private ImprovementCase lockForChange(long id, Integer version, CurrentUser user) {
    access.requireRead(user);
    ImprovementCase seen = find(id, user);
    access.requireEdit(user, seen.responsibleTown());
    if (version == null) {
      throw new InvalidInputException("version", "efficiency.improvement.versionMissing");
    }
    ImprovementCase current = cases.lock(id, today());
    if (current.status() == CaseStatus.CLOSED) {
      throw new ConflictException("efficiency.improvement.case.closed");
    }
    if (current.version() != version) {
      throw new ConflictException("efficiency.improvement.case.stale");
    }
    return current;
  }

  /**
   * A deadline typed by the user: an ISO date, and not in the past when it is set or changed (a
   * deadline already stored may lie in the past: that case is overdue). Blank clears it.
   */
  private LocalDate deadline(
      String text, LocalDate stored, List<InvalidInputException.Violation> problems) {
    if (text.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(
          new InvalidInputException.Violation(
              "deadline", "efficiency.improvement.case.deadlineInvalid", text));
      return stored;
    }
    if (!date.equals(stored) && date.isBefore(today())) {
      problems.add(
          new InvalidInputException.Violation(
              "deadline", "efficiency.improvement.case.deadlinePast", date.toString()));
    }
    return date;
  }

  private ImprovementCase save(
      ImprovementCase before, ImprovementCase after, String action, String note, CurrentUser user) {
    Map<String, Object> was = state(before);
    Map<String, Object> now = state(after);
    Map<String, List<Object>> changes = new LinkedHashMap<>();
    for (var e : now.entrySet()) {
      Object old = was.get(e.getKey());
      if (!Objects.equals(old, e.getValue())) {
        List<Object> pair = new ArrayList<>(2);
        pair.add(old);
        pair.add(e.getValue());
        changes.put(e.getKey(), pair);
      }
    }
    if (changes.isEmpty()) {
      return before;
    }
    cases.update(after, user.username());
    cases.history(
        after.id(),
        action,
        after.status(),
        json.writeValueAsString(changes),
        note,
        user.username());
    audit.record(AuditEntry.updated("efficiency_improvement_case", after.id(), was, now));
    return cases.lock(after.id(), today());
  }

  /** The fields a person changes, as recorded in history and audit. */
  private static Map<String, Object> state(ImprovementCase c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("plan", c.plan());
    m.put("measures", c.measures().stream().map(Enum::name).toList());
    m.put("responsibleTown", c.responsibleTown());
    m.put("deadline", c.deadline() == null ? null : c.deadline().toString());
    m.put("status", c.status().name());
    m.put("closureReason", c.closureReason() == null ? null : c.closureReason().name());
    m.put("closureResult", c.closureResult());
    return m;
  }

  private static ImprovementCase copy(
      ImprovementCase c,
      String plan,
      List<Measure> measures,
      String town,
      LocalDate deadline,
      CaseStatus status,
      ClosureReason reason,
      String result,
      String closedBy,
      Instant closedAt) {
    return new ImprovementCase(
        c.id(),
        c.kind(),
        c.uscc(),
        c.name(),
        c.townCode(),
        town,
        c.openedYear(),
        c.rules(),
        c.landAreaMu(),
        c.tax(),
        plan,
        measures,
        deadline,
        status,
        c.overdue(),
        reason,
        result,
        closedBy,
        closedAt,
        c.version(),
        c.createdBy(),
        c.createdAt(),
        c.updatedBy(),
        c.updatedAt());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
