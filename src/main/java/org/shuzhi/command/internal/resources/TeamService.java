package org.shuzhi.command.internal.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.core.PhoneNumber;
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
 * The rescue-team registry: read within the data scope, written by emergency staff and town staff
 * of the team's town, validated, with history and audit of every change.
 */
@Service
class TeamService {

  static final String TYPE = "command_team";
  static final int MAX_EQUIPMENT = 50;

  private final TeamRepository repository;
  private final Checks checks;
  private final CommandRights rights;
  private final CommandHistory history;
  private final ResourceChanges changes;

  TeamService(
      TeamRepository repository,
      Checks checks,
      CommandRights rights,
      CommandHistory history,
      ResourceChanges changes) {
    this.changes = changes;
    this.repository = repository;
    this.checks = checks;
    this.rights = rights;
    this.history = history;
  }

  @Transactional(readOnly = true)
  Page<TeamView> search(TeamQuery query, CurrentUser user) {
    rights.requireRead(user);
    var page = repository.search(query, user.scope());
    return new Page<>(
        page.items().stream().map(this::view).toList(), page.total(), page.page(), page.size());
  }

  @Transactional(readOnly = true)
  void forEach(TeamQuery query, CurrentUser user, Consumer<TeamRow> consumer) {
    rights.requireRead(user);
    repository.forEach(query, user.scope(), consumer);
  }

  @Transactional(readOnly = true)
  TeamView get(long id, CurrentUser user) {
    return view(load(id, user));
  }

  @Transactional(readOnly = true)
  List<CommandHistory.Change> history(long id, CurrentUser user) {
    load(id, user);
    return history.of(TYPE, id);
  }

  private TeamRow load(long id, CurrentUser user) {
    rights.requireRead(user);
    return repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("team"));
  }

  @Transactional
  TeamView create(TeamDraft draft, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    TeamRow valid = validOrThrow(draft, null);
    rights.requireWritable(user, valid.townCode());
    long id = repository.insert(valid, user.username());
    TeamRow stored = repository.find(id, DataScope.district()).orElseThrow();
    history.created(TYPE, id, state(stored), user.username(), false);
    changes.in(stored.townCode());
    return view(stored);
  }

  @Transactional
  TeamView update(long id, int version, TeamDraft draft, CurrentUser user) {
    TeamRow before = load(id, user);
    rights.requireWritable(user, before.townCode());
    TeamRow valid = validOrThrow(draft, before);
    rights.requireWritable(user, valid.townCode());
    if (!repository.update(id, version, valid, user.username())) {
      throw new ConflictException("command.changedMeanwhile");
    }
    TeamRow after = repository.find(id, DataScope.district()).orElseThrow();
    history.updated(TYPE, id, state(before), state(after), user.username());
    changes.in(before.townCode(), after.townCode());
    return view(after);
  }

  @Transactional
  void delete(long id, int version, CurrentUser user) {
    TeamRow before = load(id, user);
    rights.requireWritable(user, before.townCode());
    if (before.dutyState() == DutyState.DISPATCHED) {
      throw new ConflictException("command.team.deleteDispatched", before.name());
    }
    if (!repository.delete(id, version)) {
      throw new ConflictException("command.changedMeanwhile");
    }
    history.deleted(TYPE, id, state(before), user.username());
    changes.in(before.townCode());
  }

  @Transactional
  long register(TeamDraft draft, String actor) {
    TeamRow valid = validOrThrow(draft, null);
    long id = repository.insert(valid, actor);
    history.created(
        TYPE, id, state(repository.find(id, DataScope.district()).orElseThrow()), actor, true);
    return id;
  }

  /** Validates every row and stores all, or none: the problems per row index. */
  @Transactional
  List<RowProblems> importAll(List<Parsed<TeamDraft>> rows, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    List<RowProblems> problems =
        AllOrNothingImport.run(
            rows,
            (draft, found) -> validate(draft, null, found),
            (row, rowProblems) -> {
              if (!rights.writable(user, row.townCode())) {
                rowProblems.add(new Violation("lon", "command.town.outOfScope", row.townCode()));
              }
            },
            row -> {
              long id = repository.insert(row, user.username());
              history.created(TYPE, id, state(row), user.username(), false);
            });
    if (problems.isEmpty()) {
      history.imported(TYPE, rows.size());
      changes.several();
    }
    return problems;
  }

  boolean mayWrite(CurrentUser user) {
    return rights.mayWrite(user);
  }

  boolean writable(CurrentUser user, TeamView view) {
    return rights.writable(user, view.townCode());
  }

  private TeamRow validOrThrow(TeamDraft draft, TeamRow before) {
    if (draft == null) {
      throw new InvalidInputException(null, "problem.validation.detail");
    }
    List<Violation> problems = new ArrayList<>();
    TeamRow row = validate(draft, before, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return row;
  }

  /** The row to store, or null with the problems added. A blank phone keeps the stored one. */
  TeamRow validate(TeamDraft d, TeamRow before, List<Violation> problems) {
    int start = problems.size();
    String name = checks.required("name", d.name(), Checks.MAX_NAME, problems);
    checks.present("kind", d.kind(), problems);
    Integer headcount = checks.present("headcount", d.headcount(), problems);
    if (headcount != null && (headcount <= 0 || headcount > 100_000)) {
      problems.add(new Violation("headcount", "command.team.headcount.invalid"));
    }
    List<String> equipment = new ArrayList<>();
    if (d.equipment() != null) {
      for (String e : d.equipment()) {
        String item = Checks.trim(e);
        if (item != null) {
          if (item.length() > Checks.MAX_NAME) {
            problems.add(new Violation("equipment", "command.field.tooLong", Checks.MAX_NAME));
          }
          equipment.add(item);
        }
      }
    }
    if (equipment.size() > MAX_EQUIPMENT) {
      problems.add(new Violation("equipment", "command.team.equipment.tooMany", MAX_EQUIPMENT));
    }
    String address = checks.optional("address", d.address(), Checks.MAX_TEXT, problems);
    String town = checks.town(d.lon(), d.lat(), problems);
    String contact = checks.optional("contactName", d.contactName(), Checks.MAX_NAME, problems);
    String phone = checks.phone("contactPhone", d.contactPhone(), problems);
    if (phone == null && before != null && Checks.trim(d.contactPhone()) == null) {
      phone = before.contactPhone();
    }
    DutyState state = d.dutyState() == null ? DutyState.ON_DUTY : d.dutyState();
    if (before != null
        && before.dutyState() == DutyState.DISPATCHED
        && state != DutyState.DISPATCHED) {
      // A dispatch ends by releasing it (the ledger stays right), not by editing the team.
      problems.add(new Violation("dutyState", "command.team.dispatchedByRelease"));
    }
    if (state == DutyState.DISPATCHED
        && (before == null || before.dutyState() != DutyState.DISPATCHED)) {
      problems.add(new Violation("dutyState", "command.team.dispatchOnlyByDispatch"));
    }
    if (problems.size() > start) {
      return null;
    }
    return new TeamRow(
        0,
        name,
        d.kind(),
        headcount,
        List.copyOf(equipment),
        address,
        d.lon(),
        d.lat(),
        town,
        contact,
        phone,
        state,
        d.demo(),
        0,
        null,
        null);
  }

  TeamView view(TeamRow r) {
    return new TeamView(
        r.id(),
        r.name(),
        r.kind(),
        r.headcount(),
        r.equipment(),
        r.address(),
        r.lon(),
        r.lat(),
        r.townCode(),
        checks.townName(r.townCode()),
        r.contactName(),
        r.contactPhone() == null ? null : PhoneNumber.mask(r.contactPhone()),
        r.dutyState(),
        r.synthetic(),
        r.version(),
        r.updatedAt(),
        r.updatedBy());
  }

  static Map<String, Object> state(TeamRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("kind", r.kind());
    m.put("headcount", r.headcount());
    m.put("equipment", r.equipment());
    m.put("address", r.address());
    m.put("lon", r.lon());
    m.put("lat", r.lat());
    m.put("townCode", r.townCode());
    m.put("contactName", r.contactName());
    m.put("contactPhone", r.contactPhone() == null ? null : PhoneNumber.mask(r.contactPhone()));
    m.put("dutyState", r.dutyState());
    return m;
  }
}
