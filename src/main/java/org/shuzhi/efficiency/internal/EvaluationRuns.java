package org.shuzhi.efficiency.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shuzhi.efficiency.EfficiencyGroup;
import org.shuzhi.efficiency.internal.scoring.EnterpriseFigures;
import org.shuzhi.efficiency.internal.scoring.EnterpriseScore;
import org.shuzhi.efficiency.internal.scoring.ScoringEngine;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluation runs: read the year's figures from the database, put each enterprise in its group,
 * score with the year's method, and store everything as a new DRAFT version (the publication
 * workflow moves it on). The method is copied into the run, so later edits do not change it.
 */
@Service
class EvaluationRuns {

  static final String MAJOR_SAFETY_ACCIDENT = "MAJOR_SAFETY_ACCIDENT";
  static final String ENVIRONMENTAL_VIOLATION = "ENVIRONMENTAL_VIOLATION";
  private static final Logger log = LoggerFactory.getLogger(EvaluationRuns.class);

  private final RunRepository runs;
  private final EfficiencyYears years;
  private final ScoringEngine engine;
  private final EfficiencyAccess access;
  private final EfficiencyAudit audit;
  private final JsonMapper json;
  private final RunWorkflow workflow;

  EvaluationRuns(
      RunRepository runs,
      EfficiencyYears years,
      ScoringEngine engine,
      EfficiencyAccess access,
      EfficiencyAudit audit,
      JsonMapper json,
      RunWorkflow workflow) {
    this.runs = runs;
    this.years = years;
    this.engine = engine;
    this.access = access;
    this.audit = audit;
    this.json = json;
    this.workflow = workflow;
  }

  @Transactional
  RunRepository.RunSummary run(int year, CurrentUser user) {
    access.requireManage(user);
    EfficiencyYears.VersionedMethod method = years.method(year);
    int version = runs.lockAndNextVersion(year);
    long started = System.nanoTime();
    List<RunRepository.StoredFigures> stored = new ArrayList<>();
    List<EnterpriseFigures> figures = new ArrayList<>();
    double smallLand = method.method().smallLandThreshold();
    runs.figures(
        year,
        f -> {
          stored.add(f);
          figures.add(figures(f, smallLand));
        });
    long read = System.nanoTime();
    List<EnterpriseScore> scores = engine.score(method.method(), figures);
    long scored = System.nanoTime();
    long runId =
        runs.insertRun(
            year,
            version,
            json.writeValueAsString(method.method()),
            method.version(),
            stored.size(),
            user.username());
    runs.insertResults(runId, stored, scores);
    workflow.runCreated(runId, year, user);
    long written = System.nanoTime();
    audit.runCreated(runId, year, version, stored.size());
    log.info(
        "Efficiency run {} (year {}, version {}): {} enterprises; read {} ms, score {} ms,"
            + " store {} ms",
        runId,
        year,
        version,
        stored.size(),
        (read - started) / 1_000_000,
        (scored - read) / 1_000_000,
        (written - scored) / 1_000_000);
    return runs.run(runId).orElseThrow();
  }

  /**
   * The group (economy.md §1.1): 规上 industry or services by the registry's scale flag; a
   * below-scale industrial enterprise with land under the method's threshold (or no land figure) is
   * BELOW_SCALE_SMALL.
   */
  static EfficiencyGroup group(RunRepository.StoredFigures f, double smallLandMu) {
    if (f.sector() == Sector.SERVICES) {
      return EfficiencyGroup.ABOVE_SCALE_SERVICES;
    }
    if (f.aboveScale()) {
      return EfficiencyGroup.ABOVE_SCALE_INDUSTRY;
    }
    return f.landAreaMu() != null && f.landAreaMu() >= smallLandMu
        ? EfficiencyGroup.BELOW_SCALE_INDUSTRY
        : EfficiencyGroup.BELOW_SCALE_SMALL;
  }

  private static EnterpriseFigures figures(RunRepository.StoredFigures f, double smallLandMu) {
    Set<String> flags =
        f.majorSafetyAccident() && f.environmentalViolation()
            ? Set.of(MAJOR_SAFETY_ACCIDENT, ENVIRONMENTAL_VIOLATION)
            : f.majorSafetyAccident()
                ? Set.of(MAJOR_SAFETY_ACCIDENT)
                : f.environmentalViolation() ? Set.of(ENVIRONMENTAL_VIOLATION) : Set.of();
    return new EnterpriseFigures(
        f.uscc(),
        group(f, smallLandMu),
        f.landAreaMu(),
        f.tax(),
        f.addedValue(),
        f.energyTce(),
        f.emission(),
        f.employees(),
        f.rdSpending(),
        f.revenue(),
        f.electricityKwh(),
        flags);
  }

  RunRepository.RunSummary summary(long runId) {
    return runs.run(runId).orElseThrow(() -> new NotFoundException("run"));
  }

  /** The year's runs the user may see (an enterprise: the announced ones). */
  List<RunRepository.RunSummary> list(int year, CurrentUser user) {
    return runs.runs(year).stream().filter(r -> access.seesRun(user, r.status())).toList();
  }

  RunRepository.ResultPage results(long runId, String group, int page, int size, CurrentUser user) {
    access.requireRead(user);
    access.requireSeesRun(
        user, runs.run(runId).orElseThrow(() -> new NotFoundException("run")).status());
    String g = null;
    if (group != null && !group.isBlank()) {
      try {
        g = EfficiencyGroup.valueOf(group).name();
      } catch (IllegalArgumentException e) {
        throw new org.shuzhi.platform.InvalidInputException(
            "group", "efficiency.results.group", group);
      }
    }
    int safeSize = Math.max(1, Math.min(size, 500));
    return runs.results(runId, g, user.scope(), Math.max(0, page), safeSize);
  }
}
