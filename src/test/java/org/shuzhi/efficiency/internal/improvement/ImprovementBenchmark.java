package org.shuzhi.efficiency.internal.improvement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.Uscc;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 6.6 at Xiaoshan's scale: the lists, their export, case generation and the dashboard over N
 * enterprises (default 120,000). A figure for the documentation, not a test: {@code
 * bench/efficiency-improvement.sh [enterprises]} boots the platform on a throw-away embedded
 * database (profile test), registers the enterprises, gives them random land and tax in SQL, then
 * measures.
 */
public final class ImprovementBenchmark {

  private static final CurrentUser BUREAU =
      new CurrentUser(
          "bench-bureau", Role.DEPARTMENT_STAFF, "ECONOMY", DataScope.district(), false);
  private static final CurrentUser TOWN =
      new CurrentUser(
          "bench-town",
          Role.TOWN_STAFF,
          null,
          DataScope.towns(java.util.Set.of("330109001")),
          false);

  private ImprovementBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    int year = 2031;
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ShuzhiApplication.class).profiles("test").run()) {
      register(context.getBean(EnterpriseDirectory.class), n);
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      long t = System.nanoTime();
      jdbc.sql(
              "INSERT INTO efficiency_year (year, method, created_by, updated_by)"
                  + " VALUES (?, '{}'::jsonb, 'bench', 'bench')")
          .param(year)
          .update();
      // scope and figures straight in SQL: 0–30 mu, tax 0–300 (10,000 yuan), 2 % zero tax
      jdbc.sql(
              "INSERT INTO efficiency_enterprise (year, uscc, enterprise_id, name, town_code,"
                  + " grid_id, above_scale, sector, land_area_mu, tax)"
                  + " SELECT ?, uscc, id, name, town_code, grid_id, above_scale, 'INDUSTRY',"
                  + " round((random() * 30)::numeric, 2), CASE WHEN random() < 0.02 THEN 0"
                  + " ELSE round((random() * 300)::numeric, 2) END FROM enterprise")
          .param(year)
          .update();
      System.out.printf("year with %,d enterprises' figures: %d ms%n", n, ms(t));

      Listings listings = context.getBean(Listings.class);
      for (int i = 0; i < 3; i++) {
        t = System.nanoTime();
        var low = listings.page(year, ImprovementKind.LOW_EFFICIENCY, null, 0, 50, BUREAU);
        var zero = listings.page(year, ImprovementKind.ZERO_TAX, null, 0, 50, BUREAU);
        System.out.printf(
            "list page 1 (count + 50 rows), both kinds, district: %,d + %,d listed, %d ms%n",
            low.total(), zero.total(), ms(t));
      }
      t = System.nanoTime();
      var own = listings.page(year, ImprovementKind.LOW_EFFICIENCY, null, 0, 50, TOWN);
      System.out.printf("list page 1, one town: %,d listed, %d ms%n", own.total(), ms(t));

      ListingExport export = context.getBean(ListingExport.class);
      t = System.nanoTime();
      MockHttpServletResponse response = new MockHttpServletResponse();
      export.write(
          year, ImprovementKind.LOW_EFFICIENCY, null, BUREAU, Locale.SIMPLIFIED_CHINESE, response);
      System.out.printf(
          "Excel export of the low-efficiency list: %,d KB, %d ms%n",
          response.getContentAsByteArray().length / 1024, ms(t));

      ImprovementCases cases = context.getBean(ImprovementCases.class);
      t = System.nanoTime();
      var generated = cases.generate(year, BUREAU.username());
      System.out.printf(
          "generate cases: %,d + %,d opened (with history rows), %d ms%n",
          generated.lowEfficiency(), generated.zeroTax(), ms(t));
      t = System.nanoTime();
      generated = cases.generate(year, BUREAU.username());
      System.out.printf(
          "generate again (idempotent): %,d + %,d opened, %d ms%n",
          generated.lowEfficiency(), generated.zeroTax(), ms(t));

      ImprovementDashboard dashboard = context.getBean(ImprovementDashboard.class);
      for (int i = 0; i < 3; i++) {
        t = System.nanoTime();
        var d = dashboard.dashboard(year, true, null, BUREAU);
        System.out.printf(
            "dashboard (district, all cases): %,d cases, %d ms%n", d.total().cases(), ms(t));
      }
      t = System.nanoTime();
      var page = cases.page(CaseFilters.of(null, null, "OVERDUE", null), 0, 50, BUREAU);
      System.out.printf("case list page 1 (overdue): %,d, %d ms%n", page.total(), ms(t));
    }
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void register(EnterpriseDirectory directory, int n) {
    long t = System.nanoTime();
    String[] towns = {"330109001", "330109002", "330109003", "330109104"};
    List<EnterpriseDraft> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String org = String.format("%08d", 20_000_000 + i);
      String first17 = "91330109" + org + Uscc.organizationCodeCheck(org);
      String uscc = first17 + Uscc.checkCharacter(first17);
      batch.add(
          new EnterpriseDraft(
              uscc,
              "低效基准企业" + i,
              "张三",
              "13812345678",
              "C2614",
              i % 4 == 0,
              towns[i % towns.length],
              "测试路" + i + "号",
              null,
              null,
              CoordinateSystem.WGS84,
              BigDecimal.TEN,
              null,
              20,
              true));
      if (batch.size() == 5_000) {
        directory.registerAll(batch, "bench");
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      directory.registerAll(batch, "bench");
    }
    System.out.printf("registered %,d enterprises: %d ms%n", n, ms(t));
  }
}
