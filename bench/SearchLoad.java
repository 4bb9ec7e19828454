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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for GET /api/v1/enterprises: N clients, each sending its next request when the
 * last one answered (closed loop), a mix of name search, town filter and industry filter, for a
 * bounded time. Prints p50/p95/p99 latency and throughput. Only ever talks to the URL given.
 *
 * <p>java bench/SearchLoad.java http://127.0.0.1:18182 demo.leader PASSWORD 50 60
 */
public class SearchLoad {
  static final String[] WORDS = {"化纤", "汽车零部件", "纺织", "物流", "制药", "恒逸", "钱江", "机械", "电气", "印染"};
  static final String[] TOWNS = {
    "330109001", "330109002", "330109003", "330109004", "330109005", "330109006", "330109012",
    "330109013", "330109014", "330109015", "330109100", "330109101", "330109102", "330109103",
    "330109104", "330109105", "330109106", "330109107", "330109108", "330109113", "330109115",
    "330109120"
  };
  static final String[] INDUSTRIES = {"C28", "C3670", "C17", "G54", "C27", "C34"};

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int clients = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String body = "{\"username\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\"}";
    var tokenResponse =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String token = tokenResponse.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      final int seed = c;
      pool.submit(
          () -> {
            Random random = new Random(seed);
            while (System.nanoTime() < end) {
              String query =
                  switch (random.nextInt(3)) {
                    case 0 ->
                        "q="
                            + URLEncoder.encode(
                                WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8);
                    case 1 ->
                        "town="
                            + TOWNS[random.nextInt(TOWNS.length)]
                            + "&page="
                            + random.nextInt(10);
                    default ->
                        "industry="
                            + INDUSTRIES[random.nextInt(INDUSTRIES.length)]
                            + "&aboveScale=true";
                  };
              var request =
                  HttpRequest.newBuilder(URI.create(base + "/api/v1/enterprises?" + query))
                      .header("Authorization", "Bearer " + token)
                      .timeout(Duration.ofSeconds(30))
                      .build();
              long t0 = System.nanoTime();
              try {
                var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
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
    pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "requests=%d errors=%d throughput=%.0f/s p50=%.1f ms p95=%.1f ms p99=%.1f ms (clients=%d, %d s)%n",
        sorted.size(),
        errors.get(),
        sorted.size() / (double) seconds,
        pct(sorted, 0.50),
        pct(sorted, 0.95),
        pct(sorted, 0.99),
        clients,
        seconds);
  }

  static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }
}
