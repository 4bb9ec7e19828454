package org.shuzhi.inspection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.hazard.HazardFinding;
import org.shuzhi.hazard.HazardFindings;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections: start (planned or ad hoc), answer the checklist, finish (every failed item becomes a
 * hazard in the hazard loop), record violations and penalties. A record outside the caller's data
 * scope is "not found"; bad input is refused before anything is written.
 */
@Service
class InspectionService {

  static final int MAX_TEXT = 2000;
  static final BigDecimal MAX_FINE = new BigDecimal("100000000");

  /** An item with its answer (null when not answered yet). */
  record ItemView(ChecklistItem item, InspectionResult result) {}

  /** An inspection with everything its page shows. */
  record InspectionDetail(
      Inspection inspection,
      String townName,
      List<ItemView> items,
      List<Violation> violations,
      boolean editable,
      List<String> checklists) {}

  /** One answer as entered. */
  record Answer(Outcome outcome, String note) {}

  /** A violation as entered (text fields, so bad input can be shown back). */
  record ViolationDraft(
      String violation, String legalBasis, PenaltyKind penaltyKind, String amount) {}

  /** A month's plan entries, a page at a time. */
  record PlanPage(YearMonth month, List<Inspection> items, long total, int page, int size) {}

  /** A page of the inspection list. */
  record InspectionPage(List<Inspection> items, long total, int page, int size) {}

  /** A checklist with its items, as inspectors answer it. */
  record Checklist(String code, List<ChecklistItem> items) {}

  static final int MAX_PLAN_PAGE = 2000;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final InspectionRepository repository;
  private final ReferenceRepository reference;
  private final EnterpriseDirectory enterprises;
  private final AreaDirectory areas;
  private final HazardFindings findings;
  private final InspectionRights rights;
  private final InspectionAudit audit;
  private final InspectionLocations locations;
  private final Clock clock;

  InspectionService(
      InspectionRepository repository,
      ReferenceRepository reference,
      EnterpriseDirectory enterprises,
      AreaDirectory areas,
      HazardFindings findings,
      InspectionRights rights,
      InspectionAudit audit,
      InspectionLocations locations,
      Clock clock) {
    this.repository = repository;
    this.reference = reference;
    this.enterprises = enterprises;
    this.areas = areas;
    this.findings = findings;
    this.rights = rights;
    this.audit = audit;
    this.locations = locations;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public InspectionDetail get(long id, CurrentUser user) {
    rights.requireRead(user);
    return detail(load(id, user.scope(), false), user);
  }

  @Transactional(readOnly = true)
  public List<Inspection> plan(InspectionRepository.PlanQuery query, CurrentUser user, int limit) {
    rights.requireRead(user);
    return repository.plan(query, user.scope(), 0, limit);
  }

  /** A page of a month's plan entries with their total (size 1 to {@value #MAX_PLAN_PAGE}). */
  @Transactional(readOnly = true)
  public PlanPage planPage(
      InspectionRepository.PlanQuery query, int page, int size, CurrentUser user) {
    rights.requireRead(user);
    int p = Math.max(page, 0);
    int n = size <= 0 ? 100 : Math.min(size, MAX_PLAN_PAGE);
    return new PlanPage(
        query.month(),
        repository.plan(query, user.scope(), p * n, n),
        repository.countPlan(query, user.scope()),
        p,
        n);
  }

  /** Inspections of every state within the user's scope, newest first. */
  @Transactional(readOnly = true)
  public InspectionPage search(InspectionQuery query, CurrentUser user) {
    rights.requireRead(user);
    return new InspectionPage(
        repository.search(query, user.scope()),
        repository.count(query, user.scope()),
        query.page(),
        query.size());
  }

  /** The checklists with their items (the item ids an inspection's answers refer to). */
  @Transactional(readOnly = true)
  public List<Checklist> checklistsWithItems(CurrentUser user) {
    rights.requireRead(user);
    return reference.checklistCodes().stream()
        .map(code -> new Checklist(code, reference.items(code)))
        .toList();
  }

  /** The month in Asia/Shanghai now. */
  YearMonth currentMonth() {
    return YearMonth.now(clock.withZone(ZONE));
  }

  /**
   * The month written as YYYY-MM; the current month when blank.
   *
   * @throws InvalidInputException for any other text
   */
  YearMonth month(String text) {
    if (text == null || text.isBlank()) {
      return currentMonth();
    }
    try {
      return YearMonth.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "inspection.month.invalid", text);
    }
  }

  @Transactional(readOnly = true)
  public List<Inspection> recent(CurrentUser user) {
    rights.requireRead(user);
    return repository.recent(user.scope(), 50);
  }

  String townName(String code) {
    return areas.town(code).map(Town::name).orElse(code);
  }

  List<String> checklists() {
    return reference.checklistCodes();
  }

  /** Starts an ad hoc inspection of an enterprise in the user's scope; returns its id. */
  @Transactional
  public long startAdHoc(String uscc, String checklist, CurrentUser user) {
    rights.requireRecord(user);
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    EnterpriseSummary enterprise = null;
    if (uscc == null || uscc.isBlank()) {
      problems.add(new InvalidInputException.Violation("uscc", "inspection.enterprise.required"));
    } else {
      enterprise = enterprises.byUscc(uscc.trim().toUpperCase()).orElse(null);
      if (enterprise == null || !user.scope().coversTown(enterprise.townCode())) {
        problems.add(
            new InvalidInputException.Violation("uscc", "inspection.enterprise.unknown", uscc));
      }
    }
    checkChecklist(checklist, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long id =
        repository.insertAdHoc(
            enterprise.uscc(),
            enterprise.name(),
            enterprise.townCode(),
            locations.of(enterprise),
            checklist,
            user.username(),
            clock.instant(),
            false);
    audit.started(id, enterprise.uscc(), checklist, null);
    return id;
  }

  /**
   * Records an ad hoc inspection in one go: starts it and saves the answers, finishing it when
   * {@code finish} (failed items become hazards as on the page). One transaction: when any part is
   * refused nothing is kept, not even the started inspection.
   */
  @Transactional
  public long recordAdHoc(
      String uscc, String checklist, Map<Long, Answer> answers, boolean finish, CurrentUser user) {
    long id = startAdHoc(uscc, checklist, user);
    if (!answers.isEmpty() || finish) {
      answer(id, answers, finish, user);
    }
    return id;
  }

  /** Starts a planned inspection with the chosen checklist. */
  @Transactional
  public void startPlanned(long id, String checklist, CurrentUser user) {
    rights.requireRecord(user);
    Inspection i = load(id, user.scope(), true);
    if (i.state() != InspectionState.PLANNED) {
      throw new ConflictException("inspection.alreadyStarted");
    }
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    checkChecklist(checklist, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    repository.start(id, checklist, user.username(), clock.instant());
    audit.started(id, i.enterpriseUscc(), checklist, null);
  }

  /**
   * Saves answers; with {@code finish} every item must be answered, and each failed item is
   * reported as a hazard (graded major when the item is a 重大事故隐患 item and the inspector may grade).
   */
  @Transactional
  public void answer(long id, Map<Long, Answer> answers, boolean finish, CurrentUser user) {
    rights.requireRecord(user);
    Inspection i = load(id, user.scope(), true);
    if (i.state() != InspectionState.IN_PROGRESS) {
      throw new ConflictException("inspection.notInProgress");
    }
    List<ChecklistItem> items = reference.items(i.checklistCode());
    Map<Long, InspectionResult> existing = new HashMap<>();
    repository.results(id).forEach(r -> existing.put(r.itemId(), r));
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    for (var e : answers.entrySet()) {
      if (items.stream().noneMatch(it -> it.id() == e.getKey())) {
        problems.add(
            new InvalidInputException.Violation("item", "inspection.item.unknown", e.getKey()));
      }
      String note = e.getValue().note();
      if (note != null && note.length() > MAX_TEXT) {
        problems.add(
            new InvalidInputException.Violation("note", "inspection.text.tooLong", MAX_TEXT));
      }
    }
    if (finish) {
      for (ChecklistItem item : items) {
        Answer a = answers.get(item.id());
        if ((a == null || a.outcome() == null) && !existing.containsKey(item.id())) {
          problems.add(
              new InvalidInputException.Violation(
                  "item", "inspection.item.unanswered", item.position()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, String> summary = new LinkedHashMap<>();
    for (var e : answers.entrySet()) {
      if (e.getValue().outcome() != null) {
        String note = blankToNull(e.getValue().note());
        repository.saveResult(id, e.getKey(), e.getValue().outcome(), note);
        summary.put(String.valueOf(e.getKey()), e.getValue().outcome().name());
      }
    }
    if (finish) {
      reportFindings(i, items, user);
      repository.finish(id, clock.instant());
    }
    audit.answered(id, summary, finish, null);
  }

  private void reportFindings(Inspection i, List<ChecklistItem> items, CurrentUser user) {
    Map<Long, ChecklistItem> byId = new HashMap<>();
    items.forEach(it -> byId.put(it.id(), it));
    for (InspectionResult r : repository.results(i.id())) {
      if (r.outcome() != Outcome.FAIL || r.hazardId() != null) {
        continue;
      }
      ChecklistItem item = byId.get(r.itemId());
      String description =
          "检查记录 #"
              + i.id()
              + " 第"
              + item.position()
              + "项："
              + item.text()
              + (r.note() == null ? "" : "\n" + r.note());
      long hazardId =
          findings.reportFinding(
              new HazardFinding(
                  i.enterpriseUscc(),
                  truncate(item.text(), 200),
                  description,
                  item.major() ? HazardGrade.MAJOR : HazardGrade.GENERAL),
              user);
      repository.linkHazard(i.id(), item.id(), hazardId, HazardState.REPORTED.name());
    }
  }

  /** Records a violation and its penalty on a started inspection. */
  @Transactional
  public long addViolation(long id, ViolationDraft draft, CurrentUser user) {
    rights.requireRecord(user);
    Inspection i = load(id, user.scope(), true);
    if (i.state() == InspectionState.PLANNED) {
      throw new ConflictException("inspection.notStarted");
    }
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    String text = required(draft.violation(), "violation", problems);
    String basis = required(draft.legalBasis(), "legalBasis", problems);
    if (draft.penaltyKind() == null) {
      problems.add(
          new InvalidInputException.Violation("penaltyKind", "inspection.penaltyKind.required"));
    }
    BigDecimal amount = null;
    String amountText = blankToNull(draft.amount());
    if (draft.penaltyKind() == PenaltyKind.FINE) {
      if (amountText == null) {
        problems.add(new InvalidInputException.Violation("amount", "inspection.amount.required"));
      } else {
        try {
          amount = new BigDecimal(amountText);
          if (amount.signum() <= 0 || amount.compareTo(MAX_FINE) > 0 || amount.scale() > 2) {
            problems.add(
                new InvalidInputException.Violation("amount", "inspection.amount.invalid"));
          }
        } catch (NumberFormatException e) {
          problems.add(new InvalidInputException.Violation("amount", "inspection.amount.invalid"));
        }
      }
    } else if (amountText != null && draft.penaltyKind() != null) {
      problems.add(new InvalidInputException.Violation("amount", "inspection.amount.onlyForFine"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Violation v =
        new Violation(
            0, id, text, basis, draft.penaltyKind(), amount, user.username(), clock.instant());
    long vid = repository.insertViolation(v);
    audit.violationRecorded(
        new Violation(
            vid, id, text, basis, v.penaltyKind(), amount, v.recordedBy(), v.recordedAt()),
        null);
    return vid;
  }

  private void checkChecklist(String checklist, List<InvalidInputException.Violation> problems) {
    if (checklist == null || !reference.checklistCodes().contains(checklist)) {
      problems.add(
          new InvalidInputException.Violation("checklist", "inspection.checklist.unknown"));
    }
  }

  private Inspection load(long id, DataScope scope, boolean lock) {
    return repository.find(id, scope, lock).orElseThrow(() -> new NotFoundException("inspection"));
  }

  private InspectionDetail detail(Inspection i, CurrentUser user) {
    Map<Long, InspectionResult> results = new HashMap<>();
    repository.results(i.id()).forEach(r -> results.put(r.itemId(), r));
    List<ItemView> items =
        i.checklistCode() == null
            ? List.of()
            : reference.items(i.checklistCode()).stream()
                .map(it -> new ItemView(it, results.get(it.id())))
                .toList();
    return new InspectionDetail(
        i,
        townName(i.townCode()),
        items,
        repository.violations(i.id()),
        rights.mayRecord(user) && i.state() != InspectionState.FINISHED,
        reference.checklistCodes());
  }

  private static String required(
      String value, String field, List<InvalidInputException.Violation> problems) {
    String v = blankToNull(value);
    if (v == null) {
      problems.add(new InvalidInputException.Violation(field, "inspection." + field + ".required"));
    } else if (v.length() > MAX_TEXT) {
      problems.add(new InvalidInputException.Violation(field, "inspection.text.tooLong", MAX_TEXT));
    }
    return v;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
