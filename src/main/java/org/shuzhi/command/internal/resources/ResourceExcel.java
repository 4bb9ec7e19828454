package org.shuzhi.command.internal.resources;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.shuzhi.platform.Spreadsheets.Column;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel of every resource registry ({@code teams}, {@code warehouses}, {@code stock}, {@code
 * shelters}, {@code duty}): template, all-or-nothing import with a row-by-row report (page and
 * API), and export of the list as filtered (same parameters as the list).
 */
@Controller
class ResourceExcel {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final Map<String, ResourceSheet<?>> sheets = new HashMap<>();
  private final Spreadsheets spreadsheets;
  private final MessageSource messages;
  private final ProblemMessages problems;
  private final CommandHistory history;
  private final CurrentUsers users;
  private final Clock clock;

  ResourceExcel(
      List<ResourceSheet<?>> sheets,
      Spreadsheets spreadsheets,
      MessageSource messages,
      ProblemMessages problems,
      CommandHistory history,
      CurrentUsers users,
      Clock clock) {
    sheets.forEach(s -> this.sheets.put(s.name(), s));
    this.spreadsheets = spreadsheets;
    this.messages = messages;
    this.problems = problems;
    this.history = history;
    this.users = users;
    this.clock = clock;
  }

  private ResourceSheet<?> sheet(String name) {
    ResourceSheet<?> sheet = sheets.get(name);
    if (sheet == null) {
      throw new NotFoundException("sheet");
    }
    return sheet;
  }

  @GetMapping("/command/{sheet}/import")
  String importPage(@PathVariable("sheet") String name, Model model) {
    model.addAttribute("sheet", sheet(name));
    return "command/import";
  }

  @GetMapping({"/command/{sheet}/import/template", "/api/v1/command/{sheet}/import/template"})
  void template(@PathVariable("sheet") String name, HttpServletResponse response, Locale locale)
      throws IOException {
    ResourceSheet<?> sheet = sheet(name);
    Spreadsheets.download(response, "command-" + name + "-template.xlsx");
    spreadsheets.write(
        label(sheet.titleKey(), locale),
        headers(sheet.columns(), locale),
        List.of(),
        response.getOutputStream());
  }

  @PostMapping("/command/{sheet}/import")
  String importFile(
      @PathVariable("sheet") String name,
      @RequestParam("file") MultipartFile file,
      Model model,
      Locale locale)
      throws IOException {
    ResourceSheet<?> sheet = sheet(name);
    model.addAttribute("sheet", sheet);
    try {
      model.addAttribute(
          "report", importBytes(sheet, Spreadsheets.upload(file), users.require(), locale));
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", problems.of(e, locale));
    }
    return "command/import";
  }

  @PostMapping(value = "/api/v1/command/{sheet}/import", consumes = "multipart/form-data")
  @ResponseBody
  ResponseEntity<ImportReport> importApi(
      @PathVariable("sheet") String name, @RequestParam("file") MultipartFile file, Locale locale)
      throws IOException {
    var report = importBytes(sheet(name), Spreadsheets.upload(file), users.require(), locale);
    return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
  }

  @GetMapping({"/command/{sheet}/export", "/api/v1/command/{sheet}/export"})
  void export(
      @PathVariable("sheet") String name,
      @RequestParam Map<String, String> filters,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    ResourceSheet<?> sheet = sheet(name);
    CurrentUser user = users.require();
    Map<String, String> f = new HashMap<>();
    filters.forEach((k, v) -> f.put(k, v == null || v.isBlank() ? null : v.strip()));
    List<List<Object>> rows = new ArrayList<>();
    sheet.export(f, user, labels(locale), rows::add);
    history.exported("command_" + name, rows.size());
    List<Column> columns = new ArrayList<>(sheet.columns());
    columns.addAll(sheet.extraColumns());
    Spreadsheets.download(
        response,
        "command-" + name + "-" + LocalDate.now(clock.withZone(StockService.ZONE)) + ".xlsx");
    spreadsheets.write(
        label(sheet.titleKey(), locale),
        headers(columns, locale),
        rows,
        response.getOutputStream());
  }

  private <D> ImportReport importBytes(
      ResourceSheet<D> sheet, byte[] file, CurrentUser user, Locale locale) {
    var rows = spreadsheets.read(file, sheet.columns());
    ResourceSheet.Labels labels = labels(locale);
    List<Parsed<D>> parsed = rows.stream().map(r -> sheet.parse(r, labels)).toList();
    List<RowProblems> found = sheet.importAll(parsed, user);
    Map<String, String> headerByKey = new HashMap<>();
    for (Column c : sheet.columns()) {
      headerByKey.put(c.key(), "en".equals(locale.getLanguage()) ? c.enHeader() : c.zhHeader());
    }
    List<ImportReport.RowError> errors = new ArrayList<>();
    for (RowProblems p : found) {
      int rowNumber = rows.get(p.index()).rowNumber();
      for (var v : p.violations()) {
        errors.add(
            new ImportReport.RowError(
                rowNumber,
                v.field() == null ? "" : headerByKey.getOrDefault(v.field(), v.field()),
                problems.of(v, locale)));
      }
    }
    return new ImportReport(errors.isEmpty() ? rows.size() : 0, errors);
  }

  private static List<String> headers(List<Column> columns, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    return columns.stream().map(c -> en ? c.enHeader() : c.zhHeader()).toList();
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  /** Enum labels: {@code command.<Type>.<NAME>}; parsing accepts names and zh/en labels. */
  ResourceSheet.Labels labels(Locale locale) {
    return new ResourceSheet.Labels() {
      @Override
      public String of(Enum<?> value) {
        return label(key(value), locale);
      }

      @Override
      public <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
          return null;
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
          if (e.name().equalsIgnoreCase(t)
              || label(key(e), ZH).equals(t)
              || label(key(e), Locale.ENGLISH).equalsIgnoreCase(t)) {
            return e;
          }
        }
        return null;
      }
    };
  }

  static String key(Enum<?> value) {
    return "command." + value.getDeclaringClass().getSimpleName() + "." + value.name();
  }
}
