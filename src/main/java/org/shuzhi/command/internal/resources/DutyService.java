package org.shuzhi.command.internal.resources;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.identity.AccountDirectory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty roster (值班): entries per department or town and shift, written by emergency staff, the
 * department's staff or the town's staff; "who is on duty now" from the shift times.
 */
@Service
class DutyService {

  static final String TYPE = "command_duty";
  private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z_]{1,39}");

  private final DutyRepository repository;
  private final Checks checks;
  private final CommandRights rights;
  private final CommandHistory history;
  private final Clock clock;
  private final AccountDirectory accounts;

  DutyService(
      DutyRepository repository,
      Checks checks,
      CommandRights rights,
      CommandHistory history,
      Clock clock,
      AccountDirectory accounts) {
    this.accounts = accounts;
    this.repository = repository;
    this.checks = checks;
    this.rights = rights;
    this.history = history;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  Page<DutyView> search(DutyQuery query, CurrentUser user) {
    rights.requireRead(user);
    Instant now = clock.instant();
    var page = repository.search(query, user.scope());
    return new Page<>(
        page.items().stream().map(r -> view(r, now)).toList(),
        page.total(),
        page.page(),
        page.size());
  }

  @Transactional(readOnly = true)
  void forEach(DutyQuery query, CurrentUser user, Consumer<DutyView> consumer) {
    rights.requireRead(user);
    Instant now = clock.instant();
    repository.forEach(query, user.scope(), r -> consumer.accept(view(r, now)));
  }

  /** Everyone on duty now within the user's scope. */
  @Transactional(readOnly = true)
  List<DutyView> onDutyNow(CurrentUser user) {
    rights.requireRead(user);
    Instant now = clock.instant();
    return repository.onDutyAll(now, user.scope()).stream().map(r -> view(r, now)).toList();
  }

  @Transactional(readOnly = true)
  DutyView get(long id, CurrentUser user) {
    return view(load(id, user), clock.instant());
  }

  @Transactional(readOnly = true)
  List<CommandHistory.Change> history(long id, CurrentUser user) {
    load(id, user);
    return history.of(TYPE, id);
  }

  private DutyRow load(long id, CurrentUser user) {
    rights.requireRead(user);
    return repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("duty"));
  }

  @Transactional
  DutyView create(DutyDraft draft, CurrentUser user) {
    if (!rights.mayWriteDuty(user)) {
      throw new AccessDeniedException("read-only role");
    }
    DutyRow valid = validOrThrow(draft, null);
    requireWritable(user, valid);
    long id = repository.insert(valid, user.username());
    DutyRow stored = repository.find(id, DataScope.district()).orElseThrow();
    history.created(TYPE, id, state(stored), user.username(), false);
    return view(stored, clock.instant());
  }

  @Transactional
  DutyView update(long id, int version, DutyDraft draft, CurrentUser user) {
    DutyRow before = load(id, user);
    requireWritable(user, before);
    DutyRow valid = validOrThrow(draft, before);
    requireWritable(user, valid);
    if (!repository.update(id, version, valid, user.username())) {
      throw new ConflictException("command.changedMeanwhile");
    }
    DutyRow after = repository.find(id, DataScope.district()).orElseThrow();
    history.updated(TYPE, id, state(before), state(after), user.username());
    return view(after, clock.instant());
  }

  @Transactional
  void delete(long id, int version, CurrentUser user) {
    DutyRow before = load(id, user);
    requireWritable(user, before);
    if (!repository.delete(id, version)) {
      throw new ConflictException("command.changedMeanwhile");
    }
    history.deleted(TYPE, id, state(before), user.username());
  }

  @Transactional
  long register(DutyDraft draft, String actor) {
    DutyRow valid = validOrThrow(draft, null);
    long id = repository.insert(valid, actor);
    history.created(TYPE, id, state(valid), actor, true);
    return id;
  }

  @Transactional
  List<RowProblems> importAll(List<Parsed<DutyDraft>> rows, CurrentUser user) {
    if (!rights.mayWriteDuty(user)) {
      throw new AccessDeniedException("read-only role");
    }
    List<RowProblems> problems = new ArrayList<>();
    List<DutyRow> valid = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Violation> rowProblems = new ArrayList<>(rows.get(i).problems());
      List<Violation> found = new ArrayList<>();
      DutyRow row = validate(rows.get(i).draft(), null, found);
      rowProblems.addAll(found);
      if (found.isEmpty() && !rights.dutyWritable(user, row.department(), row.townCode())) {
        rowProblems.add(
            new Violation(
                row.department() != null ? "department" : "townCode",
                "command.duty.outOfRights",
                row.department() != null ? row.department() : row.townCode()));
      }
      if (rowProblems.isEmpty()) {
        valid.add(row);
      } else {
        problems.add(new RowProblems(i, rowProblems));
      }
    }
    if (problems.isEmpty()) {
      for (DutyRow r : valid) {
        long id = repository.insert(r, user.username());
        history.created(TYPE, id, state(r), user.username(), false);
      }
      history.imported(TYPE, valid.size());
    }
    return problems;
  }

  boolean mayWrite(CurrentUser user) {
    return rights.mayWriteDuty(user);
  }

  boolean writable(CurrentUser user, DutyView v) {
    return rights.dutyWritable(user, v.department(), v.townCode());
  }

  private void requireWritable(CurrentUser user, DutyRow row) {
    if (!rights.dutyWritable(user, row.department(), row.townCode())) {
      throw new AccessDeniedException("duty roster outside the user's rights");
    }
  }

  private DutyRow validOrThrow(DutyDraft draft, DutyRow before) {
    if (draft == null) {
      throw new InvalidInputException(null, "problem.validation.detail");
    }
    List<Violation> problems = new ArrayList<>();
    DutyRow row = validate(draft, before, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return row;
  }

  private DutyRow validate(DutyDraft d, DutyRow before, List<Violation> problems) {
    int start = problems.size();
    String department = Checks.trim(d.department());
    String town = Checks.trim(d.townCode());
    if ((department == null) == (town == null)) {
      problems.add(new Violation("department", "command.duty.unitOneOf"));
    } else if (department != null && !DEPARTMENT.matcher(department).matches()) {
      problems.add(new Violation("department", "command.duty.departmentInvalid", department));
    } else if (town != null && !checks.knownTown(town)) {
      problems.add(new Violation("townCode", "command.duty.townUnknown", town));
    }
    LocalDate date = checks.present("date", d.date(), problems);
    checks.present("shift", d.shift(), problems);
    DutyRole role = d.role() == null ? DutyRole.OFFICER : d.role();
    String person = checks.required("personName", d.personName(), Checks.MAX_NAME, problems);
    String phone = checks.phone("phone", d.phone(), problems);
    if (phone == null && before != null && Checks.trim(d.phone()) == null) {
      phone = before.phone();
    }
    if (phone == null && Checks.trim(d.phone()) == null) {
      problems.add(new Violation("phone", "command.field.required"));
    }
    String account = Checks.trim(d.account());
    if (account != null && accounts.find(account).isEmpty()) {
      problems.add(new Violation("account", "command.duty.accountUnknown", account));
    }
    if (problems.size() > start) {
      return null;
    }
    Instant startsAt = date.atTime(d.shift().start()).atZone(StockService.ZONE).toInstant();
    Instant endsAt =
        date.atTime(d.shift().start())
            .plusHours(d.shift().hours())
            .atZone(StockService.ZONE)
            .toInstant();
    return new DutyRow(
        0,
        department,
        town,
        date,
        d.shift(),
        startsAt,
        endsAt,
        role,
        person,
        phone,
        d.demo(),
        0,
        null,
        null,
        account);
  }

  DutyView view(DutyRow r, Instant now) {
    return new DutyView(
        r.id(),
        r.department(),
        r.townCode(),
        checks.townName(r.townCode()),
        r.date(),
        r.shift(),
        r.startsAt(),
        r.endsAt(),
        r.role(),
        r.personName(),
        PhoneNumber.mask(r.phone()),
        !r.startsAt().isAfter(now) && r.endsAt().isAfter(now),
        r.synthetic(),
        r.version(),
        r.updatedAt(),
        r.updatedBy(),
        r.account());
  }

  static Map<String, Object> state(DutyRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("department", r.department());
    m.put("townCode", r.townCode());
    m.put("date", r.date().toString());
    m.put("shift", r.shift());
    m.put("role", r.role());
    m.put("personName", r.personName());
    m.put("phone", PhoneNumber.mask(r.phone()));
    m.put("account", r.account());
    return m;
  }
}
