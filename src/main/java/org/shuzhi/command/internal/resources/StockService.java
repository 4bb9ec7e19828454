package org.shuzhi.command.internal.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.shuzhi.command.StockDraft;
import org.shuzhi.command.SupplyItemDraft;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.command.internal.CommandProperties;
import org.shuzhi.command.internal.CommandRights;
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
 * The supplies catalogue and stock lines: a line per item and warehouse, written by those who may
 * write the warehouse; low-stock (available below minimum) and expiry warnings.
 */
@Service
class StockService {

  static final String TYPE = "command_stock";
  static final String ITEM_TYPE = "command_supply_item";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final long MAX_QUANTITY = 1_000_000_000L;

  private final StockRepository repository;
  private final WarehouseRepository warehouses;
  private final Checks checks;
  private final CommandRights rights;
  private final CommandHistory history;
  private final ResourceChanges changes;
  private final CommandProperties properties;
  private final Clock clock;

  StockService(
      StockRepository repository,
      WarehouseRepository warehouses,
      Checks checks,
      CommandRights rights,
      CommandHistory history,
      ResourceChanges changes,
      CommandProperties properties,
      Clock clock) {
    this.repository = repository;
    this.warehouses = warehouses;
    this.checks = checks;
    this.rights = rights;
    this.history = history;
    this.changes = changes;
    this.properties = properties;
    this.clock = clock;
  }

  StockQuery.Today today() {
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    return new StockQuery.Today(today, today.plusDays(properties.expiryWarningDays()));
  }

  @Transactional(readOnly = true)
  List<SupplyItem> items(CurrentUser user) {
    rights.requireRead(user);
    return repository.items();
  }

  @Transactional
  SupplyItem createItem(SupplyItemDraft draft, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    return insertItem(draft, user.username(), false);
  }

  /**
   * Renames an item or changes its unit or category; the code stays (stock lines and plans refer to
   * it). The catalogue is district-wide, so only emergency staff change it.
   */
  @Transactional
  SupplyItem updateItem(String code, SupplyItemDraft draft, CurrentUser user) {
    if (!rights.mayWriteCatalogue(user)) {
      throw new AccessDeniedException("the catalogue is kept by emergency staff");
    }
    SupplyItem before = repository.item(code).orElseThrow(() -> new NotFoundException("item"));
    List<Violation> problems = new ArrayList<>();
    SupplyItem item =
        validateItem(
            draft == null
                ? null
                : new SupplyItemDraft(code, draft.name(), draft.unit(), draft.category()),
            problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    repository.updateItem(item);
    history.updated(ITEM_TYPE, code, itemState(before), itemState(item), user.username());
    return item;
  }

  @Transactional(readOnly = true)
  SupplyItem item(String code, CurrentUser user) {
    rights.requireRead(user);
    return repository.item(code).orElseThrow(() -> new NotFoundException("item"));
  }

  boolean mayWriteCatalogue(CurrentUser user) {
    return rights.mayWriteCatalogue(user);
  }

  boolean writable(CurrentUser user, String townCode) {
    return rights.writable(user, townCode);
  }

  @Transactional
  void registerItem(SupplyItemDraft draft, String actor) {
    insertItem(draft, actor, true);
  }

  private SupplyItem insertItem(SupplyItemDraft draft, String actor, boolean trusted) {
    List<Violation> problems = new ArrayList<>();
    SupplyItem item = validateItem(draft, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (repository.item(item.code()).isPresent()) {
      throw new ConflictException("command.item.codeTaken", item.code());
    }
    repository.insertItem(item, actor);
    history.created(ITEM_TYPE, item.code(), itemState(item), actor, trusted);
    return item;
  }

  private SupplyItem validateItem(SupplyItemDraft d, List<Violation> problems) {
    if (d == null) {
      problems.add(new Violation(null, "problem.validation.detail"));
      return null;
    }
    String code = checks.required("itemCode", d.code(), 40, problems);
    if (code != null && !CODE.matcher(code).matches()) {
      problems.add(new Violation("itemCode", "command.item.codeInvalid", code));
    }
    String name = checks.required("itemName", d.name(), Checks.MAX_NAME, problems);
    String unit = checks.required("unit", d.unit(), 20, problems);
    String category = checks.optional("category", d.category(), 50, problems);
    return new SupplyItem(code, name, unit, category);
  }

  @Transactional(readOnly = true)
  Page<StockView> search(StockQuery query, CurrentUser user) {
    rights.requireRead(user);
    StockQuery.Today today = today();
    var page = repository.search(query, today, user.scope());
    return new Page<>(
        page.items().stream().map(r -> view(r, today)).toList(),
        page.total(),
        page.page(),
        page.size());
  }

  @Transactional(readOnly = true)
  void forEach(StockQuery query, CurrentUser user, Consumer<StockView> consumer) {
    rights.requireRead(user);
    StockQuery.Today today = today();
    repository.forEach(query, today, user.scope(), r -> consumer.accept(view(r, today)));
  }

  @Transactional(readOnly = true)
  StockView get(long id, CurrentUser user) {
    rights.requireRead(user);
    return view(
        repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("stock")),
        today());
  }

  @Transactional(readOnly = true)
  List<CommandHistory.Change> history(long id, CurrentUser user) {
    get(id, user);
    return history.of(TYPE, id);
  }

  /** Creates the line, or sets the quantities of the existing line of that item. */
  @Transactional
  StockView save(StockDraft draft, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    List<Violation> problems = new ArrayList<>();
    Valid valid = validate(draft, problems, user.scope());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    rights.requireWritable(user, valid.townCode());
    long id = store(valid, user.username(), false);
    changes.in(valid.townCode());
    return view(repository.find(id, DataScope.district()).orElseThrow(), today());
  }

  @Transactional
  long register(StockDraft draft, String actor) {
    List<Violation> problems = new ArrayList<>();
    Valid valid = validate(draft, problems, DataScope.district());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return store(valid, actor, true);
  }

  @Transactional
  void delete(long id, int version, CurrentUser user) {
    rights.requireRead(user);
    StockRow before =
        repository.find(id, user.scope()).orElseThrow(() -> new NotFoundException("stock"));
    rights.requireWritable(user, before.townCode());
    if (before.reserved() > 0) {
      throw new ConflictException("command.stock.deleteReserved", before.itemName());
    }
    if (!repository.delete(id, version)) {
      throw new ConflictException("command.changedMeanwhile");
    }
    history.deleted(TYPE, id, state(before), user.username());
    changes.in(before.townCode());
  }

  /**
   * Import rows: a stock line per row (warehouse by name, item by code); an unknown item code with
   * a name and unit adds the item to the catalogue. All rows or none.
   */
  @Transactional
  List<RowProblems> importAll(List<Parsed<StockImportRow>> rows, CurrentUser user) {
    if (!rights.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    List<RowProblems> problems = new ArrayList<>();
    Map<String, SupplyItem> newItems = new LinkedHashMap<>();
    List<StockImportRow> valid = new ArrayList<>();
    Set<String> lines = new HashSet<>();
    Map<String, Long> warehouseIds = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Violation> rowProblems = new ArrayList<>(rows.get(i).problems());
      StockImportRow row = rows.get(i).draft();
      String code = Checks.trim(row.itemCode());
      if (code != null && repository.item(code).isEmpty() && !newItems.containsKey(code)) {
        SupplyItem item =
            validateItem(
                new SupplyItemDraft(code, row.itemName(), row.unit(), row.category()), rowProblems);
        if (rowProblems.isEmpty()) {
          newItems.put(code, item);
        }
      }
      String warehouseName =
          checks.required("warehouse", row.warehouse(), Checks.MAX_NAME, rowProblems);
      Optional<WarehouseRow> warehouse =
          warehouseName == null ? Optional.empty() : warehouses.findByName(warehouseName);
      if (warehouseName != null && warehouse.isEmpty()) {
        rowProblems.add(
            new Violation("warehouse", "command.stock.warehouseUnknown", warehouseName));
      }
      warehouse.ifPresent(w -> warehouseIds.put(w.name(), w.id()));
      if (warehouse.isPresent() && !rights.writable(user, warehouse.get().townCode())) {
        rowProblems.add(
            new Violation("warehouse", "command.town.outOfScope", warehouse.get().townCode()));
      }
      if (warehouse.isPresent() && code != null && !lines.add(warehouse.get().id() + "|" + code)) {
        rowProblems.add(new Violation("itemCode", "command.import.duplicateInFile", code));
      }
      if (code == null) {
        rowProblems.add(new Violation("itemCode", "command.field.required"));
      }
      quantities(row.quantity(), row.minimumStock(), rowProblems);
      if (rowProblems.isEmpty()) {
        StockRow existing = repository.findLine(warehouse.get().id(), code).orElse(null);
        if (existing != null && row.quantity() < existing.reserved()) {
          rowProblems.add(
              new Violation("quantity", "command.stock.belowReserved", existing.reserved()));
        }
      }
      if (rowProblems.isEmpty()) {
        valid.add(row);
      } else {
        problems.add(new RowProblems(i, rowProblems));
      }
    }
    if (problems.isEmpty()) {
      for (SupplyItem item : newItems.values()) {
        repository.insertItem(item, user.username());
        history.created(ITEM_TYPE, item.code(), itemState(item), user.username(), false);
      }
      for (StockImportRow row : valid) {
        long warehouseId = warehouseIds.get(Checks.trim(row.warehouse()));
        store(
            new Valid(
                warehouseId,
                null,
                Checks.trim(row.itemCode()),
                row.quantity(),
                row.minimumStock() == null ? 0 : row.minimumStock(),
                row.expiryDate()),
            user.username(),
            false);
      }
      history.imported(TYPE, valid.size());
      changes.several();
    }
    return problems;
  }

  /** An import row as read: the warehouse by name, the item by code (with name and unit if new). */
  record StockImportRow(
      String warehouse,
      String itemCode,
      String itemName,
      String unit,
      String category,
      Long quantity,
      Long minimumStock,
      LocalDate expiryDate) {}

  private record Valid(
      long warehouseId,
      String townCode,
      String itemCode,
      long quantity,
      long minimumStock,
      LocalDate expiryDate) {}

  private Valid validate(StockDraft d, List<Violation> problems, DataScope scope) {
    if (d == null) {
      problems.add(new Violation(null, "problem.validation.detail"));
      return null;
    }
    checks.present("warehouseId", d.warehouseId(), problems);
    String code = checks.required("itemCode", d.itemCode(), 40, problems);
    WarehouseRow warehouse = null;
    if (d.warehouseId() != null) {
      warehouse = warehouses.find(d.warehouseId(), scope).orElse(null);
      if (warehouse == null) {
        problems.add(
            new Violation("warehouseId", "command.stock.warehouseUnknown", d.warehouseId()));
      }
    }
    if (code != null && repository.item(code).isEmpty()) {
      problems.add(new Violation("itemCode", "command.item.unknown", code));
    }
    quantities(d.quantity(), d.minimumStock(), problems);
    if (!problems.isEmpty()) {
      return null;
    }
    StockRow existing = repository.findLine(warehouse.id(), code).orElse(null);
    if (existing != null && d.quantity() < existing.reserved()) {
      problems.add(new Violation("quantity", "command.stock.belowReserved", existing.reserved()));
      return null;
    }
    return new Valid(
        warehouse.id(),
        warehouse.townCode(),
        code,
        d.quantity(),
        d.minimumStock() == null ? 0 : d.minimumStock(),
        d.expiryDate());
  }

  private void quantities(Long quantity, Long minimum, List<Violation> problems) {
    if (quantity == null) {
      problems.add(new Violation("quantity", "command.field.required"));
    } else if (quantity < 0 || quantity > MAX_QUANTITY) {
      problems.add(new Violation("quantity", "command.stock.quantityInvalid"));
    }
    if (minimum != null && (minimum < 0 || minimum > MAX_QUANTITY)) {
      problems.add(new Violation("minimumStock", "command.stock.quantityInvalid"));
    }
  }

  private long store(Valid v, String actor, boolean trusted) {
    StockRow existing = repository.lockLine(v.warehouseId(), v.itemCode()).orElse(null);
    if (existing == null) {
      long id =
          repository.insert(
              v.warehouseId(), v.itemCode(), v.quantity(), v.minimumStock(), v.expiryDate(), actor);
      history.created(
          TYPE, id, state(repository.find(id, DataScope.district()).orElseThrow()), actor, trusted);
      return id;
    }
    if (v.quantity() < existing.reserved()) {
      throw new ConflictException("command.stock.belowReserved", existing.reserved());
    }
    repository.update(
        existing.id(), existing.version(), v.quantity(), v.minimumStock(), v.expiryDate(), actor);
    StockRow after = repository.find(existing.id(), DataScope.district()).orElseThrow();
    if (trusted) {
      history.changed(TYPE, existing.id(), "UPDATE", state(existing), state(after), actor, true);
    } else {
      history.updated(TYPE, existing.id(), state(existing), state(after), actor);
    }
    return existing.id();
  }

  boolean mayWrite(CurrentUser user) {
    return rights.mayWrite(user);
  }

  StockView view(StockRow r, StockQuery.Today today) {
    boolean expired = r.expiryDate() != null && r.expiryDate().isBefore(today.today());
    boolean expiring =
        r.expiryDate() != null && !expired && !r.expiryDate().isAfter(today.warnUntil());
    return new StockView(
        r.id(),
        r.warehouseId(),
        r.warehouseName(),
        r.townCode(),
        checks.townName(r.townCode()),
        r.itemCode(),
        r.itemName(),
        r.unit(),
        r.quantity(),
        r.reserved(),
        r.available(),
        r.minimumStock(),
        r.expiryDate(),
        r.available() < r.minimumStock(),
        expiring,
        expired,
        r.synthetic(),
        r.version(),
        r.updatedAt(),
        r.updatedBy());
  }

  static Map<String, Object> state(StockRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("warehouseId", r.warehouseId());
    m.put("itemCode", r.itemCode());
    m.put("quantity", r.quantity());
    m.put("reserved", r.reserved());
    m.put("minimumStock", r.minimumStock());
    m.put("expiryDate", r.expiryDate() == null ? null : r.expiryDate().toString());
    return m;
  }

  private static Map<String, Object> itemState(SupplyItem i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", i.code());
    m.put("name", i.name());
    m.put("unit", i.unit());
    m.put("category", i.category());
    return m;
  }
}
