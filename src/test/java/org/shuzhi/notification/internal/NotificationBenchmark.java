package org.shuzhi.notification.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.identity.AccountDirectory;
import org.shuzhi.identity.Accounts;
import org.shuzhi.identity.NewAccount;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Notice;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Notifications;
import org.shuzhi.notification.Severity;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An alarm storm through the real path: boots the platform on a fresh embedded PostgreSQL (no demo
 * data), gives {@code subscribers} district leaders an in-app subscription to alarms, then calls
 * {@link Notifications#notify} {@code n} times from one thread (each call its own transaction, as
 * an ingestion listener would) while the background dispatcher delivers. Prints the caller's rate,
 * the delivery rate, and notify → inbox latency percentiles. {@code bench/run.sh
 * org.shuzhi.notification.internal.NotificationBenchmark [n] [subscribers]}.
 */
public final class NotificationBenchmark {

  private NotificationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path dir = Files.createTempDirectory("shuzhi-notification-bench");
    var app = new SpringApplication(ShuzhiApplication.class);
    try (var context =
        app.run(
            "--shuzhi.data-dir=" + dir,
            "--shuzhi.db.clean-embedded=true",
            "--shuzhi.demo.enabled=false",
            "--server.port=0",
            "--shuzhi.hazard.escalation.enabled=false",
            "--logging.level.root=WARN")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      Accounts accounts = context.getBean(Accounts.class);
      AccountDirectory directory = context.getBean(AccountDirectory.class);
      SubscriptionService subscriptions = context.getBean(SubscriptionService.class);
      Notifications notifications = context.getBean(Notifications.class);
      String password = accounts.generatePassword();
      for (int i = 0; i < subscribers; i++) {
        String username = "bench-leader-" + i;
        accounts.open(
            new NewAccount(
                username,
                "基准 " + i,
                Role.DISTRICT_LEADER,
                null,
                Set.of(),
                null,
                password,
                false,
                false,
                true));
        subscriptions.save(
            new SubscriptionForm(
                null, List.of(), "INFO", List.of("ALARM"), true, null, null, null, false, true),
            directory.find(username).orElseThrow());
      }
      long expected = (long) n * subscribers;

      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        notifications.notify(
            Notice.of(
                NoticeKind.ALARM,
                "bench:" + i,
                Severity.values()[1 + i % 4],
                "330109001",
                "基准告警 " + i,
                null,
                "/monitoring/alarms/" + i,
                Instant.now()));
      }
      long notifyNanos = System.nanoTime() - start;
      long delivered;
      do {
        Thread.sleep(50);
        delivered = jdbc.sql("SELECT count(*) FROM notification_inbox").query(Long.class).single();
      } while (delivered < expected && System.nanoTime() - start < 600_000_000_000L);
      long allNanos = System.nanoTime() - start;

      System.out.printf(
          Locale.ROOT,
          "notify: %,d calls in %,d ms = %,.0f calls/s (%.3f ms per call)%n",
          n,
          notifyNanos / 1_000_000,
          n / (notifyNanos / 1e9),
          notifyNanos / 1e6 / n);
      System.out.printf(
          Locale.ROOT,
          "delivered: %,d of %,d in-app deliveries %,d ms after the first call = %,.0f/s%n",
          delivered,
          expected,
          allNanos / 1_000_000,
          delivered / (allNanos / 1e9));
      var latency =
          jdbc.sql(
                  """
                  SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY
                    extract(epoch FROM i.created_at - n.created_at) * 1000)
                  FROM notification_inbox i JOIN notification_notice n ON n.id = i.notice_id""")
              .query((rs, row) -> (Double[]) rs.getArray(1).getArray())
              .single();
      System.out.printf(
          Locale.ROOT,
          "notify → inbox latency: p50 %.0f ms, p99 %.0f ms%n",
          latency[0],
          latency[1]);
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
