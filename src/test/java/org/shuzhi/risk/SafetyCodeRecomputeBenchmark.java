package org.shuzhi.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import org.shuzhi.ShuzhiApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time of a full safety-code recompute for the whole district (Xiaoshan has about 120,000
 * enterprises). A figure for the documentation, not a test. Starts the application on the embedded
 * PostgreSQL in a data directory (a fresh temporary one unless given; the first start loads the
 * demo district with the requested number of enterprises, which takes minutes; the demo's own first
 * computation is logged as "Demo safety codes"), then times three runs of {@code recomputeAll()}:
 * the first computation (every stored code deleted before it, so each one is inserted with a new
 * token — in a data directory given to the benchmark, printed QR codes of it stop working), then
 * twice with unchanged inputs.
 *
 * <pre>bench/run.sh org.shuzhi.risk.SafetyCodeRecomputeBenchmark [enterprises] [data-dir]</pre>
 */
public final class SafetyCodeRecomputeBenchmark {

  private SafetyCodeRecomputeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    Path dataDir =
        args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("shuzhi-safetycode-bench");
    SpringApplication app = new SpringApplication(ShuzhiApplication.class);
    // Command-line properties: application.properties would override default properties.
    try (ConfigurableApplicationContext context =
        app.run(
            "--shuzhi.data-dir=" + dataDir,
            "--shuzhi.demo.enabled=true",
            "--shuzhi.demo.enterprises=" + enterprises,
            "--shuzhi.hazard.escalation.enabled=false",
            "--server.port=0")) {
      SafetyCodes codes = context.getBean(SafetyCodes.class);
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      for (String run : new String[] {"first computation", "unchanged 1", "unchanged 2"}) {
        if (run.startsWith("first")) {
          jdbc.sql("DELETE FROM risk_safety_code").update();
          jdbc.sql("VACUUM ANALYZE risk_safety_code").update();
        }
        long start = System.nanoTime();
        int count = codes.recomputeAll();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
            "safety-code recompute, %s: %,d enterprises in %,d ms (%,.0f per second)%n",
            run, count, millis, count * 1000.0 / Math.max(millis, 1));
      }
    }
    System.out.println("data directory: " + dataDir);
  }
}
