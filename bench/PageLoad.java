import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for a server-rendered page as a signed-in browser user: each of N clients logs in
 * through the form (CSRF token from /login, its own SESSION cookie), then requests the page in a
 * closed loop for a bounded time — half the first ten pages unfiltered, a quarter the overdue
 * filter, a quarter one town. Prints p50/p95/p99 and throughput. Only talks to the URL given.
 *
 * <p>An optional warm-up runs the same load for the given seconds first, not counted: a freshly
 * started server spends minutes of CPU in the JIT compiler on a 2-core machine, which is not what a
 * long-running server's users see.
 *
 * <p>java bench/PageLoad.java http://127.0.0.1:18183 /hazards demo.emergency PASSWORD 50 60 [30]
 */
public class PageLoad {
  static final String[] TOWNS = {
    "330109001", "330109002", "330109003", "330109004", "330109005", "330109006", "330109012",
    "330109013", "330109014", "330109015", "330109100", "330109101", "330109102", "330109103",
    "330109104", "330109105", "330109106", "330109107", "330109108", "330109113", "330109115",
    "330109120"
  };
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String page = args[1];
    String username = args[2];
    String password = args[3];
    int clients = Integer.parseInt(args[4]);
    int seconds = Integer.parseInt(args[5]);
    int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 0;
    List<HttpClient> sessions = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      sessions.add(login(base, username, password));
    }
    // Warm-up, not counted: JIT and the database's caches.
    for (HttpClient http : sessions) {
      get(http, base + page);
    }
    if (warmup > 0) {
      Result warm = run(base, page, sessions, warmup);
      System.out.printf("warm-up: %s%n", warm.summary(page, clients, warmup));
    }
    Result result = run(base, page, sessions, seconds);
    System.out.println(result.summary(page, clients, seconds));
  }

  /** Latencies (sorted) and errors of one closed-loop run. */
  record Result(List<Long> sorted, long errors) {
    String summary(String page, int clients, int seconds) {
      return String.format(
          "%s: requests=%d errors=%d throughput=%.0f/s p50=%.1f ms p95=%.1f ms p99=%.1f ms"
              + " (clients=%d, %d s)",
          page,
          sorted.size(),
          errors,
          sorted.size() / (double) seconds,
          pct(sorted, 0.50),
          pct(sorted, 0.95),
          pct(sorted, 0.99),
          clients,
          seconds);
    }
  }

  static Result run(String base, String page, List<HttpClient> sessions, int seconds)
      throws InterruptedException {
    int clients = sessions.size();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      final HttpClient http = sessions.get(c);
      final Random random = new Random(c);
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              String query =
                  switch (random.nextInt(4)) {
                    case 0, 1 -> "?page=" + random.nextInt(10);
                    case 2 -> "?overdue=true";
                    default -> "?town=" + TOWNS[random.nextInt(TOWNS.length)];
                  };
              long t0 = System.nanoTime();
              try {
                if (!get(http, base + page + query)) {
                  errors.incrementAndGet();
                }
              } catch (Exception e) {
                errors.incrementAndGet();
              }
              latencies.add(System.nanoTime() - t0);
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Result(sorted, errors.get());
  }

  /** A client with its own cookie jar, signed in through the login form. */
  static HttpClient login(String base, String username, String password) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String form =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = CSRF.matcher(form);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on /login");
    }
    String body =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("/login")) {
      throw new IllegalStateException("login failed: " + response.statusCode() + " -> " + location);
    }
    return http;
  }

  /** True when the page itself came back (not an error, not a redirect to the login). */
  static boolean get(HttpClient http, String url) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.discarding());
    return response.statusCode() == 200;
  }

  static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }
}
