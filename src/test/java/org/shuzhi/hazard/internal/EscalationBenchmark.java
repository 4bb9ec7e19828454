package org.shuzhi.hazard.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.shuzhi.ShuzhiApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The escalation job over many open overdue hazards: boots the platform on a fresh embedded
 * PostgreSQL with the demo district (so enterprises exist), bulk-inserts {@code n} hazards past
 * their deadlines by 1–120 days ({@code bench/hazards.sql}), then times {@link
 * HazardEscalator#runAt} twice — the second run must add nothing. A figure for the documentation,
 * not a test: {@code bench/escalation.sh [n]} (it lives in this package because the escalator is
 * package-private).
 */
public final class EscalationBenchmark {

  private EscalationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String seed = Files.readString(Path.of("bench/hazards.sql"));
    Path dir = Files.createTempDirectory("shuzhi-escalation-bench");
    var app = new SpringApplication(ShuzhiApplication.class);
    // Command-line arguments outrank application.properties; the scheduled job is switched off
    // so that only the measured runs escalate.
    try (var context =
        app.run(
            "--shuzhi.data-dir=" + dir,
            "--shuzhi.db.clean-embedded=true",
            "--shuzhi.demo.enabled=true",
            "--server.port=0",
            "--shuzhi.hazard.escalation.enabled=false",
            "--logging.level.root=WARN")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      HazardEscalator escalator = context.getBean(HazardEscalator.class);
      Clock clock = context.getBean(Clock.class);

      long t0 = System.nanoTime();
      jdbc.sql(seed).param("n", n).update();
      long insertMs = (System.nanoTime() - t0) / 1_000_000;
      long open =
          jdbc.sql("SELECT count(*) FROM hazard WHERE " + HazardRepository.AWAITING)
              .query(Long.class)
              .single();
      System.out.printf(
          Locale.ROOT,
          "inserted %,d hazards in %,d ms; %,d hazards awaiting rectification in total%n",
          n,
          insertMs,
          open);

      Instant now = clock.instant();
      for (String label : new String[] {"first run", "second run (idempotent)"}) {
        long start = System.nanoTime();
        var run = escalator.runAt(now);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
            Locale.ROOT, "%s: %,d ms, newly escalated %s%n", label, ms, run.escalated());
      }
      System.out.printf(
          Locale.ROOT,
          "rows in hazard_escalation: %,d%n",
          jdbc.sql("SELECT count(*) FROM hazard_escalation").query(Long.class).single());
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
