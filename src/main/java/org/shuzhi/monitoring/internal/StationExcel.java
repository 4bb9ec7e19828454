package org.shuzhi.monitoring.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.NumberInput;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.shuzhi.platform.Spreadsheets.Column;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Flood station Excel: template, all-or-nothing import with errors row by row, export of the list
 * as filtered (its file imports again). The town column is optional on import: when filled (name or
 * NBS code) it must be a known town and the one the location lies in, a check against a mistyped
 * coordinate.
 */
@Component
class StationExcel {

  static final List<Column> COLUMNS =
      List.of(
          new Column("code", "水位站编码", "Code"),
          new Column("name", "水位站名称", "Name"),
          new Column("river", "河道", "River"),
          new Column("town", "镇街", "Town"),
          new Column("lon", "经度", "Longitude"),
          new Column("lat", "纬度", "Latitude"),
          new Column("warningLevel", "警戒水位（米）", "Warning level (m)"),
          new Column("guaranteeLevel", "保证水位（米）", "Guarantee level (m)"),
          new Column("historicalMax", "历史最高水位（米）", "Historical maximum (m)"));

  private final Spreadsheets spreadsheets;
  private final StationService stations;
  private final MonitoringAudit audit;
  private final MessageSource messages;
  private final ProblemMessages problems;
  private final AreaDirectory areas;

  StationExcel(
      Spreadsheets spreadsheets,
      StationService stations,
      MonitoringAudit audit,
      MessageSource messages,
      ProblemMessages problems,
      AreaDirectory areas) {
    this.spreadsheets = spreadsheets;
    this.stations = stations;
    this.audit = audit;
    this.messages = messages;
    this.problems = problems;
    this.areas = areas;
  }

  void template(OutputStream out, Locale locale) throws IOException {
    spreadsheets.write(sheet(locale), headers(locale), List.of(), out);
  }

  ImportReport importFile(byte[] file, CurrentUser user, Locale locale) {
    var rows = spreadsheets.read(file, COLUMNS);
    Map<String, String> header = new HashMap<>();
    COLUMNS.forEach(c -> header.put(c.key(), english(locale) ? c.enHeader() : c.zhHeader()));
    List<ImportReport.RowError> errors = new ArrayList<>();
    List<FloodStationDraft> drafts = new ArrayList<>();
    List<String> towns = new ArrayList<>();
    for (var row : rows) {
      List<Violation> v = new ArrayList<>();
      towns.add(town(row.get("town"), v));
      FloodStationDraft draft = draft(row, v);
      drafts.add(v.isEmpty() ? draft : null);
      for (Violation violation : v) {
        errors.add(
            new ImportReport.RowError(
                row.rowNumber(),
                header.getOrDefault(violation.field(), ""),
                problems.of(violation, locale)));
      }
    }
    // Rows that could be read are checked too, so one upload shows every problem.
    var outcome = stations.importAll(drafts, towns, user);
    for (var p : outcome.problems()) {
      errors.add(
          new ImportReport.RowError(
              rows.get(p.index()).rowNumber(),
              header.getOrDefault(p.violation().field(), ""),
              problems.of(p.violation(), locale)));
    }
    errors.sort(java.util.Comparator.comparingInt(ImportReport.RowError::row));
    return errors.isEmpty()
        ? new ImportReport(outcome.imported(), List.of())
        : new ImportReport(0, errors);
  }

  void export(String townCode, CurrentUser user, OutputStream out, Locale locale)
      throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (StationRow r : stations.list(townCode, user)) {
      var s = r.station();
      List<Object> row = new ArrayList<>();
      row.add(s.code());
      row.add(s.name());
      row.add(s.river());
      row.add(areas.town(s.townCode()).map(Town::name).orElse(s.townCode()));
      row.add(s.lon());
      row.add(s.lat());
      row.add(s.warningLevel());
      row.add(s.guaranteeLevel());
      row.add(s.historicalMax());
      rows.add(row);
    }
    audit.exported(MonitoringAudit.STATION, rows.size());
    spreadsheets.write(sheet(locale), headers(locale), rows, out);
  }

  /** The draft of a row; unreadable numbers are added to {@code v} and left out. */
  private static FloodStationDraft draft(Spreadsheets.SheetRow row, List<Violation> v) {
    return new FloodStationDraft(
        row.get("code"),
        row.get("name"),
        row.get("river"),
        number(() -> NumberInput.decimalNumber(row.get("lon"), "lon"), v),
        number(() -> NumberInput.decimalNumber(row.get("lat"), "lat"), v),
        CoordinateSystem.WGS84,
        number(() -> level(row, "warningLevel"), v),
        number(() -> level(row, "guaranteeLevel"), v),
        number(() -> level(row, "historicalMax"), v),
        false);
  }

  private static BigDecimal level(Spreadsheets.SheetRow row, String field) {
    return NumberInput.decimal(row.get(field), field);
  }

  private static <T> T number(java.util.function.Supplier<T> parse, List<Violation> v) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      v.addAll(e.violations());
      return null;
    }
  }

  /** The NBS code of the town a row names (by code or name), null when blank. */
  private String town(String text, List<Violation> v) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    for (Town town : areas.towns()) {
      if (town.code().equals(t) || town.code12().equals(t) || town.name().equals(t)) {
        return town.code();
      }
    }
    v.add(new Violation("town", "monitoring.station.import.townUnknown", t));
    return null;
  }

  private List<String> headers(Locale locale) {
    return COLUMNS.stream().map(c -> english(locale) ? c.enHeader() : c.zhHeader()).toList();
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  private String sheet(Locale locale) {
    return messages.getMessage("monitoring.stations.title", null, locale);
  }
}
