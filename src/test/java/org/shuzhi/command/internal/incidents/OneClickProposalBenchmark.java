package org.shuzhi.command.internal.incidents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.command.CommandRegistration;
import org.shuzhi.command.IncidentRegistration;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.PlanDraft;
import org.shuzhi.command.PlanLevel;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.SupplyItemDraft;
import org.shuzhi.command.SupplyNeed;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.Trigger;
import org.shuzhi.command.TriggerMetric;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time of the one-click proposal (level, nearest teams per kind, supply cover from the nearest
 * warehouses, shelter assignment, on-duty people, recipients) with 10,000 resources — 8,000 rescue
 * teams of every kind and 2,000 warehouses with 5 stock lines each — and 2,000 shelters at random
 * points of the district. A figure for the documentation, not a test. Starts the application on the
 * embedded PostgreSQL in a fresh temporary data directory (demo off), inserts the resources with
 * SQL, then proposes for an incident with 500 people affected {@code runs} times after 50 warm-up
 * proposals and prints p50/p95/max.
 *
 * <pre>bench/run.sh org.shuzhi.command.internal.incidents.OneClickProposalBenchmark [runs]</pre>
 */
public final class OneClickProposalBenchmark {

  private OneClickProposalBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    Path dataDir = Files.createTempDirectory("shuzhi-oneclick-bench");
    SpringApplication app = new SpringApplication(ShuzhiApplication.class);
    try (ConfigurableApplicationContext context =
        app.run(
            "--shuzhi.data-dir=" + dataDir,
            "--shuzhi.demo.enabled=false",
            "--shuzhi.mqtt.enabled=false",
            "--shuzhi.hazard.escalation.enabled=false",
            "--server.port=0")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      AreaDirectory areas = context.getBean(AreaDirectory.class);
      CommandRegistration registration = context.getBean(CommandRegistration.class);
      Random random = new Random(330109);
      Envelope box = new Envelope();
      for (var t : areas.towns()) {
        box.expandToInclude(areas.townBoundary(t.code()).getEnvelopeInternal());
      }
      String[] items = {"B-TENT", "B-WATER", "B-SANDBAG", "B-SUIT", "B-FOAM"};
      for (String item : items) {
        registration.registerItem(new SupplyItemDraft(item, item, "件", null), "bench");
      }
      long start = System.nanoTime();
      TeamKind[] kinds = TeamKind.values();
      for (int i = 0; i < 8_000; i++) {
        double[] p = point(areas, box, random);
        jdbc.sql(
                "INSERT INTO command_team (name, kind, headcount, lon, lat, town_code,"
                    + " contact_name, contact_phone, duty_state, created_by, updated_by)"
                    + " VALUES (?, ?, 12, ?, ?, ?, '联系人', '13800138000', ?, 'bench', 'bench')")
            .param("队伍 " + i)
            .param(kinds[i % kinds.length].name())
            .param(p[0])
            .param(p[1])
            .param(town(areas, p))
            .param(i % 5 == 0 ? "OFF_DUTY" : "ON_DUTY")
            .update();
      }
      for (int i = 0; i < 2_000; i++) {
        double[] p = point(areas, box, random);
        long w =
            jdbc.sql(
                    "INSERT INTO command_warehouse (name, lon, lat, town_code, created_by,"
                        + " updated_by) VALUES (?, ?, ?, ?, 'bench', 'bench') RETURNING id")
                .param("仓库 " + i)
                .param(p[0])
                .param(p[1])
                .param(town(areas, p))
                .query(Long.class)
                .single();
        for (String item : items) {
          jdbc.sql(
                  "INSERT INTO command_stock (warehouse_id, item_code, quantity, updated_by)"
                      + " VALUES (?, ?, ?, 'bench')")
              .param(w)
              .param(item)
              .param(20 + random.nextInt(200))
              .update();
        }
      }
      for (int i = 0; i < 2_000; i++) {
        double[] p = point(areas, box, random);
        jdbc.sql(
                "INSERT INTO command_shelter (name, tier, lon, lat, town_code, usable_area,"
                    + " occupancy, created_by, updated_by) VALUES (?, 'VILLAGE', ?, ?, ?, ?, 0,"
                    + " 'bench', 'bench')")
            .param("避难场所 " + i)
            .param(p[0])
            .param(p[1])
            .param(town(areas, p))
            .param(java.math.BigDecimal.valueOf(30 + random.nextInt(300)))
            .update();
      }
      jdbc.sql("ANALYZE").update();
      System.out.printf(
          Locale.ROOT,
          "inserted 8,000 teams, 2,000 warehouses (10,000 stock lines), 2,000 shelters in %.1f s%n",
          (System.nanoTime() - start) / 1e9);
      registration.registerPlan(
          new PlanDraft(
              IncidentType.HAZARDOUS_CHEMICAL_LEAK,
              "基准预案",
              List.of(
                  new PlanLevel(
                      ResponseLevel.LEVEL_II,
                      List.of(Trigger.atLeast(TriggerMetric.PEOPLE_AFFECTED, 300)),
                      List.of(new PlanTask("EMERGENCY", "启动响应"), new PlanTask("TOWN", "疏散")),
                      List.of(
                          new SupplyNeed("B-SUIT", 400),
                          new SupplyNeed("B-WATER", 1_000),
                          new SupplyNeed("B-TENT", 300)),
                      List.of(TeamKind.HAZARDOUS_CHEMICAL, TeamKind.FIRE, TeamKind.MEDICAL))),
              false),
          "bench");
      var town = areas.town("330109001").orElseThrow();
      long incident =
          context
              .getBean(IncidentRegistration.class)
              .reportIncident(
                  IncidentType.HAZARDOUS_CHEMICAL_LEAK,
                  "基准事件",
                  null,
                  town.labelLon(),
                  town.labelLat(),
                  0,
                  500,
                  false,
                  "bench");
      ResponsePlanner planner = context.getBean(ResponsePlanner.class);
      CurrentUser user =
          new CurrentUser("bench", Role.DEPARTMENT_STAFF, "EMERGENCY", DataScope.district(), false);
      ResponseProposal last = null;
      for (int i = 0; i < 50; i++) {
        last = planner.propose(incident, user);
      }
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        last = planner.propose(incident, user);
        times.add(System.nanoTime() - t);
      }
      Collections.sort(times);
      System.out.printf(
          Locale.ROOT,
          "proposal: level %s, %d teams listed, %d supply lines, %d shelters (shortfall %d)%n",
          last.level(),
          last.teams().size(),
          last.supplies().stream().mapToInt(s -> s.allocations().size()).sum(),
          last.shelters().placements().size(),
          last.shelters().shortfall());
      System.out.printf(
          Locale.ROOT,
          "one-click proposal, %d runs: p50=%.1f ms p95=%.1f ms max=%.1f ms%n",
          runs,
          pct(times, 0.50),
          pct(times, 0.95),
          times.get(times.size() - 1) / 1e6);
    }
  }

  private static double pct(List<Long> sorted, double p) {
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e6;
  }

  private static double[] point(AreaDirectory areas, Envelope box, Random random) {
    while (true) {
      double lon = box.getMinX() + random.nextDouble() * box.getWidth();
      double lat = box.getMinY() + random.nextDouble() * box.getHeight();
      if (areas.insideDistrict(lon, lat) && areas.townAt(lon, lat).isPresent()) {
        return new double[] {lon, lat};
      }
    }
  }

  private static String town(AreaDirectory areas, double[] p) {
    return areas.townAt(p[0], p[1]).orElseThrow().code();
  }
}
