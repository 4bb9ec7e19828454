package org.shuzhi.efficiency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shuzhi.efficiency.EfficiencyDemo;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo years through the module's own services: {@link EfficiencyYears#open} (default
 * method, registry scope), {@link FigureStore} as the department imports use it (one delivery per
 * department and year, provenance "演示数据 / demo", channel API) and {@link EvaluationRuns#run}.
 */
@Component
class EfficiencyDemoLoader implements EfficiencyDemo {

  static final String DEMO_FILE = "演示数据 / demo";
  private static final Logger log = LoggerFactory.getLogger(EfficiencyDemoLoader.class);
  private static final CurrentUser ACTOR =
      new CurrentUser(
          "demo-loader",
          Role.DEPARTMENT_STAFF,
          EfficiencyAccess.OWNER_DEPARTMENT,
          DataScope.district(),
          false);

  private final EfficiencyYears years;
  private final YearRepository yearRepository;
  private final FigureStore store;
  private final EvaluationRuns runs;
  private final EfficiencyAudit audit;
  private final JdbcClient jdbc;
  private final RunWorkflow workflow;
  private final WorkflowRepository workflowRepository;
  private final Clock clock;

  EfficiencyDemoLoader(
      EfficiencyYears years,
      YearRepository yearRepository,
      FigureStore store,
      EvaluationRuns runs,
      EfficiencyAudit audit,
      JdbcClient jdbc,
      RunWorkflow workflow,
      WorkflowRepository workflowRepository,
      Clock clock) {
    this.workflow = workflow;
    this.workflowRepository = workflowRepository;
    this.clock = clock;
    this.years = years;
    this.yearRepository = yearRepository;
    this.store = store;
    this.runs = runs;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public Loaded createDemoYears(List<Integer> demoYears, List<String> enterpriseUsccs) {
    long started = System.nanoTime();
    List<Integer> opened = new ArrayList<>();
    for (int year : demoYears) {
      if (yearRepository.exists(year)) {
        log.info("Efficiency demo: year {} exists already, left as it is", year);
        continue;
      }
      years.open(year, ACTOR);
      opened.add(year);
    }
    if (opened.isEmpty()) {
      return new Loaded(0, 0, 0);
    }
    List<DemoFigures.InScope> scope = inScope(opened.get(0), enterpriseUsccs);
    // Figures are drawn for all demo years, so a skipped year does not change the others.
    List<List<DemoFigures.Figures>> figures =
        new DemoFigures(20230601L).generate(scope, demoYears.size());
    Map<Integer, Long> runIds = new LinkedHashMap<>();
    for (int y = 0; y < demoYears.size(); y++) {
      int year = demoYears.get(y);
      if (!opened.contains(year)) {
        continue;
      }
      deliver(year, figures.get(y));
      runIds.put(year, runs.run(year, ACTOR).id());
    }
    advanceWorkflow(runIds);
    log.info(
        "Efficiency demo: years {}, {} enterprises with figures, {} runs in {} ms",
        opened,
        scope.size(),
        runIds.size(),
        (System.nanoTime() - started) / 1_000_000);
    return new Loaded(opened.size(), scope.size(), runIds.size());
  }

  /**
   * The demo's workflow states (issue 6 point 7: "one published evaluation and one in publicity"),
   * moved through the workflow service like the bureau would: every year but the latest went
   * through a publicity that ended three days ago and is published; the latest year is in its
   * publicity period now. Only the earlier years' periods are set into the past (allowed while in
   * publicity), since the demo stands for evaluations done before today.
   *
   * @param runIds the demo runs by year (only the years this load opened)
   */
  void advanceWorkflow(Map<Integer, Long> runIds) {
    List<Integer> ordered = runIds.keySet().stream().sorted().toList();
    if (ordered.isEmpty()) {
      return;
    }
    int latest = ordered.get(ordered.size() - 1);
    Instant now = clock.instant();
    for (int year : ordered) {
      long runId = runIds.get(year);
      workflow.move(runId, RunStatus.REVIEW.name(), null, ACTOR);
      workflow.move(runId, RunStatus.PUBLICITY.name(), null, ACTOR);
      if (year != latest) {
        Instant end = now.minus(Duration.ofDays(3));
        workflowRepository.startPublicity(
            runId, end.minus(Duration.ofDays(workflow.publicityDays(year))), end);
        workflow.move(runId, RunStatus.PUBLISHED.name(), null, ACTOR);
      }
    }
  }

  /** The given enterprises that the year covers, in the given order. */
  private List<DemoFigures.InScope> inScope(int year, List<String> usccs) {
    Map<String, DemoFigures.InScope> all = new HashMap<>();
    jdbc.sql("SELECT uscc, above_scale, sector FROM efficiency_enterprise WHERE year = ?")
        .param(year)
        .query(
            rs -> {
              all.put(
                  rs.getString(1),
                  new DemoFigures.InScope(
                      rs.getString(1), rs.getBoolean(2), Sector.valueOf(rs.getString(3))));
            });
    List<DemoFigures.InScope> scope = new ArrayList<>();
    for (String uscc : usccs) {
      DemoFigures.InScope e = all.get(uscc);
      if (e != null) {
        scope.add(e);
      }
    }
    return scope;
  }

  /** One delivery per department, as if each had imported its template. */
  private void deliver(int year, List<DemoFigures.Figures> figures) {
    for (Dataset dataset : Dataset.values()) {
      List<Map<String, Object>> rows = new ArrayList<>(figures.size());
      for (DemoFigures.Figures f : figures) {
        Map<String, Object> row = row(dataset, f);
        if (row != null) {
          rows.add(row);
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      long importId =
          store.createImport(
              year, dataset, dataset.department(), "API", DEMO_FILE, rows.size(), ACTOR.username());
      store.apply(year, dataset, importId, rows, ACTOR.username());
      audit.imported(importId, year, dataset, DEMO_FILE, rows.size());
    }
  }

  /** The dataset's row of an enterprise; null when the department has nothing on it. */
  private static Map<String, Object> row(Dataset dataset, DemoFigures.Figures f) {
    boolean industry = f.scope().sector() == Sector.INDUSTRY;
    Map<String, Object> row = new HashMap<>();
    row.put("uscc", f.scope().uscc());
    Function<String, Object> value =
        key ->
            switch (key) {
              case "landAreaMu" -> f.landMu();
              case "propertyCertificate" -> f.certificate();
              case "parcel" -> f.parcel();
              case "tax" -> f.tax();
              case "electricityKwh" -> f.electricityKwh();
              // industrial water use follows power use (about 1 m³ per 20 kWh in the demo)
              case "waterM3" -> Math.round(f.electricityKwh() / 20);
              case "addedValue" -> f.addedValue();
              case "revenue" -> f.revenue();
              case "rdSpending" -> f.rdSpending();
              case "employees" -> f.employees();
              case "energyTce" -> f.energyTce();
              case "emission" -> f.emission();
              case "environmentalViolation" -> f.environmentalViolation();
              case "majorSafetyAccident" -> f.majorSafetyAccident();
              default -> throw new IllegalStateException("demo has no figure " + key);
            };
    if (!industry
        && (dataset == Dataset.POWER || dataset == Dataset.ECOLOGY || dataset == Dataset.WATER)) {
      return null; // services are scored on tax and revenue per mu only; no utility surcharges
    }
    for (Dataset.Field field : dataset.fields()) {
      row.put(field.key(), value.apply(field.key()));
    }
    return row;
  }
}
