package org.shuzhi.inspection.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.map.MapFilter;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Inspections at district scale, for the documentation (not a test): the demo district with the
 * requested number of enterprises (its start-up log has "Demo inspection plans: … in … ms"), then a
 * plan entry for every enterprise in the current month, so the figures are for a plan as large as
 * the register. Measures placing all entries (one pass over the registry), the map layer for the
 * regulator (whole district) and for one town's staff, and a page of the plan API's query.
 *
 * <pre>bench/run.sh org.shuzhi.inspection.internal.InspectionLoadBenchmark [enterprises] [data-dir]
 * </pre>
 */
public final class InspectionLoadBenchmark {

  private static final int RUNS = 7;

  private InspectionLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path dataDir =
        args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("shuzhi-inspection-bench");
    SpringApplication app = new SpringApplication(ShuzhiApplication.class);
    try (ConfigurableApplicationContext context =
        app.run(
            "--shuzhi.data-dir=" + dataDir,
            "--shuzhi.demo.enabled=true",
            "--shuzhi.demo.enterprises=" + enterprises,
            "--shuzhi.hazard.escalation.enabled=false",
            "--shuzhi.inspection.plan-job.enabled=false",
            "--server.port=0")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      InspectionService service = context.getBean(InspectionService.class);
      YearMonth month = service.currentMonth();
      int added =
          jdbc.sql(
                  "INSERT INTO inspection (enterprise_uscc, enterprise_name, town_code, plan_month,"
                      + " tier, state, created_at, synthetic) SELECT e.uscc, e.name, e.town_code,"
                      + " :month, (ARRAY['TIER_1','TIER_2','TIER_3','TIER_4'])[1 + e.id % 4],"
                      + " 'PLANNED', now(), TRUE FROM enterprise e WHERE e.town_code IS NOT NULL"
                      + " ON CONFLICT (enterprise_uscc, plan_month) WHERE plan_month IS NOT NULL"
                      + " DO NOTHING")
              .param("month", java.sql.Date.valueOf(month.atDay(1)))
              .update();
      System.out.printf("plan entries added for %s: %,d%n", month, added);

      InspectionLocations locations = context.getBean(InspectionLocations.class);
      long start = System.nanoTime();
      int located = locations.locateMissing();
      System.out.printf(
          "placing: %,d enterprises' inspections in %,d ms%n",
          located, (System.nanoTime() - start) / 1_000_000);

      InspectionMapLayer layer = context.getBean(InspectionMapLayer.class);
      signIn("demo.emergency", "ROLE_DEPARTMENT_STAFF");
      time("map layer, regulator (district)", () -> layer.points(new MapFilter(null, null)).size());
      time(
          "map layer, regulator, category DUE",
          () -> layer.points(new MapFilter(null, "DUE")).size());
      time(
          "plan API query, district, page of 100 with total",
          () ->
              (int)
                  service
                      .planPage(
                          new InspectionRepository.PlanQuery(month, null, null, null, null),
                          3,
                          100,
                          context.getBean(org.shuzhi.identity.CurrentUsers.class).require())
                      .total());
      signIn("demo.town", "ROLE_TOWN_STAFF");
      time("map layer, town staff (城厢)", () -> layer.points(new MapFilter(null, null)).size());
    }
    System.out.println("data directory: " + dataDir);
  }

  private static void signIn(String username, String role) {
    var auth = new TestingAuthenticationToken(username, null, role);
    auth.setAuthenticated(true);
    SecurityContextHolder.getContext().setAuthentication(auth);
  }

  /** Runs {@code work} {@value #RUNS} times; prints the result size, median and slowest time. */
  private static void time(String what, IntSupplier work) {
    List<Long> millis = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      size = work.getAsInt();
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(millis);
    System.out.printf(
        "%s: %,d rows, median %,d ms, slowest %,d ms (%d runs)%n",
        what, size, millis.get(RUNS / 2), millis.get(RUNS - 1), RUNS);
  }
}
