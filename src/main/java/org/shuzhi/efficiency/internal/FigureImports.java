package org.shuzhi.efficiency.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department deliveries of yearly figures, from the department's .xlsx template or as JSON rows:
 * matched by USCC, checked row by row (unknown USCC, out of scope, duplicate, not a number,
 * negative land/energy/…, land area 0 with tax), and stored all-or-nothing with the delivery as
 * each value's provenance; replaced values go to the history.
 */
@Service
class FigureImports {

  static final int MAX_ROWS = 200_000;
  static final String EXCEL = "EXCEL";
  static final String API = "API";

  private final Spreadsheets spreadsheets;
  private final FigureStore store;
  private final EfficiencyYears years;
  private final YearRepository yearRepository;
  private final EnterpriseDirectory directory;
  private final EfficiencyAccess access;
  private final EfficiencyAudit audit;
  private final ProblemMessages problems;
  private final MessageSource messages;

  FigureImports(
      Spreadsheets spreadsheets,
      FigureStore store,
      EfficiencyYears years,
      YearRepository yearRepository,
      EnterpriseDirectory directory,
      EfficiencyAccess access,
      EfficiencyAudit audit,
      ProblemMessages problems,
      MessageSource messages) {
    this.spreadsheets = spreadsheets;
    this.store = store;
    this.years = years;
    this.yearRepository = yearRepository;
    this.directory = directory;
    this.access = access;
    this.audit = audit;
    this.problems = problems;
    this.messages = messages;
  }

  /** One row to check: its number (sheet row, or position for the API) and its texts by key. */
  record IncomingRow(int rowNumber, Map<String, String> values) {}

  /** The datasets this user may deliver: their department's, or all for the bureau. */
  List<Dataset> datasetsFor(CurrentUser user) {
    if (access.mayManage(user)) {
      return List.of(Dataset.values());
    }
    if (user.role() != Role.DEPARTMENT_STAFF || user.department() == null) {
      return List.of();
    }
    return java.util.Arrays.stream(Dataset.values())
        .filter(d -> d.department().equals(user.department()))
        .toList();
  }

  void requireMayImport(CurrentUser user, Dataset dataset) {
    if (!datasetsFor(user).contains(dataset)) {
      throw new AccessDeniedException("not this department's dataset");
    }
  }

  void template(Dataset dataset, Locale locale, OutputStream out) throws IOException {
    spreadsheets.write(label(dataset, locale), dataset.headers(locale), List.of(), out);
  }

  String label(Dataset dataset, Locale locale) {
    return messages.getMessage("efficiency.dataset." + dataset.name(), null, locale);
  }

  @Transactional
  public ImportReport importFile(
      int year, Dataset dataset, byte[] file, String fileName, CurrentUser user, Locale locale) {
    requireMayImport(user, dataset);
    years.requireYear(year);
    List<Spreadsheets.SheetRow> sheet;
    try {
      sheet = spreadsheets.readLarge(file, dataset.columns(), MAX_ROWS);
    } catch (InvalidInputException e) {
      throw wrongTemplate(e, dataset, locale);
    }
    List<IncomingRow> rows =
        sheet.stream().map(r -> new IncomingRow(r.rowNumber(), r.values())).toList();
    return importRows(year, dataset, rows, EXCEL, fileName, user, locale);
  }

  @Transactional
  public ImportReport importJson(
      int year, Dataset dataset, List<Map<String, Object>> json, CurrentUser user, Locale locale) {
    requireMayImport(user, dataset);
    years.requireYear(year);
    if (json == null || json.isEmpty()) {
      throw new InvalidInputException("rows", "efficiency.import.noRows");
    }
    if (json.size() > MAX_ROWS) {
      throw new InvalidInputException("rows", "excel.tooManyRows", MAX_ROWS);
    }
    List<IncomingRow> rows = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      Map<String, String> values = new HashMap<>();
      Map<String, Object> row = json.get(i) == null ? Map.of() : json.get(i);
      for (var entry : row.entrySet()) {
        Object v = entry.getValue();
        values.put(
            entry.getKey(),
            v == null
                ? null
                : v instanceof Number n
                    ? new BigDecimal(n.toString()).toPlainString()
                    : v.toString());
      }
      rows.add(new IncomingRow(i + 1, values));
    }
    return importRows(year, dataset, rows, API, null, user, locale);
  }

  /**
   * A header problem caused by a file made from another department's template becomes one clear
   * message naming both templates.
   */
  private InvalidInputException wrongTemplate(
      InvalidInputException e, Dataset expected, Locale locale) {
    Set<String> unknown = new HashSet<>();
    for (Violation v : e.violations()) {
      if ("excel.unknownColumn".equals(v.messageKey()) && v.arguments().length > 0) {
        unknown.add(normalise(String.valueOf(v.arguments()[0])));
      }
    }
    for (Dataset other : Dataset.values()) {
      if (other == expected) {
        continue;
      }
      boolean theirs =
          other.fields().stream()
              .anyMatch(
                  f -> unknown.contains(normalise(f.zh())) || unknown.contains(normalise(f.en())));
      if (theirs) {
        return new InvalidInputException(
            "file",
            "efficiency.import.wrongTemplate",
            label(other, locale),
            label(expected, locale));
      }
    }
    return e;
  }

  private static String normalise(String header) {
    return header.replaceAll("[\\s（）()]", "").toLowerCase(Locale.ROOT);
  }

  private ImportReport importRows(
      int year,
      Dataset dataset,
      List<IncomingRow> rows,
      String channel,
      String fileName,
      CurrentUser user,
      Locale locale) {
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", "efficiency.import.noRows");
    }
    boolean excel = EXCEL.equals(channel);
    Map<String, FigureStore.InScope> scope = store.scope(year);
    List<String> outside =
        rows.stream()
            .map(r -> r.values().get("uscc"))
            .filter(u -> u != null && !u.isBlank() && !scope.containsKey(u.trim()))
            .distinct()
            .toList();
    Map<String, EnterpriseSummary> registered = new HashMap<>();
    for (EnterpriseSummary e :
        outside.isEmpty() ? List.<EnterpriseSummary>of() : directory.byUsccs(outside)) {
      registered.put(e.uscc(), e);
    }
    List<ImportReport.RowError> errors = new ArrayList<>();
    List<Map<String, Object>> valid = new ArrayList<>(rows.size());
    List<EnterpriseSummary> joining = new ArrayList<>();
    List<Sector> joiningSectors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (IncomingRow row : rows) {
      List<Violation> rowProblems = new ArrayList<>();
      Map<String, Object> typed = new HashMap<>();
      String uscc = trim(row.values().get("uscc"));
      if (uscc == null) {
        rowProblems.add(new Violation("uscc", "efficiency.import.usccMissing"));
      } else if (!seen.add(uscc)) {
        rowProblems.add(new Violation("uscc", "efficiency.data.duplicate", uscc));
      } else if (!scope.containsKey(uscc)) {
        EnterpriseSummary e = registered.get(uscc);
        Sector sector = e == null ? null : Sector.of(e.industryCode(), e.aboveScale());
        if (e == null) {
          rowProblems.add(new Violation("uscc", "efficiency.import.unknownUscc", uscc));
        } else if (sector == null) {
          rowProblems.add(
              new Violation("uscc", "efficiency.import.notInScope", uscc, String.valueOf(year)));
        } else {
          joining.add(e);
          joiningSectors.add(sector);
        }
      }
      typed.put("uscc", uscc);
      for (Dataset.Field f : dataset.fields()) {
        typed.put(f.key(), parse(f, trim(row.values().get(f.key())), rowProblems));
      }
      checkLandWithTax(dataset, uscc == null ? null : scope.get(uscc), typed, rowProblems);
      for (Violation v : rowProblems) {
        errors.add(
            new ImportReport.RowError(
                row.rowNumber(),
                column(dataset, v.field(), excel, locale),
                problems.of(v, locale)));
      }
      valid.add(typed);
      if (errors.size() >= 1_000) {
        break;
      }
    }
    if (!errors.isEmpty()) {
      return new ImportReport(0, errors);
    }
    if (!joining.isEmpty()) {
      yearRepository.upsertScope(year, joining, joiningSectors);
    }
    long importId =
        store.createImport(
            year, dataset, user.department(), channel, fileName, valid.size(), user.username());
    store.apply(year, dataset, importId, valid, user.username());
    audit.imported(importId, year, dataset, fileName, valid.size());
    return new ImportReport(valid.size(), List.of());
  }

  /**
   * Land area 0 with tax paid cannot be right (per-mu figures would be infinite): checked against
   * the other department's stored figure when only one of the two comes in.
   */
  private static void checkLandWithTax(
      Dataset dataset,
      FigureStore.InScope stored,
      Map<String, Object> typed,
      List<Violation> problems) {
    Double land =
        dataset == Dataset.LAND
            ? (Double) typed.get("landAreaMu")
            : stored == null ? null : stored.landAreaMu();
    Double tax =
        dataset == Dataset.TAX ? (Double) typed.get("tax") : stored == null ? null : stored.tax();
    if ((dataset == Dataset.LAND || dataset == Dataset.TAX)
        && land != null
        && land == 0
        && tax != null
        && tax != 0) {
      problems.add(
          new Violation(
              dataset == Dataset.LAND ? "landAreaMu" : "tax", "efficiency.data.landZeroWithTax"));
    }
  }

  private static Object parse(Dataset.Field field, String text, List<Violation> problems) {
    if (text == null) {
      return null;
    }
    return switch (field.kind()) {
      case TEXT -> text.length() > 200 ? text.substring(0, 200) : text;
      case FLAG -> {
        String t = text.toLowerCase(Locale.ROOT);
        if (Set.of("是", "y", "yes", "true", "1").contains(t)) {
          yield Boolean.TRUE;
        }
        if (Set.of("否", "n", "no", "false", "0").contains(t)) {
          yield Boolean.FALSE;
        }
        problems.add(new Violation(field.key(), "efficiency.import.notFlag", text));
        yield null;
      }
      case NUMBER -> {
        double value;
        try {
          value = Double.parseDouble(text.replace(",", ""));
        } catch (NumberFormatException e) {
          problems.add(new Violation(field.key(), "input.number.invalid", text));
          yield null;
        }
        if (!Double.isFinite(value)) {
          problems.add(new Violation(field.key(), "input.number.invalid", text));
          yield null;
        }
        if (field.nonNegative() && value < 0) {
          problems.add(new Violation(field.key(), "efficiency.import.negative", text));
          yield null;
        }
        yield value;
      }
    };
  }

  private static String column(Dataset dataset, String key, boolean excel, Locale locale) {
    if (key == null) {
      return "";
    }
    if (!excel) {
      return key;
    }
    boolean en = "en".equals(locale.getLanguage());
    return dataset.columns().stream()
        .filter(c -> c.key().equals(key))
        .map(c -> en ? c.enHeader() : c.zhHeader())
        .findFirst()
        .orElse(key);
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
