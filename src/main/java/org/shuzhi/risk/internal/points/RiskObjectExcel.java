package org.shuzhi.risk.internal.points;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.shuzhi.platform.Spreadsheets.Column;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskObjectQuery;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Census Excel: template, all-or-nothing import with a row-by-row report, and export. */
@Component
class RiskObjectExcel {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final Spreadsheets spreadsheets;
  private final RiskObjectService service;
  private final RiskAudit audit;
  private final MessageSource messages;
  private final ProblemMessages problems;
  private final AreaDirectory areas;

  RiskObjectExcel(
      Spreadsheets spreadsheets,
      RiskObjectService service,
      RiskAudit audit,
      MessageSource messages,
      ProblemMessages problems,
      AreaDirectory areas) {
    this.spreadsheets = spreadsheets;
    this.service = service;
    this.audit = audit;
    this.messages = messages;
    this.problems = problems;
    this.areas = areas;
  }

  void template(OutputStream out, Locale locale) throws IOException {
    spreadsheets.write(sheetName(locale), RiskObjectSheet.headers(locale, false), List.of(), out);
  }

  ImportReport importFile(byte[] file, CurrentUser user, Locale locale) {
    if (!service.mayWrite(user)) {
      throw new AccessDeniedException("no write rights");
    }
    var rows = spreadsheets.read(file, RiskObjectSheet.COLUMNS);
    Map<String, RiskObjectKind> kinds = kindTexts();
    List<RiskObjectSheet.Parsed> parsed =
        rows.stream().map(r -> RiskObjectSheet.parse(r, kinds)).toList();
    var found = service.importAll(parsed, user);
    Map<String, String> headerByKey = new HashMap<>();
    for (Column c : RiskObjectSheet.COLUMNS) {
      headerByKey.put(c.key(), "en".equals(locale.getLanguage()) ? c.enHeader() : c.zhHeader());
    }
    // Validator fields that have no column of their own.
    headerByKey.put("responsiblePersons", headerByKey.get("personNames"));
    List<ImportReport.RowError> errors = new ArrayList<>();
    for (var p : found) {
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

  void export(RiskObjectQuery query, CurrentUser user, OutputStream out, Locale locale)
      throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    service.forEach(
        query,
        user,
        r ->
            rows.add(
                RiskObjectSheet.exportRow(
                    r,
                    label("risk.points.kind." + r.kind().name(), locale),
                    areas.town(r.townCode()).map(Town::name).orElse(r.townCode()),
                    r.gridId() == null ? null : areas.grid(r.gridId()).map(Grid::name).orElse(null),
                    r.colour() == null
                        ? label("risk.points.colour.none", locale)
                        : label("risk.points.colour." + r.colour().name(), locale))));
    audit.exported(rows.size());
    spreadsheets.write(sheetName(locale), RiskObjectSheet.headers(locale, true), rows, out);
  }

  /** Kind names and their zh-CN and English labels, as accepted in the kind column. */
  private Map<String, RiskObjectKind> kindTexts() {
    Map<String, RiskObjectKind> kinds = new HashMap<>();
    for (RiskObjectKind k : RiskObjectKind.values()) {
      kinds.put(k.name(), k);
      kinds.put(label("risk.points.kind." + k.name(), ZH), k);
      kinds.put(label("risk.points.kind." + k.name(), Locale.ENGLISH), k);
    }
    return kinds;
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private String sheetName(Locale locale) {
    return label("risk.points.objects.title", locale);
  }
}
