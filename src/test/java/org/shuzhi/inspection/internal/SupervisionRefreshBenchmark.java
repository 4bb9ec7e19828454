package org.shuzhi.inspection.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.RiskCensus;
import org.shuzhi.risk.RiskColour;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervision-tier refresh of the monthly plan over the whole district (Xiaoshan has about
 * 120,000 enterprises). Boots the platform on a fresh embedded PostgreSQL with the demo district,
 * tops the registry up to {@code n} enterprises with SQL (a third with an assessed risk object in
 * the four colours, one in a hundred with a graded major hazard site), then times {@link
 * SupervisionRegister#refresh(TierRules, Instant, String)} twice — the first run puts every
 * supervised enterprise in its tier, the second finds nothing to change — and reports how many SQL
 * statements each run sent (counted on the connections), which shows they are per batch, not per
 * enterprise. Then it times the monthly plan twice (refresh and planning; the second plans nothing)
 * and the enforcement list over every supervised enterprise. With {@code per-enterprise} as second
 * argument it also times the former reads (two queries per enterprise), for comparison. A figure
 * for the documentation, not a test:
 *
 * <pre>bench/run.sh org.shuzhi.inspection.internal.SupervisionRefreshBenchmark [n] [per-enterprise]
 * </pre>
 *
 * (It lives in this package because the register is package-private.)
 */
public final class SupervisionRefreshBenchmark {

  private SupervisionRefreshBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    boolean perEnterprise = args.length > 1 && args[1].equals("per-enterprise");
    Path dir = Files.createTempDirectory("shuzhi-supervision-bench");
    var app = new SpringApplication(ShuzhiApplication.class);
    StatementCounter counter = new StatementCounter();
    app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(counter));
    // Command-line arguments outrank application.properties; the scheduled jobs are off so that
    // only the measured runs touch the tables.
    try (var context =
        app.run(
            "--shuzhi.data-dir=" + dir,
            "--shuzhi.db.clean-embedded=true",
            "--shuzhi.demo.enabled=true",
            "--server.port=0",
            "--shuzhi.hazard.escalation.enabled=false",
            "--shuzhi.inspection.plan-job.enabled=false",
            "--logging.level.root=WARN")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
      SupervisionRegister register = context.getBean(SupervisionRegister.class);
      ReferenceRepository reference = context.getBean(ReferenceRepository.class);
      Clock clock = context.getBean(Clock.class);

      long t0 = System.nanoTime();
      seed(jdbc, n);
      System.out.printf(
          Locale.ROOT,
          "seeded in %,d ms: %,d enterprises, %,d assessed risk objects, %,d graded major hazard"
              + " sites%n",
          (System.nanoTime() - t0) / 1_000_000,
          count(jdbc, "SELECT count(*) FROM enterprise"),
          count(jdbc, "SELECT count(*) FROM risk_object WHERE current_colour IS NOT NULL"),
          count(jdbc, "SELECT count(*) FROM risk_mh_site WHERE level IS NOT NULL"));

      TierRules rules = new TierRules(reference.tierRules());
      for (String label : new String[] {"first run", "second run (nothing changed)"}) {
        long statements = counter.count();
        long start = System.nanoTime();
        int supervised =
            transactions.execute(s -> register.refresh(rules, clock.instant(), "bench").size());
        long ms = (System.nanoTime() - start) / 1_000_000;
        statements = counter.count() - statements;
        System.out.printf(
            Locale.ROOT,
            "tier refresh, %s: %,d ms, %,d SQL statements, %,d supervised, %,d history rows in"
                + " total%n",
            label,
            ms,
            statements,
            supervised,
            count(jdbc, "SELECT count(*) FROM inspection_supervision_change"));
      }
      InspectionPlanner planner = context.getBean(InspectionPlanner.class);
      YearMonth next = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1);
      for (String label : new String[] {"first run", "second run (idempotent)"}) {
        long statements = counter.count();
        long start = System.nanoTime();
        var run = planner.generatePlan(next, "bench");
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
            Locale.ROOT,
            "monthly plan %s (tier refresh included), %s: %,d ms, %,d SQL statements, %,d newly"
                + " planned%n",
            next,
            label,
            ms,
            counter.count() - statements,
            run.planned());
      }
      EnforcementRanking ranking = context.getBean(EnforcementRanking.class);
      CurrentUser leader =
          new CurrentUser("bench", Role.DISTRICT_LEADER, null, DataScope.district(), false);
      long statements = counter.count();
      long start = System.nanoTime();
      int ranked = ranking.top(new EnforcementQuery(null, null, null, 50), leader).size();
      System.out.printf(
          Locale.ROOT,
          "enforcement list over every supervised enterprise: %,d ms, %,d SQL statements, top %d"
              + " shown%n",
          (System.nanoTime() - start) / 1_000_000,
          counter.count() - statements,
          ranked);
      AreaDirectory areas = context.getBean(AreaDirectory.class);
      String town = areas.towns().get(0).code();
      Long grid = areas.gridsOfTown(town).stream().findFirst().map(Grid::id).orElse(null);
      // The grid filter without a town: the registry's grid of every candidate, in bulk reads.
      statements = counter.count();
      start = System.nanoTime();
      ranked = ranking.top(new EnforcementQuery(null, grid, null, 50), leader).size();
      System.out.printf(
          Locale.ROOT,
          "enforcement list, grid %s filter over the whole district: %,d ms, %,d SQL statements,"
              + " top %d shown%n",
          grid,
          (System.nanoTime() - start) / 1_000_000,
          counter.count() - statements,
          ranked);
      SupervisionQueries supervision = context.getBean(SupervisionQueries.class);
      for (SupervisionQuery query :
          List.of(
              new SupervisionQuery(null, null, null, null, 0, 100),
              new SupervisionQuery(null, null, null, null, 400, 100),
              new SupervisionQuery(
                  town, null, SupervisionTier.TIER_3, RiskColour.YELLOW, 0, 100))) {
        statements = counter.count();
        start = System.nanoTime();
        var page = supervision.list(query, leader);
        System.out.printf(
            Locale.ROOT,
            "supervision list page %d (town %s, tier %s, colour %s): %,d ms, %,d SQL statements,"
                + " %,d of %,d%n",
            query.page(),
            query.townCode(),
            query.tier(),
            query.colour(),
            (System.nanoTime() - start) / 1_000_000,
            counter.count() - statements,
            page.items().size(),
            page.total());
      }
      if (perEnterprise) {
        perEnterpriseReads(context.getBean(EnterpriseDirectory.class), context, counter);
      }
    } finally {
      deleteTree(dir);
    }
  }

  /** The former refresh's reads: two queries per enterprise (colour, level). */
  private static void perEnterpriseReads(
      EnterpriseDirectory enterprises,
      org.springframework.context.ApplicationContext context,
      StatementCounter counter) {
    RiskCensus census = context.getBean(RiskCensus.class);
    MajorHazardRegistry majorHazards = context.getBean(MajorHazardRegistry.class);
    long statements = counter.count();
    long start = System.nanoTime();
    long after = 0;
    int read = 0;
    var page = enterprises.page(after, SupervisionRegister.BATCH);
    while (!page.isEmpty()) {
      for (EnterpriseSummary e : page) {
        census.colourOfEnterprise(e.uscc());
        majorHazards.highestLevel(e.uscc());
        read++;
      }
      after = page.get(page.size() - 1).id();
      page = enterprises.page(after, SupervisionRegister.BATCH);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "former per-enterprise reads only (no writes): %,d enterprises in %,d ms, %,d SQL"
            + " statements%n",
        read,
        ms,
        counter.count() - statements);
  }

  /**
   * Tops the registry up to {@code n} enterprises and gives them risk: every third an assessed risk
   * object (colours in turn), every hundredth a graded major hazard site (levels in turn).
   */
  private static void seed(JdbcClient jdbc, int n) {
    jdbc.sql(
            """
            INSERT INTO enterprise (uscc, name, industry_code, town_code, synthetic, created_by,
              updated_by)
            SELECT 'BENCH' || lpad(g::text, 13, '0'), '基准企业' || g, 'C2614', t.code, TRUE,
              'bench', 'bench'
            FROM generate_series(1, greatest(0, :n - (SELECT count(*) FROM enterprise))) AS g
            JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k FROM area_town) AS t
              ON t.k = g % (SELECT count(*) FROM area_town)""")
        .param("n", n)
        .update();
    jdbc.sql(
            """
            INSERT INTO risk_object (name, kind, enterprise_uscc, town_code, current_colour,
              synthetic, created_by, updated_by)
            SELECT '基准风险对象', 'DUST_EXPLOSION', uscc, town_code,
              (ARRAY['RED', 'ORANGE', 'YELLOW', 'BLUE'])[1 + (id / 3) % 4], TRUE, 'bench', 'bench'
            FROM enterprise WHERE uscc LIKE 'BENCH%' AND id % 3 = 0""")
        .update();
    jdbc.sql(
            """
            INSERT INTO risk_mh_site (uscc, name, town_code, exposed_population, level, synthetic,
              created_at, created_by, updated_at, updated_by)
            SELECT uscc, '基准重大危险源', town_code, 0,
              (ARRAY['LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4'])[1 + (id / 100) % 4], TRUE,
              now(), 'bench', now(), 'bench'
            FROM enterprise WHERE uscc LIKE 'BENCH%' AND id % 100 = 0""")
        .update();
    jdbc.sql("ANALYZE enterprise, risk_object, risk_mh_site").update();
  }

  /**
   * Counts the SQL statements the application prepares: wraps every {@link DataSource} bean so that
   * each connection counts its {@code prepareStatement}, {@code prepareCall} and {@code
   * createStatement} calls (a batched statement counts once, as it is sent as one batch).
   */
  static final class StatementCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();

    long count() {
      return statements.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
      if (!(bean instanceof DataSource dataSource)) {
        return bean;
      }
      return new DelegatingDataSource(dataSource) {
        @Override
        public Connection getConnection() throws SQLException {
          return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
          return counting(super.getConnection(user, password));
        }
      };
    }

    private Connection counting(Connection connection) {
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, arguments) -> {
                String m = method.getName();
                if (m.equals("prepareStatement")
                    || m.equals("prepareCall")
                    || m.equals("createStatement")) {
                  statements.incrementAndGet();
                }
                try {
                  return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
