package org.shuzhi.command.internal.resources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.shuzhi.command.WarehouseDraft;
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

/** The warehouse registry: scope, rights, validation (unique names), history and audit. */
@Service
class WarehouseService {

  static final String TYPE = "command_warehouse";

  private final WarehouseRepository repository;
  private final Checks checks;
  private final CommandRights rights;
  private final CommandHistory history;
  private final ResourceChanges changes;

  WarehouseService(
      WarehouseRepository repository,
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
  Page<WarehouseView> search(String town, String name, int page, int size, CurrentUser user) {
    rights.requireRead(user);
    var result =
        repository.search(
            Checks.trim(town), Checks.trim(name), Math.max(0, page), Page.size(size), user.scope());
    return new Page<>(
        result.items().stream().map(this::view).toList(),
        result.total(),
        result.page(),
        result.size());
  }

  @Transactional(readOnly = true)
  void forEach(String town, String name, CurrentUser user, Consumer<WarehouseRow> consumer) {
    rights.requireRead(user);
    repository.forEach(Checks.trim(town), Checks.trim(name), user.scope(), consumer);
  }

  @Transactional(readOnly = true)
  WarehouseView get(long id, CurrentUser user) {
    return view(load(id, user));
  }

  @Transactional(readOnly = true)
  List<CommandHistory.Change> history(long id, CurrentUser user) {
    load(id, user);
    return history.of(TYPE, id);
  }

  WarehouseRow load(long id, CurrentUser user) {
    rights.requireRead(user);
    return repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("warehouse"));
  }

  @Transactional
  WarehouseView create(WarehouseDraft draft, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    WarehouseRow valid = validOrThrow(draft, null);
    rights.requireWritable(user, valid.townCode());
    long id = repository.insert(valid, user.username());
    WarehouseRow stored = repository.find(id, DataScope.district()).orElseThrow();
    history.created(TYPE, id, state(stored), user.username(), false);
    changes.in(stored.townCode());
    return view(stored);
  }

  @Transactional
  WarehouseView update(long id, int version, WarehouseDraft draft, CurrentUser user) {
    WarehouseRow before = load(id, user);
    rights.requireWritable(user, before.townCode());
    WarehouseRow valid = validOrThrow(draft, before);
    rights.requireWritable(user, valid.townCode());
    if (!repository.update(id, version, valid, user.username())) {
      throw new ConflictException("command.changedMeanwhile");
    }
    WarehouseRow after = repository.find(id, DataScope.district()).orElseThrow();
    history.updated(TYPE, id, state(before), state(after), user.username());
    changes.in(before.townCode(), after.townCode());
    return view(after);
  }

  @Transactional
  void delete(long id, int version, CurrentUser user) {
    WarehouseRow before = load(id, user);
    rights.requireWritable(user, before.townCode());
    if (repository.hasStock(id)) {
      throw new ConflictException("command.warehouse.deleteWithStock", before.name());
    }
    if (!repository.delete(id, version)) {
      throw new ConflictException("command.changedMeanwhile");
    }
    history.deleted(TYPE, id, state(before), user.username());
    changes.in(before.townCode());
  }

  @Transactional
  long register(WarehouseDraft draft, String actor) {
    WarehouseRow valid = validOrThrow(draft, null);
    long id = repository.insert(valid, actor);
    history.created(TYPE, id, state(valid), actor, true);
    return id;
  }

  @Transactional
  List<RowProblems> importAll(List<Parsed<WarehouseDraft>> rows, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    Set<String> names = new HashSet<>();
    List<RowProblems> problems =
        AllOrNothingImport.run(
            rows,
            (draft, found) -> validate(draft, null, found),
            (row, rowProblems) -> {
              if (!rights.writable(user, row.townCode())) {
                rowProblems.add(new Violation("lon", "command.town.outOfScope", row.townCode()));
              }
              if (!names.add(row.name())) {
                rowProblems.add(
                    new Violation("name", "command.import.duplicateInFile", row.name()));
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

  private WarehouseRow validOrThrow(WarehouseDraft draft, WarehouseRow before) {
    if (draft == null) {
      throw new InvalidInputException(null, "problem.validation.detail");
    }
    List<Violation> problems = new ArrayList<>();
    WarehouseRow row = validate(draft, before, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return row;
  }

  private WarehouseRow validate(WarehouseDraft d, WarehouseRow before, List<Violation> problems) {
    int start = problems.size();
    String name = checks.required("name", d.name(), Checks.MAX_NAME, problems);
    if (name != null) {
      repository
          .findByName(name)
          .filter(other -> before == null || other.id() != before.id())
          .ifPresent(
              other -> problems.add(new Violation("name", "command.warehouse.nameTaken", name)));
    }
    String address = checks.optional("address", d.address(), Checks.MAX_TEXT, problems);
    String town = checks.town(d.lon(), d.lat(), problems);
    String manager = checks.optional("managerName", d.managerName(), Checks.MAX_NAME, problems);
    String phone = checks.phone("managerPhone", d.managerPhone(), problems);
    if (phone == null && before != null && Checks.trim(d.managerPhone()) == null) {
      phone = before.managerPhone();
    }
    if (problems.size() > start) {
      return null;
    }
    return new WarehouseRow(
        before == null ? 0 : before.id(),
        name,
        address,
        d.lon(),
        d.lat(),
        town,
        manager,
        phone,
        d.demo(),
        0,
        null,
        null);
  }

  WarehouseView view(WarehouseRow r) {
    return new WarehouseView(
        r.id(),
        r.name(),
        r.address(),
        r.lon(),
        r.lat(),
        r.townCode(),
        checks.townName(r.townCode()),
        r.managerName(),
        r.managerPhone() == null ? null : PhoneNumber.mask(r.managerPhone()),
        r.synthetic(),
        r.version(),
        r.updatedAt(),
        r.updatedBy());
  }

  static Map<String, Object> state(WarehouseRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("address", r.address());
    m.put("lon", r.lon());
    m.put("lat", r.lat());
    m.put("townCode", r.townCode());
    m.put("managerName", r.managerName());
    m.put("managerPhone", r.managerPhone() == null ? null : PhoneNumber.mask(r.managerPhone()));
    return m;
  }
}
