package org.shuzhi.efficiency.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.internal.ReportedRuns;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings and distributions of a run within the caller's data scope: enterprises per class per
 * town and per industry division, the average total per town, land (mu) and tax per class, and a
 * group's ranking with town and industry filters. PostgreSQL aggregates (one row per key and class
 * reaches Java), so 120,000 results cost a few grouped rows.
 */
@Service
class RunDistributions {

  static final int MAX_PAGE_SIZE = 500;

  /** The class keys in display order; "-" = not classified (unscored group). */
  static final List<String> CLASSES = List.of("A", "B", "C", "D", "-");

  private final ReportRepository repository;
  private final ReportedRuns runs;
  private final ReportNames names;

  RunDistributions(ReportRepository repository, ReportedRuns runs, ReportNames names) {
    this.repository = repository;
    this.runs = runs;
    this.names = names;
  }

  /**
   * Enterprises per class of one town or industry division.
   *
   * @param counts class letter (or "-") → enterprises
   * @param averageTotal mean total of the scored enterprises, null when none is scored
   */
  record Row(String code, String name, Map<String, Long> counts, long total, Double averageTotal) {}

  /** One class: enterprises, land (mu) and tax (10,000 yuan) of the year's figures. */
  record ClassTotals(String efficiencyClass, long enterprises, double landMu, double tax) {}

  record Distribution(
      ReportedRuns.Run run,
      String group,
      List<Row> towns,
      List<Row> industries,
      List<ClassTotals> classes,
      long enterprises) {}

  @Transactional(readOnly = true)
  Distribution distribution(long runId, String group, CurrentUser user, Locale locale) {
    runs.requireRead(user);
    ReportedRuns.Run run = runs.run(runId, user).orElseThrow(() -> new NotFoundException("run"));
    String g = group(group);
    var byTown = repository.classCells(runId, g, false, user.scope());
    var byIndustry = repository.classCells(runId, g, true, user.scope());
    List<Row> towns = rows(byTown, code -> names.town(code));
    List<Row> industries = rows(byIndustry, code -> names.division(code, locale));
    Map<String, double[]> perClass = new LinkedHashMap<>();
    CLASSES.forEach(c -> perClass.put(c, new double[3]));
    long enterprises = 0;
    for (var cell : byTown) {
      double[] t = perClass.get(key(cell.efficiencyClass()));
      t[0] += cell.enterprises();
      t[1] += cell.landMu();
      t[2] += cell.tax();
      enterprises += cell.enterprises();
    }
    List<ClassTotals> classes = new ArrayList<>();
    perClass.forEach((c, t) -> classes.add(new ClassTotals(c, (long) t[0], t[1], t[2])));
    return new Distribution(run, g, towns, industries, classes, enterprises);
  }

  /** A page of one group's ranking (default the first group), by group rank. */
  @Transactional(readOnly = true)
  RankingPage ranking(
      long runId,
      String group,
      String town,
      String industry,
      int page,
      int size,
      CurrentUser user,
      Locale locale) {
    runs.requireRead(user);
    runs.run(runId, user).orElseThrow(() -> new NotFoundException("run"));
    String g = group(group);
    if (g == null) {
      g = EfficiencyGroup.values()[0].name();
    }
    String t = blankToNull(town);
    String i = blankToNull(industry);
    if (i != null && !i.matches("[A-T]\\d{0,4}")) {
      throw new InvalidInputException("industry", "efficiency.results.industry", i);
    }
    int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int safePage = Math.max(0, page);
    var found = repository.ranking(runId, g, t, i, user.scope(), safePage, safeSize);
    List<RankingRow> rows = new ArrayList<>();
    for (var r : found.rows()) {
      rows.add(
          new RankingRow(
              r.uscc(),
              r.name(),
              r.townCode(),
              names.town(r.townCode()),
              r.industryCode(),
              r.rank(),
              r.total(),
              r.efficiencyClass(),
              r.vetoed()));
    }
    return new RankingPage(g, t, i, found.total(), safePage, safeSize, rows);
  }

  record RankingRow(
      String uscc,
      String name,
      String townCode,
      String townName,
      String industryCode,
      Integer rank,
      Double total,
      String efficiencyClass,
      boolean vetoed) {}

  record RankingPage(
      String group,
      String town,
      String industry,
      long total,
      int page,
      int size,
      List<RankingRow> rows) {}

  private static List<Row> rows(
      List<ReportRepository.ClassCell> cells, java.util.function.Function<String, String> name) {
    Map<String, List<ReportRepository.ClassCell>> byKey = new LinkedHashMap<>();
    for (var cell : cells) {
      byKey.computeIfAbsent(cell.key() == null ? "" : cell.key(), k -> new ArrayList<>()).add(cell);
    }
    List<Row> rows = new ArrayList<>();
    byKey.forEach(
        (code, list) -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          CLASSES.forEach(c -> counts.put(c, 0L));
          long total = 0;
          long scored = 0;
          double sum = 0;
          for (var cell : list) {
            counts.merge(key(cell.efficiencyClass()), cell.enterprises(), Long::sum);
            total += cell.enterprises();
            scored += cell.scored();
            sum += cell.totalSum();
          }
          String label = code.isEmpty() ? "—" : name.apply(code);
          rows.add(
              new Row(
                  code.isEmpty() ? null : code,
                  label,
                  counts,
                  total,
                  scored == 0 ? null : sum / scored));
        });
    return rows;
  }

  private static String key(String efficiencyClass) {
    return efficiencyClass == null ? "-" : efficiencyClass;
  }

  /** A group name from a query parameter: null for all, refused when unknown. */
  static String group(String group) {
    if (group == null || group.isBlank()) {
      return null;
    }
    try {
      return EfficiencyGroup.valueOf(group.trim()).name();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("group", "efficiency.results.group", group);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
