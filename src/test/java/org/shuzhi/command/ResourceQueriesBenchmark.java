package org.shuzhi.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.core.GeoPoint;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time of the response's resource queries with 10,000 rescue teams and 2,000 shelters (plus 200
 * warehouses × 10 items): nearest on-duty teams of three kinds, supply cover of five items, shelter
 * assignment of 5,000 people. A figure for the documentation, not a test. Starts the application on
 * a fresh embedded PostgreSQL without the demo, inserts the synthetic resources in bulk SQL, then
 * times 200 rounds at random points in the district.
 *
 * <pre>bench/run.sh org.shuzhi.command.ResourceQueriesBenchmark [teams] [shelters]</pre>
 */
public final class ResourceQueriesBenchmark {

  private ResourceQueriesBenchmark() {}

  public static void main(String[] args) throws Exception {
    int teams = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int shelters = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Path dataDir = Files.createTempDirectory("shuzhi-command-bench");
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
      ResourceQueries queries = context.getBean(ResourceQueries.class);
      var towns = areas.towns();
      String[] kinds =
          java.util.Arrays.stream(TeamKind.values()).map(Enum::name).toArray(String[]::new);
      // Points around the town label points (±0.03°), bulk-inserted: the registries' validation is
      // not what is measured here.
      jdbc.sql(
              """
              INSERT INTO command_team (name, kind, headcount, lon, lat, town_code, duty_state,
                synthetic, created_by, updated_by)
              SELECT 'bench team ' || g, (:kinds)[1 + g % cardinality(:kinds)], 10,
                t.lon + (random() - 0.5) * 0.06, t.lat + (random() - 0.5) * 0.06, t.code,
                CASE WHEN g % 5 = 0 THEN 'OFF_DUTY' ELSE 'ON_DUTY' END, TRUE, 'bench', 'bench'
              FROM generate_series(1, :n) g
              JOIN (SELECT unnest(:codes) code, unnest(:lons) lon, unnest(:lats) lat,
                    generate_series(0, :towns - 1) i) t ON t.i = g % :towns""")
          .param("kinds", kinds)
          .param("n", teams)
          .param("codes", towns.stream().map(t -> t.code()).toArray(String[]::new))
          .param("lons", towns.stream().map(t -> t.labelLon()).toArray(Double[]::new))
          .param("lats", towns.stream().map(t -> t.labelLat()).toArray(Double[]::new))
          .param("towns", towns.size())
          .update();
      jdbc.sql(
              """
              INSERT INTO command_shelter (name, tier, lon, lat, town_code, usable_area, synthetic,
                created_by, updated_by)
              SELECT 'bench shelter ' || g, 'VILLAGE', t.lon + (random() - 0.5) * 0.06,
                t.lat + (random() - 0.5) * 0.06, t.code, 200 + (g % 50) * 20, TRUE, 'bench', 'bench'
              FROM generate_series(1, :n) g
              JOIN (SELECT unnest(:codes) code, unnest(:lons) lon, unnest(:lats) lat,
                    generate_series(0, :towns - 1) i) t ON t.i = g % :towns""")
          .param("n", shelters)
          .param("codes", towns.stream().map(t -> t.code()).toArray(String[]::new))
          .param("lons", towns.stream().map(t -> t.labelLon()).toArray(Double[]::new))
          .param("lats", towns.stream().map(t -> t.labelLat()).toArray(Double[]::new))
          .param("towns", towns.size())
          .update();
      jdbc.sql(
              """
              INSERT INTO command_warehouse (name, lon, lat, town_code, synthetic, created_by,
                updated_by)
              SELECT 'bench warehouse ' || id, lon, lat, town_code, TRUE, 'bench', 'bench'
              FROM command_shelter WHERE name LIKE 'bench shelter %' AND id % 10 = 0""")
          .update();
      for (int i = 0; i < 10; i++) {
        jdbc.sql(
                "INSERT INTO command_supply_item (code, name, unit, created_by)"
                    + " VALUES (?, ?, '件', 'bench')")
            .param("BENCH-" + i)
            .param("bench item " + i)
            .update();
        jdbc.sql(
                "INSERT INTO command_stock (warehouse_id, item_code, quantity, updated_by)"
                    + " SELECT id, ?, 50 + id % 100, 'bench' FROM command_warehouse")
            .param("BENCH-" + i)
            .update();
      }
      jdbc.sql("ANALYZE").update();
      List<SupplyNeed> needs =
          List.of(
              new SupplyNeed("BENCH-0", 500),
              new SupplyNeed("BENCH-1", 200),
              new SupplyNeed("BENCH-2", 2_000),
              new SupplyNeed("BENCH-3", 50),
              new SupplyNeed("BENCH-4", 900));
      Random random = new Random(1);
      int rounds = 200;
      long[] nanos = new long[3];
      for (int warm = 0; warm < 2; warm++) {
        nanos = new long[3];
        for (int r = 0; r < rounds; r++) {
          var town = towns.get(random.nextInt(towns.size()));
          GeoPoint p = new GeoPoint(town.labelLon(), town.labelLat());
          long t0 = System.nanoTime();
          queries.nearestTeams(
              p, Set.of(TeamKind.FIRE, TeamKind.HAZARDOUS_CHEMICAL, TeamKind.MEDICAL), 10);
          long t1 = System.nanoTime();
          queries.coverSupplies(p, needs);
          long t2 = System.nanoTime();
          queries.assignShelters(p, 5_000);
          long t3 = System.nanoTime();
          nanos[0] += t1 - t0;
          nanos[1] += t2 - t1;
          nanos[2] += t3 - t2;
        }
      }
      long total = teams + shelters;
      System.out.printf(
          "resources: %,d teams, %,d shelters (%,d), warehouses %,d%n",
          teams,
          shelters,
          total,
          jdbc.sql("SELECT count(*) FROM command_warehouse").query(Long.class).single());
      System.out.printf(
          "mean per call over %d rounds: nearest teams %.1f ms, supply cover (5 items) %.1f ms,"
              + " shelter assignment (5,000 people) %.1f ms%n",
          rounds, nanos[0] / 1e6 / rounds, nanos[1] / 1e6 / rounds, nanos[2] / 1e6 / rounds);
    }
  }
}
