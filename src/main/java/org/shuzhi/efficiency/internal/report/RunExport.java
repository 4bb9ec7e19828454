package org.shuzhi.efficiency.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.shuzhi.efficiency.internal.ReportedRuns;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.efficiency.internal.scoring.GroupMethod;
import org.shuzhi.efficiency.internal.scoring.IndicatorCode;
import org.shuzhi.efficiency.internal.scoring.IndicatorSpec;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole result of a run as one .xlsx sheet, one row per enterprise in the caller's scope: USCC,
 * name, town, industry, group, each indicator's value / benchmark / score (columns for every
 * indicator of the run's method; blank where the enterprise's group has no such indicator),
 * adjustment, total, group rank, class and veto. Rows stream from a database cursor into POI's
 * streaming writer ({@link Spreadsheets#write}), so 120,000 rows never sit in memory. Audited as an
 * export.
 */
@Service
class RunExport {

  private final ReportRepository repository;
  private final ReportedRuns runs;
  private final ReportNames names;
  private final Spreadsheets spreadsheets;
  private final AuditTrail audit;
  private final JsonMapper json;

  RunExport(
      ReportRepository repository,
      ReportedRuns runs,
      ReportNames names,
      Spreadsheets spreadsheets,
      AuditTrail audit,
      JsonMapper json) {
    this.repository = repository;
    this.runs = runs;
    this.names = names;
    this.spreadsheets = spreadsheets;
    this.audit = audit;
    this.json = json;
  }

  /** The run, checked before a response is committed (unknown run → 404, admin roles → 403). */
  ReportedRuns.Run require(long runId, CurrentUser user) {
    runs.requireRead(user);
    return runs.run(runId, user).orElseThrow(() -> new NotFoundException("run"));
  }

  /** The download's file name, e.g. 亩均评价结果-2025-v2.xlsx. */
  String fileName(ReportedRuns.Run run, Locale locale) {
    return names.message("efficiency.results.export.file", locale)
        + "-"
        + run.year()
        + "-v"
        + run.version()
        + ".xlsx";
  }

  /**
   * Writes the sheet; returns the number of enterprise rows. One transaction: the cursor needs it,
   * and the audit entry is written in it.
   */
  @Transactional
  int write(long runId, CurrentUser user, Locale locale, OutputStream out) throws IOException {
    ReportedRuns.Run run = require(runId, user);
    List<IndicatorCode> codes = indicators(runId);
    List<String> headers = headers(codes, locale);
    Map<String, String> groupNames = new HashMap<>();
    Map<String, String> divisionNames = new HashMap<>();
    String yes = names.message("efficiency.results.yes", locale);
    String no = names.message("efficiency.results.no", locale);
    AtomicInteger count = new AtomicInteger();
    try (Stream<ReportRepository.ExportRow> rows = repository.exportRows(runId, user.scope())) {
      Iterable<List<Object>> cells =
          () ->
              rows.map(
                      r -> {
                        count.incrementAndGet();
                        return row(r, codes, groupNames, divisionNames, yes, no, locale);
                      })
                  .iterator();
      spreadsheets.write(
          names.message("efficiency.results.export.sheet", locale), headers, cells, out);
    }
    audit.record(
        AuditEntry.change(AuditAction.EXPORT, "efficiency_run", run.id(), null, null)
            .withDetail(count.get() + " rows"));
    return count.get();
  }

  private List<Object> row(
      ReportRepository.ExportRow r,
      List<IndicatorCode> codes,
      Map<String, String> groupNames,
      Map<String, String> divisionNames,
      String yes,
      String no,
      Locale locale) {
    List<Object> cells = new ArrayList<>(8 + codes.size() * 3 + 5);
    cells.add(r.uscc());
    cells.add(r.name());
    cells.add(names.town(r.townCode()));
    cells.add(r.industryCode());
    cells.add(
        r.industryCode() == null
            ? null
            : divisionNames.computeIfAbsent(
                r.industryCode().length() >= 3
                    ? r.industryCode().substring(0, 3)
                    : r.industryCode(),
                d -> names.division(d, locale)));
    cells.add(groupNames.computeIfAbsent(r.group(), g -> names.group(g, locale)));
    Map<String, ReportRepository.StoredItem> items = new HashMap<>();
    r.items().forEach(i -> items.put(i.code(), i));
    for (IndicatorCode code : codes) {
      ReportRepository.StoredItem item = items.get(code.name());
      cells.add(item == null ? null : item.value());
      cells.add(item == null ? null : item.benchmark());
      cells.add(item == null ? null : item.score());
    }
    cells.add(r.adjustment());
    cells.add(r.total());
    cells.add(r.rank());
    cells.add(r.efficiencyClass());
    cells.add(r.vetoed() ? yes : no);
    return cells;
  }

  private List<String> headers(List<IndicatorCode> codes, Locale locale) {
    List<String> headers = new ArrayList<>();
    for (String key : List.of("uscc", "name", "town", "industryCode", "industry", "group")) {
      headers.add(names.message("efficiency.results.export." + key, locale));
    }
    for (IndicatorCode code : codes) {
      String name = names.indicator(code.name(), locale);
      for (String part : List.of("value", "benchmark", "score")) {
        headers.add(name + " " + names.message("efficiency.results.export." + part, locale));
      }
    }
    for (String key : List.of("adjustment", "total", "rank", "class", "vetoed")) {
      headers.add(names.message("efficiency.results.export." + key, locale));
    }
    return headers;
  }

  /** Every indicator of the run's method, in the indicators' order (IndicatorCode). */
  private List<IndicatorCode> indicators(long runId) {
    EvaluationMethod method = json.readValue(repository.methodJson(runId), EvaluationMethod.class);
    Set<IndicatorCode> codes = EnumSet.noneOf(IndicatorCode.class);
    for (GroupMethod g : method.groups()) {
      for (IndicatorSpec spec : g.indicators()) {
        if (spec.code() != null) {
          codes.add(spec.code());
        }
      }
    }
    return List.copyOf(codes);
  }
}
