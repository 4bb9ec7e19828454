package org.shuzhi.command.internal.resources;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.ShelterTier;
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
 * The shelter registry: capacity from the usable area, occupancy plus reserved places never above
 * it; scope, rights, history and audit as the other registries.
 */
@Service
class ShelterService {

  static final String TYPE = "command_shelter";
  private static final BigDecimal MAX_AREA = new BigDecimal("10000000");

  private final ShelterRepository repository;
  private final ShelterCapacity capacity;
  private final Checks checks;
  private final CommandRights rights;
  private final CommandHistory history;
  private final ResourceChanges changes;

  ShelterService(
      ShelterRepository repository,
      ShelterCapacity capacity,
      Checks checks,
      CommandRights rights,
      CommandHistory history,
      ResourceChanges changes) {
    this.changes = changes;
    this.repository = repository;
    this.capacity = capacity;
    this.checks = checks;
    this.rights = rights;
    this.history = history;
  }

  @Transactional(readOnly = true)
  Page<ShelterView> search(
      String town, ShelterTier tier, String name, int page, int size, CurrentUser user) {
    rights.requireRead(user);
    var result =
        repository.search(
            Checks.trim(town),
            tier,
            Checks.trim(name),
            Math.max(0, page),
            Page.size(size),
            user.scope());
    return new Page<>(
        result.items().stream().map(this::view).toList(),
        result.total(),
        result.page(),
        result.size());
  }

  @Transactional(readOnly = true)
  void forEach(
      String town, ShelterTier tier, String name, CurrentUser user, Consumer<ShelterRow> consumer) {
    rights.requireRead(user);
    repository.forEach(Checks.trim(town), tier, Checks.trim(name), user.scope(), consumer);
  }

  @Transactional(readOnly = true)
  ShelterView get(long id, CurrentUser user) {
    return view(load(id, user));
  }

  @Transactional(readOnly = true)
  List<CommandHistory.Change> history(long id, CurrentUser user) {
    load(id, user);
    return history.of(TYPE, id);
  }

  private ShelterRow load(long id, CurrentUser user) {
    rights.requireRead(user);
    return repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("shelter"));
  }

  @Transactional
  ShelterView create(ShelterDraft draft, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    ShelterRow valid = validOrThrow(draft, null);
    rights.requireWritable(user, valid.townCode());
    long id = repository.insert(valid, user.username());
    ShelterRow stored = repository.find(id, DataScope.district()).orElseThrow();
    history.created(TYPE, id, state(stored), user.username(), false);
    changes.in(stored.townCode());
    return view(stored);
  }

  @Transactional
  ShelterView update(long id, int version, ShelterDraft draft, CurrentUser user) {
    load(id, user);
    ShelterRow before = repository.lock(id).orElseThrow(() -> new NotFoundException("shelter"));
    rights.requireWritable(user, before.townCode());
    ShelterRow valid = validOrThrow(draft, before);
    rights.requireWritable(user, valid.townCode());
    if (!repository.update(id, version, valid, user.username())) {
      throw new ConflictException("command.changedMeanwhile");
    }
    ShelterRow after = repository.find(id, DataScope.district()).orElseThrow();
    history.updated(TYPE, id, state(before), state(after), user.username());
    changes.in(before.townCode(), after.townCode());
    return view(after);
  }

  @Transactional
  void delete(long id, int version, CurrentUser user) {
    ShelterRow before = load(id, user);
    rights.requireWritable(user, before.townCode());
    if (before.reserved() > 0) {
      throw new ConflictException("command.shelter.deleteReserved", before.name());
    }
    if (!repository.delete(id, version)) {
      throw new ConflictException("command.changedMeanwhile");
    }
    history.deleted(TYPE, id, state(before), user.username());
    changes.in(before.townCode());
  }

  @Transactional
  long register(ShelterDraft draft, String actor) {
    ShelterRow valid = validOrThrow(draft, null);
    long id = repository.insert(valid, actor);
    history.created(TYPE, id, state(valid), actor, true);
    return id;
  }

  @Transactional
  List<RowProblems> importAll(List<Parsed<ShelterDraft>> rows, CurrentUser user) {
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

  boolean writable(CurrentUser user, String townCode) {
    return rights.writable(user, townCode);
  }

  private ShelterRow validOrThrow(ShelterDraft draft, ShelterRow before) {
    if (draft == null) {
      throw new InvalidInputException(null, "problem.validation.detail");
    }
    List<Violation> problems = new ArrayList<>();
    ShelterRow row = validate(draft, before, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return row;
  }

  private ShelterRow validate(ShelterDraft d, ShelterRow before, List<Violation> problems) {
    int start = problems.size();
    String name = checks.required("name", d.name(), Checks.MAX_NAME, problems);
    checks.present("tier", d.tier(), problems);
    String address = checks.optional("address", d.address(), Checks.MAX_TEXT, problems);
    String town = checks.town(d.lon(), d.lat(), problems);
    BigDecimal area = checks.present("usableArea", d.usableArea(), problems);
    if (area != null && (area.signum() <= 0 || area.compareTo(MAX_AREA) > 0)) {
      problems.add(new Violation("usableArea", "command.shelter.areaInvalid"));
      area = null;
    }
    int occupancy = d.occupancy() == null ? 0 : d.occupancy();
    if (occupancy < 0) {
      problems.add(new Violation("occupancy", "command.shelter.occupancyInvalid"));
    }
    int reserved = before == null ? 0 : before.reserved();
    if (area != null && occupancy >= 0) {
      int cap = capacity.of(area);
      if (occupancy + reserved > cap) {
        problems.add(
            new Violation("occupancy", "command.shelter.overCapacity", occupancy, reserved, cap));
      }
    }
    String manager = checks.optional("managerName", d.managerName(), Checks.MAX_NAME, problems);
    String phone = checks.phone("managerPhone", d.managerPhone(), problems);
    if (phone == null && before != null && Checks.trim(d.managerPhone()) == null) {
      phone = before.managerPhone();
    }
    if (problems.size() > start) {
      return null;
    }
    return new ShelterRow(
        0, name, d.tier(), address, d.lon(), d.lat(), town, area, occupancy, reserved, manager,
        phone, d.demo(), 0, null, null);
  }

  ShelterView view(ShelterRow r) {
    int cap = capacity.of(r.usableArea());
    return new ShelterView(
        r.id(),
        r.name(),
        r.tier(),
        r.address(),
        r.lon(),
        r.lat(),
        r.townCode(),
        checks.townName(r.townCode()),
        r.usableArea(),
        cap,
        r.occupancy(),
        r.reserved(),
        Math.max(0, cap - r.occupancy() - r.reserved()),
        r.managerName(),
        r.managerPhone() == null ? null : PhoneNumber.mask(r.managerPhone()),
        r.synthetic(),
        r.version(),
        r.updatedAt(),
        r.updatedBy());
  }

  static Map<String, Object> state(ShelterRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("tier", r.tier());
    m.put("address", r.address());
    m.put("lon", r.lon());
    m.put("lat", r.lat());
    m.put("townCode", r.townCode());
    m.put("usableArea", r.usableArea());
    m.put("occupancy", r.occupancy());
    m.put("reserved", r.reserved());
    m.put("managerName", r.managerName());
    m.put("managerPhone", r.managerPhone() == null ? null : PhoneNumber.mask(r.managerPhone()));
    return m;
  }
}
