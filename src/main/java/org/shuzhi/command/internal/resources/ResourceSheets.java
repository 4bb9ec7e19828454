package org.shuzhi.command.internal.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.WarehouseDraft;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.Spreadsheets.Column;
import org.shuzhi.platform.Spreadsheets.SheetRow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Excel layouts of the five registries. Coordinates are WGS-84; several equipment entries go in
 * one cell separated by ; or 、. Phones are exported masked (there is no plaintext export).
 */
@Configuration(proxyBeanMethods = false)
class ResourceSheets {

  /** 2025-06-30, 2025/6/30 or 2025.6.30. */
  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-M-d");

  private static final String SEPARATORS = "[;；、,，\\n]";

  static final Column NAME = new Column("name", "名称", "Name");
  static final Column ADDRESS = new Column("address", "地址", "Address");
  static final Column LON = new Column("lon", "经度", "Longitude");
  static final Column LAT = new Column("lat", "纬度", "Latitude");
  static final Column TOWN = new Column("town", "镇街", "Town");

  @Bean
  ResourceSheet<TeamDraft> teamSheet(TeamService service) {
    return new ResourceSheet<>() {
      @Override
      public String name() {
        return "teams";
      }

      @Override
      public String titleKey() {
        return "command.teams.title";
      }

      @Override
      public List<Column> columns() {
        return List.of(
            NAME,
            new Column("kind", "队伍类别", "Kind"),
            new Column("headcount", "人数", "Headcount"),
            new Column("equipment", "主要装备", "Equipment"),
            ADDRESS,
            LON,
            LAT,
            new Column("contactName", "联系人", "Contact"),
            new Column("contactPhone", "联系电话", "Contact phone"),
            new Column("dutyState", "在岗状态", "Duty state"));
      }

      @Override
      public List<Column> extraColumns() {
        return List.of(TOWN);
      }

      @Override
      public Parsed<TeamDraft> parse(SheetRow row, Labels labels) {
        List<Violation> problems = new ArrayList<>();
        TeamKind kind = enumOf(labels, TeamKind.class, row, "kind", problems);
        DutyState state = enumOf(labels, DutyState.class, row, "dutyState", problems);
        return new Parsed<>(
            new TeamDraft(
                row.get("name"),
                kind,
                integer(row, "headcount", problems),
                split(row.get("equipment")),
                row.get("address"),
                decimal(row, "lon", problems),
                decimal(row, "lat", problems),
                row.get("contactName"),
                row.get("contactPhone"),
                state,
                false),
            problems);
      }

      @Override
      public List<RowProblems> importAll(List<Parsed<TeamDraft>> rows, CurrentUser user) {
        return service.importAll(rows, user);
      }

      @Override
      public void export(
          Map<String, String> f, CurrentUser user, Labels labels, Consumer<List<Object>> rows) {
        service.forEach(
            new TeamQuery(
                f.get("town"),
                labels.parse(TeamKind.class, f.get("kind")),
                labels.parse(DutyState.class, f.get("state")),
                f.get("name"),
                0,
                1),
            user,
            t ->
                rows.accept(
                    Arrays.asList(
                        t.name(),
                        labels.of(t.kind()),
                        t.headcount(),
                        String.join("；", t.equipment()),
                        t.address(),
                        t.lon(),
                        t.lat(),
                        t.contactName(),
                        t.contactPhone() == null ? null : PhoneNumber.mask(t.contactPhone()),
                        labels.of(t.dutyState()),
                        service.view(t).townName())));
      }
    };
  }

  @Bean
  ResourceSheet<WarehouseDraft> warehouseSheet(WarehouseService service) {
    return new ResourceSheet<>() {
      @Override
      public String name() {
        return "warehouses";
      }

      @Override
      public String titleKey() {
        return "command.warehouses.title";
      }

      @Override
      public List<Column> columns() {
        return List.of(
            NAME,
            ADDRESS,
            LON,
            LAT,
            new Column("managerName", "负责人", "Manager"),
            new Column("managerPhone", "负责人电话", "Manager phone"));
      }

      @Override
      public List<Column> extraColumns() {
        return List.of(TOWN);
      }

      @Override
      public Parsed<WarehouseDraft> parse(SheetRow row, Labels labels) {
        List<Violation> problems = new ArrayList<>();
        return new Parsed<>(
            new WarehouseDraft(
                row.get("name"),
                row.get("address"),
                decimal(row, "lon", problems),
                decimal(row, "lat", problems),
                row.get("managerName"),
                row.get("managerPhone"),
                false),
            problems);
      }

      @Override
      public List<RowProblems> importAll(List<Parsed<WarehouseDraft>> rows, CurrentUser user) {
        return service.importAll(rows, user);
      }

      @Override
      public void export(
          Map<String, String> f, CurrentUser user, Labels labels, Consumer<List<Object>> rows) {
        service.forEach(
            f.get("town"),
            f.get("name"),
            user,
            w ->
                rows.accept(
                    Arrays.asList(
                        w.name(),
                        w.address(),
                        w.lon(),
                        w.lat(),
                        w.managerName(),
                        w.managerPhone() == null ? null : PhoneNumber.mask(w.managerPhone()),
                        service.view(w).townName())));
      }
    };
  }

  @Bean
  ResourceSheet<StockService.StockImportRow> stockSheet(StockService service) {
    return new ResourceSheet<>() {
      @Override
      public String name() {
        return "stock";
      }

      @Override
      public String titleKey() {
        return "command.stock.title";
      }

      @Override
      public List<Column> columns() {
        return List.of(
            new Column("warehouse", "仓库", "Warehouse"),
            new Column("itemCode", "物资编码", "Item code"),
            new Column("itemName", "物资名称", "Item name"),
            new Column("unit", "单位", "Unit"),
            new Column("category", "物资类别", "Category"),
            new Column("quantity", "数量", "Quantity"),
            new Column("minimumStock", "最低库存", "Minimum stock"),
            new Column("expiryDate", "有效期至", "Expiry date"));
      }

      @Override
      public List<Column> extraColumns() {
        return List.of(
            new Column("reserved", "已预留", "Reserved"),
            new Column("available", "可用", "Available"),
            new Column("warning", "预警", "Warning"),
            TOWN);
      }

      @Override
      public Parsed<StockService.StockImportRow> parse(SheetRow row, Labels labels) {
        List<Violation> problems = new ArrayList<>();
        Long quantity = longValue(row, "quantity", problems);
        Long minimum = longValue(row, "minimumStock", problems);
        LocalDate expiry = date(row, "expiryDate", problems);
        return new Parsed<>(
            new StockService.StockImportRow(
                row.get("warehouse"),
                row.get("itemCode"),
                row.get("itemName"),
                row.get("unit"),
                row.get("category"),
                quantity,
                minimum,
                expiry),
            problems);
      }

      @Override
      public List<RowProblems> importAll(
          List<Parsed<StockService.StockImportRow>> rows, CurrentUser user) {
        return service.importAll(rows, user);
      }

      @Override
      public void export(
          Map<String, String> f, CurrentUser user, Labels labels, Consumer<List<Object>> rows) {
        Long warehouse = null;
        try {
          warehouse = f.get("warehouse") == null ? null : Long.valueOf(f.get("warehouse"));
        } catch (NumberFormatException e) {
          warehouse = -1L;
        }
        service.forEach(
            new StockQuery(
                f.get("town"),
                warehouse,
                f.get("item"),
                labels.parse(StockWarning.class, f.get("warning")),
                0,
                1),
            user,
            s -> {
              List<String> warnings = new ArrayList<>();
              if (s.low()) {
                warnings.add(labels.of(StockWarning.LOW));
              }
              if (s.expiring()) {
                warnings.add(labels.of(StockWarning.EXPIRING));
              }
              if (s.expired()) {
                warnings.add(labels.of(StockWarning.EXPIRED));
              }
              rows.accept(
                  Arrays.asList(
                      s.warehouseName(),
                      s.itemCode(),
                      s.itemName(),
                      s.unit(),
                      null,
                      s.quantity(),
                      s.minimumStock(),
                      s.expiryDate() == null ? null : s.expiryDate().toString(),
                      s.reserved(),
                      s.available(),
                      String.join("；", warnings),
                      s.townName()));
            });
      }
    };
  }

  @Bean
  ResourceSheet<ShelterDraft> shelterSheet(ShelterService service) {
    return new ResourceSheet<>() {
      @Override
      public String name() {
        return "shelters";
      }

      @Override
      public String titleKey() {
        return "command.shelters.title";
      }

      @Override
      public List<Column> columns() {
        return List.of(
            NAME,
            new Column("tier", "级别", "Tier"),
            ADDRESS,
            LON,
            LAT,
            new Column("usableArea", "可用面积（㎡）", "Usable area (m2)"),
            new Column("occupancy", "当前安置人数", "Occupancy"),
            new Column("managerName", "负责人", "Manager"),
            new Column("managerPhone", "负责人电话", "Manager phone"));
      }

      @Override
      public List<Column> extraColumns() {
        return List.of(
            new Column("capacity", "容量（人）", "Capacity"),
            new Column("reserved", "已预留", "Reserved"),
            new Column("free", "剩余容量", "Free"),
            TOWN);
      }

      @Override
      public Parsed<ShelterDraft> parse(SheetRow row, Labels labels) {
        List<Violation> problems = new ArrayList<>();
        ShelterTier tier = enumOf(labels, ShelterTier.class, row, "tier", problems);
        Double area = decimal(row, "usableArea", problems);
        return new Parsed<>(
            new ShelterDraft(
                row.get("name"),
                tier,
                row.get("address"),
                decimal(row, "lon", problems),
                decimal(row, "lat", problems),
                area == null ? null : BigDecimal.valueOf(area),
                integer(row, "occupancy", problems),
                row.get("managerName"),
                row.get("managerPhone"),
                false),
            problems);
      }

      @Override
      public List<RowProblems> importAll(List<Parsed<ShelterDraft>> rows, CurrentUser user) {
        return service.importAll(rows, user);
      }

      @Override
      public void export(
          Map<String, String> f, CurrentUser user, Labels labels, Consumer<List<Object>> rows) {
        service.forEach(
            f.get("town"),
            labels.parse(ShelterTier.class, f.get("tier")),
            f.get("name"),
            user,
            r -> {
              ShelterView s = service.view(r);
              rows.accept(
                  Arrays.asList(
                      s.name(),
                      labels.of(s.tier()),
                      s.address(),
                      s.lon(),
                      s.lat(),
                      s.usableArea(),
                      s.occupancy(),
                      s.managerName(),
                      s.managerPhoneMasked(),
                      s.capacity(),
                      s.reserved(),
                      s.free(),
                      s.townName()));
            });
      }
    };
  }

  @Bean
  ResourceSheet<DutyDraft> dutySheet(DutyService service) {
    return new ResourceSheet<>() {
      @Override
      public String name() {
        return "duty";
      }

      @Override
      public String titleKey() {
        return "command.duty.title";
      }

      @Override
      public List<Column> columns() {
        return List.of(
            new Column("department", "部门代码", "Department"),
            new Column("townCode", "镇街代码", "Town code"),
            new Column("date", "值班日期", "Date"),
            new Column("shift", "班次", "Shift"),
            new Column("role", "值班角色", "Role"),
            new Column("personName", "值班人员", "Person"),
            new Column("phone", "联系电话", "Phone"),
            // Optional, so rosters exported before it existed still import.
            new Column("account", "账户", "Account", true));
      }

      @Override
      public Parsed<DutyDraft> parse(SheetRow row, Labels labels) {
        List<Violation> problems = new ArrayList<>();
        return new Parsed<>(
            new DutyDraft(
                row.get("department"),
                row.get("townCode"),
                date(row, "date", problems),
                enumOf(labels, DutyShift.class, row, "shift", problems),
                enumOf(labels, DutyRole.class, row, "role", problems),
                row.get("personName"),
                row.get("phone"),
                false,
                row.get("account")),
            problems);
      }

      @Override
      public List<RowProblems> importAll(List<Parsed<DutyDraft>> rows, CurrentUser user) {
        return service.importAll(rows, user);
      }

      @Override
      public void export(
          Map<String, String> f, CurrentUser user, Labels labels, Consumer<List<Object>> rows) {
        LocalDate from = null;
        LocalDate to = null;
        try {
          from = f.get("from") == null ? null : LocalDate.parse(f.get("from"));
          to = f.get("to") == null ? null : LocalDate.parse(f.get("to"));
        } catch (DateTimeParseException e) {
          // An unreadable date filters nothing, as on the list page.
        }
        service.forEach(
            new DutyQuery(f.get("department"), f.get("town"), from, to, 0, 1),
            user,
            d ->
                rows.accept(
                    Arrays.asList(
                        d.department(),
                        d.townCode(),
                        d.date().toString(),
                        labels.of(d.shift()),
                        labels.of(d.role()),
                        d.personName(),
                        d.phoneMasked(),
                        d.account())));
      }
    };
  }

  static <E extends Enum<E>> E enumOf(
      ResourceSheet.Labels labels,
      Class<E> type,
      SheetRow row,
      String key,
      List<Violation> problems) {
    String text = row.get(key);
    if (text == null) {
      return null;
    }
    E value = labels.parse(type, text);
    if (value == null) {
      problems.add(new Violation(key, "command.import.unknownValue", text));
    }
    return value;
  }

  static List<String> split(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(SEPARATORS))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static Double decimal(SheetRow row, String key, List<Violation> problems) {
    String text = row.get(key);
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      problems.add(new Violation(key, "command.import.numberInvalid", text));
      return null;
    }
  }

  static Integer integer(SheetRow row, String key, List<Violation> problems) {
    Long v = longValue(row, key, problems);
    if (v != null && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
      problems.add(new Violation(key, "command.import.numberInvalid", row.get(key)));
      return null;
    }
    return v == null ? null : v.intValue();
  }

  static Long longValue(SheetRow row, String key, List<Violation> problems) {
    String text = row.get(key);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(new Violation(key, "command.import.numberInvalid", text));
      return null;
    }
  }

  static LocalDate date(SheetRow row, String key, List<Violation> problems) {
    String text = row.get(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.replace('/', '-').replace('.', '-'), DATE);
    } catch (DateTimeParseException e) {
      problems.add(new Violation(key, "command.import.dateInvalid", text));
      return null;
    }
  }
}
