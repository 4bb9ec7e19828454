package org.shuzhi.inspection.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Excel exports of the plan, the supervision list and the enforcement list, headers in the user's
 * language, audited.
 */
@Component
class InspectionExcel {

  private final Spreadsheets spreadsheets;
  private final MessageSource messages;
  private final InspectionAudit audit;

  InspectionExcel(Spreadsheets spreadsheets, MessageSource messages, InspectionAudit audit) {
    this.spreadsheets = spreadsheets;
    this.messages = messages;
    this.audit = audit;
  }

  void plan(
      YearMonth month,
      List<Inspection> rows,
      Map<String, String> townNames,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    List<String> headers =
        List.of(
            m("inspection.field.enterprise", locale),
            m("inspection.field.uscc", locale),
            m("inspection.field.town", locale),
            m("inspection.field.tier", locale),
            m("inspection.field.state", locale),
            m("inspection.field.inspector", locale),
            m("inspection.field.finishedAt", locale));
    List<List<Object>> out = new ArrayList<>();
    for (Inspection i : rows) {
      List<Object> row = new ArrayList<>();
      row.add(i.enterpriseName());
      row.add(i.enterpriseUscc());
      row.add(townNames.getOrDefault(i.townCode(), i.townCode()));
      row.add(i.tier() == null ? null : m("inspection.tier." + i.tier(), locale));
      row.add(m("inspection.state." + i.state(), locale));
      row.add(i.inspector());
      row.add(i.finishedAt() == null ? null : i.finishedAt().toString());
      out.add(row);
    }
    Spreadsheets.download(response, "inspection-plan-" + month + ".xlsx");
    spreadsheets.write(month.toString(), headers, out, response.getOutputStream());
    audit.exported("plan " + month, out.size());
  }

  void enforcement(List<EnforcementRanking.Row> rows, Locale locale, HttpServletResponse response)
      throws IOException {
    List<String> headers =
        List.of(
            m("inspection.field.rank", locale),
            m("inspection.field.enterprise", locale),
            m("inspection.field.uscc", locale),
            m("inspection.field.town", locale),
            m("inspection.field.colour", locale),
            m("inspection.field.score", locale),
            m("inspection.field.reasons", locale));
    List<List<Object>> out = new ArrayList<>();
    for (EnforcementRanking.Row r : rows) {
      String reasons =
          r.reasons().stream()
              .map(
                  x ->
                      m("inspection.factor." + x.factor(), locale)
                          + " ×"
                          + x.count()
                          + " = "
                          + x.points().toPlainString())
              .collect(Collectors.joining("; "));
      List<Object> row = new ArrayList<>();
      row.add(r.rank());
      row.add(r.name());
      row.add(r.uscc());
      row.add(r.townName());
      row.add(r.colour() == null ? null : m("inspection.colour." + r.colour(), locale));
      row.add(r.score());
      row.add(reasons);
      out.add(row);
    }
    Spreadsheets.download(response, "enforcement.xlsx");
    spreadsheets.write("enforcement", headers, out, response.getOutputStream());
    audit.exported("enforcement", out.size());
  }

  void supervision(
      List<SupervisionQueries.SupervisionView> rows,
      Map<Long, String> gridNames,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    List<String> headers =
        List.of(
            m("inspection.field.enterprise", locale),
            m("inspection.field.uscc", locale),
            m("inspection.field.town", locale),
            m("inspection.field.grid", locale),
            m("inspection.field.colour", locale),
            m("inspection.field.level", locale),
            m("inspection.field.tier", locale),
            m("inspection.field.frequency", locale),
            m("inspection.field.lastInspected", locale),
            m("inspection.field.nextDueBy", locale),
            m("inspection.field.dueThisMonth", locale));
    List<List<Object>> out = new ArrayList<>();
    for (SupervisionQueries.SupervisionView v : rows) {
      List<Object> row = new ArrayList<>();
      row.add(v.name());
      row.add(v.uscc());
      row.add(v.townName());
      row.add(v.gridId() == null ? null : gridNames.get(v.gridId()));
      row.add(v.riskColour() == null ? null : m("inspection.colour." + v.riskColour(), locale));
      row.add(
          v.majorHazardLevel() == null
              ? null
              : m("inspection.factor." + v.majorHazardLevel(), locale));
      row.add(m("inspection.tier." + v.tier(), locale));
      row.add(v.frequencyMonths());
      row.add(v.lastInspected() == null ? null : v.lastInspected().toString());
      row.add(v.nextDueBy() == null ? null : v.nextDueBy().toString());
      row.add(m(v.dueThisMonth() ? "inspection.yes" : "inspection.no", locale));
      out.add(row);
    }
    Spreadsheets.download(response, "supervision.xlsx");
    spreadsheets.write("supervision", headers, out, response.getOutputStream());
    audit.exported("supervision", out.size());
  }

  private String m(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
