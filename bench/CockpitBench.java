import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cockpit figures against a running platform: (1) first render of /cockpit and of its tiles as JSON
 * for the district leader, the first request after start-up and then N more (with
 * SHUZHI_COCKPIT_CACHE_TTL=0s every one computes every tile); (2) SSE update latency: the leader's
 * cockpit stream is open, demo.emergency assesses a new risk point red through the API, and the
 * time from sending the assessment to the arrival of the pushed {@code risk-colours} tile is taken,
 * ITERATIONS times, 1.5 s apart (the push interval is 1 s). Only talks to the URL given.
 *
 * <p>java bench/CockpitBench.java http://127.0.0.1:18184 PASSWORD [N] [ITERATIONS]
 */
public class CockpitBench {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    HttpClient leader = PageLoad.login(base, "demo.leader", password);

    long t0 = System.nanoTime();
    check(PageLoad.get(leader, base + "/cockpit"), "/cockpit");
    System.out.printf("/cockpit first render after start: %.1f ms%n", ms(System.nanoTime() - t0));
    for (String page : List.of("/cockpit", "/cockpit/tiles", "/cockpit?town=330109001")) {
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        check(PageLoad.get(leader, base + page), page);
        times.add(System.nanoTime() - t);
      }
      Collections.sort(times);
      System.out.printf(
          "%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n",
          page, n, PageLoad.pct(times, 0.5), PageLoad.pct(times, 0.95), ms(times.get(n - 1)));
    }

    // The leader's live stream: every risk-colours push is queued with its arrival time.
    LinkedBlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
    HttpResponse<java.util.stream.Stream<String>> stream =
        leader.send(
            HttpRequest.newBuilder(URI.create(base + "/cockpit/stream"))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    Thread reader =
        new Thread(
            () ->
                stream
                    .body()
                    .forEach(
                        line -> {
                          if (line.startsWith("data:{\"id\":\"risk-colours\"")) {
                            arrivals.add(System.nanoTime());
                          }
                        }));
    reader.setDaemon(true);
    reader.start();

    HttpClient api = HttpClient.newHttpClient();
    String token =
        field(
            post(
                api,
                base + "/api/v1/auth/token",
                null,
                "{\"username\":\"demo.emergency\",\"password\":\"" + password + "\"}"),
            "token");
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      String object =
          post(
              api,
              base + "/api/v1/risk/objects",
              token,
              "{\"name\":\"驾驶舱基准"
                  + System.nanoTime()
                  + "\",\"kind\":\"DUST_EXPLOSION\","
                  + "\"address\":\"基准路1号\",\"lon\":120.2613,\"lat\":30.1921,"
                  + "\"coordinateSystem\":\"WGS84\",\"responsiblePersons\":"
                  + "[{\"name\":\"王五\",\"phone\":\"13812345678\"}]}");
      String point =
          post(
              api,
              base + "/api/v1/risk/objects/" + field(object, "id") + "/points",
              token,
              "{\"name\":\"除尘器\",\"hazardDescription\":\"粉尘积聚\",\"controlLevel\":\"TEAM\","
                  + "\"responsiblePerson\":\"赵六\"}");
      Thread.sleep(1500);
      arrivals.clear();
      long sent = System.nanoTime();
      post(
          api,
          base + "/api/v1/risk/points/" + field(point, "id") + "/assessments",
          token,
          "{\"method\":\"LS\",\"l\":5,\"s\":5}");
      Long arrived = arrivals.poll(10, TimeUnit.SECONDS);
      if (arrived == null) {
        System.out.println("no push within 10 s");
        continue;
      }
      latencies.add(arrived - sent);
    }
    Collections.sort(latencies);
    System.out.printf(
        "SSE update (assessment sent → tile pushed): n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n",
        latencies.size(),
        PageLoad.pct(latencies, 0.5),
        PageLoad.pct(latencies, 0.95),
        latencies.isEmpty() ? 0 : ms(latencies.get(latencies.size() - 1)));
    System.exit(0);
  }

  static String post(HttpClient http, String url, String token, String json) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(url + " → " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static void check(boolean ok, String page) {
    if (!ok) {
      throw new IllegalStateException(page + " did not answer 200");
    }
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }
}
