package org.shuzhi.monitoring.internal.ingest;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.AlarmRaised;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.TelemetryReceived;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Telemetry throughput on this machine, for the README and the issue note (never asserted):
 *
 * <pre>
 * platform embedded|external  readings-per-message seconds   publish → committed (readings/s),
 *                                                            then the loss check
 * latency  embedded|external  probes                         alarm latency at RATE readings/s
 * broker   embedded|URL       readings-per-message seconds   publish → subscriber, no storage
 * copy     embedded|JDBC-URL  seconds                        raw batched COPY (rows/s)
 * </pre>
 *
 * "external" uses {@code SHUZHI_DB_URL} and {@code SHUZHI_MQTT_URL} (bench/telemetry.sh sets them
 * to this machine's PostgreSQL and a Mosquitto configured as bench/mosquitto.conf). Publishers:
 * {@code DEVICES} connections (default 50) each keeping {@code WINDOW} QoS 1 messages in flight
 * (default 50), one channel value per reading. The platform runs with its default settings (system
 * property {@code subscribers} overrides the external subscriber connections).
 *
 * <p>The loss check after a throughput run: the publishers stop, and every reading the broker
 * acknowledged to them must be committed within {@code drain} seconds — counted from {@link
 * TelemetryReceived}, which carries only rows the insert did not skip as duplicates.
 */
public final class TelemetryBenchmark {

  static final int DEVICES = Integer.getInteger("devices", 50);
  static final int WINDOW = Integer.getInteger("window", 50);
  static final int RATE = Integer.getInteger("rate", 5_000);
  static final int WARMUP_SECONDS = 5;

  /** Probes every 100 ms regardless of the alarms (10 new alarms/s), instead of one at a time. */
  static final boolean BURST = Boolean.getBoolean("burst");

  static final int DRAIN_SECONDS = Integer.getInteger("drain", 180);

  private TelemetryBenchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "platform" -> platform(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "broker" -> broker(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "copy" -> copy(args[1], Integer.parseInt(args[2]));
      case "latency" -> latency(args[1], Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }

  // --- end to end ---------------------------------------------------------------------------

  static void platform(String mode, int perMessage, int seconds) throws Exception {
    try (ConfigurableApplicationContext ctx = startPlatform(mode)) {
      AtomicLong committed = countCommitted(ctx);
      DeviceRegistry registry = ctx.getBean(DeviceRegistry.class);
      long station = station(registry, BigDecimal.TEN, BigDecimal.valueOf(20));
      List<DeviceRegistry.IssuedDevice> devices = devices(registry, station, DEVICES);
      Endpoint at = endpoint(ctx, mode);
      Publishers publishers =
          new Publishers(at.host(), at.port(), devices, perMessage, at.authenticate(), 0);
      double rate = measure(committed, seconds, publishers);
      long published = publishers.stop() * perMessage;
      report("platform " + mode, perMessage, rate);
      // No loss: every reading whose PUBACK the publishers got is committed (exactly once: the
      // counter sees only rows the insert did not skip as duplicates).
      long deadline = System.nanoTime() + DRAIN_SECONDS * 1_000_000_000L;
      while (committed.get() < published && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      System.out.printf(
          "RESULT platform %s, %d reading(s)/message: %,d readings acknowledged to the publishers,"
              + " %,d committed, %,d missing%n",
          mode, perMessage, published, committed.get(), published - committed.get());
      if (!"external".equals(mode)) {
        copyInto(ctx.getBean(DataSource.class).getConnection(), seconds);
      }
    }
  }

  // --- alarm latency ------------------------------------------------------------------------

  /**
   * Alarm latency at a background load: {@code RATE} readings/s (default 5,000, one per message)
   * from {@code DEVICES} devices that stay below their station's levels, and one out-of-range
   * reading from a fresh probe device (its station's warning level is 1 m, the reading 5 m): one
   * alarm at a time (the next probe 50–150 ms after the previous alarm showed), or with {@code
   * -Dburst=true} every 100 ms regardless (10 new alarms/s). Latency is publish → the commit of the
   * alarm's RAISE transaction, the moment the live alarm lists (SSE) are told: what a duty officer
   * sees.
   */
  static void latency(String mode, int probes) throws Exception {
    try (ConfigurableApplicationContext ctx = startPlatform(mode)) {
      AtomicLong committed = countCommitted(ctx);
      Map<String, Long> raisedAt = new ConcurrentHashMap<>();
      // Not a lambda with a generic event type: Spring cannot see the type through the lambda.
      ctx.addApplicationListener(
          (ApplicationListener<ApplicationEvent>)
              e -> {
                if (!(e instanceof PayloadApplicationEvent<?> p
                    && p.getPayload() instanceof AlarmRaised raised)) {
                  return;
                }
                String code = raised.deviceCode();
                if (TransactionSynchronizationManager.isSynchronizationActive()) {
                  TransactionSynchronizationManager.registerSynchronization(
                      new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                          raisedAt.putIfAbsent(code, System.nanoTime());
                        }
                      });
                } else {
                  raisedAt.putIfAbsent(code, System.nanoTime());
                }
              });
      // The share of the ingestion: publish → the probe's reading committed.
      Map<String, Long> storedAt = new ConcurrentHashMap<>();
      ctx.addApplicationListener(
          (ApplicationListener<ApplicationEvent>)
              e -> {
                if (e instanceof PayloadApplicationEvent<?> p
                    && p.getPayload() instanceof TelemetryReceived t) {
                  long now = System.nanoTime();
                  for (var r : t.readings()) {
                    if (r.deviceCode() != null && r.deviceCode().startsWith("probe-")) {
                      storedAt.putIfAbsent(r.deviceCode(), now);
                    }
                  }
                }
              });
      DeviceRegistry registry = ctx.getBean(DeviceRegistry.class);
      List<DeviceRegistry.IssuedDevice> background =
          devices(registry, station(registry, BigDecimal.TEN, BigDecimal.valueOf(20)), DEVICES);
      List<DeviceRegistry.IssuedDevice> probeDevices =
          devices(
              registry, station(registry, BigDecimal.ONE, BigDecimal.valueOf(2)), probes, "probe-");
      Endpoint at = endpoint(ctx, mode);
      double perDevice = (double) RATE / background.size();
      Publishers publishers =
          new Publishers(at.host(), at.port(), background, 1, at.authenticate(), perDevice);
      List<Mqtt5AsyncClient> probeClients = new ArrayList<>();
      for (var d : probeDevices) {
        probeClients.add(connect(at, "bench-probe-" + d.code(), d));
      }
      publishers.start();
      Thread.sleep(WARMUP_SECONDS * 1000L);
      long c0 = committed.get();
      long t0 = System.nanoTime();
      Map<String, Long> sentAt = new HashMap<>();
      Random random = new Random(42);
      for (int i = 0; i < probes; i++) {
        var d = probeDevices.get(i);
        byte[] payload =
            ("{\"ts\":" + System.currentTimeMillis() + ",\"seq\":1,\"values\":{\"level\":5.0}}")
                .getBytes(StandardCharsets.UTF_8);
        sentAt.put(d.code(), System.nanoTime());
        probeClients
            .get(i)
            .publishWith()
            .topic(MqttProperties.TOPIC_PREFIX + d.code())
            .qos(MqttQos.AT_LEAST_ONCE)
            .payload(payload)
            .send();
        if (BURST) {
          Thread.sleep(100);
        } else {
          // One alarm at a time: the next probe after this alarm is visible and a pause.
          long until = System.nanoTime() + 5_000_000_000L;
          while (!raisedAt.containsKey(d.code()) && System.nanoTime() < until) {
            Thread.sleep(1);
          }
          Thread.sleep(50 + random.nextInt(100));
        }
      }
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (raisedAt.size() < probes && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      double background_rate = (committed.get() - c0) / ((System.nanoTime() - t0) / 1e9);
      publishers.stop();
      probeClients.forEach(Mqtt5AsyncClient::disconnect);
      List<Double> millis = new ArrayList<>();
      List<Double> ingest = new ArrayList<>();
      sentAt.forEach(
          (code, sent) -> {
            Long raised = raisedAt.get(code);
            if (raised != null) {
              millis.add((raised - sent) / 1e6);
            }
            Long stored = storedAt.get(code);
            if (stored != null) {
              ingest.add((stored - sent) / 1e6);
            }
          });
      millis.sort(null);
      ingest.sort(null);
      System.out.printf(
          "RESULT alarm latency %s%s at %,.0f readings/s background: p50 %.0f ms, p99 %.0f ms,"
              + " max %.0f ms (%d probes, %d without alarm)%n",
          mode,
          BURST ? " (10 new alarms/s)" : "",
          background_rate,
          percentile(millis, 0.50),
          percentile(millis, 0.99),
          millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1),
          probes,
          probes - millis.size());
      System.out.printf(
          "RESULT   p90 %.0f ms, p95 %.0f ms; of which publish → reading committed: p50 %.0f ms,"
              + " p99 %.0f ms%n",
          percentile(millis, 0.90),
          percentile(millis, 0.95),
          percentile(ingest, 0.50),
          percentile(ingest, 0.99));
      if (Boolean.getBoolean("slowest")) {
        sentAt.entrySet().stream()
            .filter(e -> raisedAt.containsKey(e.getKey()))
            .sorted(
                (a, b) ->
                    Long.compare(
                        raisedAt.get(b.getKey()) - b.getValue(),
                        raisedAt.get(a.getKey()) - a.getValue()))
            .limit(10)
            .forEach(
                e ->
                    System.out.printf(
                        "RESULT   slow probe sent at +%.1f s: %.0f ms (stored after %.0f ms)%n",
                        (e.getValue() - t0) / 1e9,
                        (raisedAt.get(e.getKey()) - e.getValue()) / 1e6,
                        (storedAt.getOrDefault(e.getKey(), e.getValue()) - e.getValue()) / 1e6));
      }
    }
  }

  static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  // --- the platform under test --------------------------------------------------------------

  record Endpoint(String host, int port, boolean authenticate) {}

  static ConfigurableApplicationContext startPlatform(String mode) throws Exception {
    Path dir = Files.createTempDirectory("shuzhi-telemetry-bench");
    List<String> args = new ArrayList<>();
    args.add("--shuzhi.data-dir=" + dir);
    args.add("--shuzhi.demo.enabled=false");
    args.add("--server.port=0");
    args.add("--shuzhi.telemetry.device-rate=1000000");
    args.add("--shuzhi.telemetry.device-burst=1000000");
    args.add("--shuzhi.mqtt.persistence=in-memory");
    args.add("--logging.level.root=WARN");
    if ("external".equals(mode)) {
      args.add("--shuzhi.db.url=" + System.getenv("SHUZHI_DB_URL"));
      args.add("--shuzhi.mqtt.url=" + System.getenv("SHUZHI_MQTT_URL"));
      long run = System.nanoTime();
      args.add("--shuzhi.mqtt.client-id=bench-" + run);
      // A group of its own: the sessions of an earlier run stay in their group until they expire
      // and would take (and, expiring, discard) their share of this run's messages.
      args.add("--shuzhi.mqtt.shared-group=bench-" + run);
      String subscribers = System.getProperty("subscribers");
      if (subscribers != null && !subscribers.isBlank()) {
        args.add("--shuzhi.mqtt.subscribers=" + subscribers);
      }
      args.add("--shuzhi.mqtt.session-expiry=PT1M");
    } else {
      args.add("--shuzhi.mqtt.port=0");
    }
    return new SpringApplication(ShuzhiApplication.class).run(args.toArray(String[]::new));
  }

  /** Readings committed from now on (duplicates skipped by the insert are not counted). */
  static AtomicLong countCommitted(ConfigurableApplicationContext ctx) {
    AtomicLong committed = new AtomicLong();
    ctx.addApplicationListener(
        (ApplicationListener<ApplicationEvent>)
            e -> {
              if (e instanceof PayloadApplicationEvent<?> p
                  && p.getPayload() instanceof TelemetryReceived t) {
                committed.addAndGet(t.readings().size());
              }
            });
    return committed;
  }

  static long station(DeviceRegistry registry, BigDecimal warning, BigDecimal guarantee) {
    return registry.register(
        new FloodStationDraft(
            "BENCH-" + System.nanoTime(),
            "bench",
            null,
            120.2484,
            30.1673,
            CoordinateSystem.WGS84,
            warning,
            guarantee,
            null,
            true),
        "bench");
  }

  static List<DeviceRegistry.IssuedDevice> devices(
      DeviceRegistry registry, long station, int count) {
    return devices(registry, station, count, "bench-");
  }

  static List<DeviceRegistry.IssuedDevice> devices(
      DeviceRegistry registry, long station, int count, String prefix) {
    List<DeviceRegistry.IssuedDevice> devices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      devices.add(
          registry.register(
              new DeviceDraft(
                  prefix + System.nanoTime() + "-" + i,
                  "bench",
                  DeviceKind.WATER_LEVEL,
                  List.of(),
                  DeviceTargetKind.FLOOD_STATION,
                  station,
                  null,
                  null,
                  null,
                  true,
                  true),
              "bench"));
    }
    return devices;
  }

  static Endpoint endpoint(ConfigurableApplicationContext ctx, String mode) {
    if ("external".equals(mode)) {
      URI uri = URI.create(System.getenv("SHUZHI_MQTT_URL"));
      return new Endpoint(uri.getHost(), uri.getPort(), false);
    }
    return new Endpoint("127.0.0.1", ctx.getBean(MqttEndpoint.class).port(), true);
  }

  static Mqtt5AsyncClient connect(Endpoint at, String clientId, DeviceRegistry.IssuedDevice d) {
    Mqtt5AsyncClient client =
        Mqtt5Client.builder()
            .identifier(clientId)
            .serverHost(at.host())
            .serverPort(at.port())
            .buildAsync();
    var connect = client.connectWith();
    if (at.authenticate()) {
      connect
          .simpleAuth()
          .username(d.code())
          .password(d.token().getBytes(StandardCharsets.UTF_8))
          .applySimpleAuth();
    }
    connect.send().join();
    return client;
  }

  // --- broker alone -------------------------------------------------------------------------

  static void broker(String where, int perMessage, int seconds) throws Exception {
    String host = "127.0.0.1";
    int port;
    if ("embedded".equals(where)) {
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path dir = Files.createTempDirectory("shuzhi-broker-bench");
      int p = port;
      Thread t =
          new Thread(
              () -> {
                try {
                  TestMqttBroker.main(new String[] {String.valueOf(p), dir.toString()});
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      t.setDaemon(true);
      t.start();
      waitForPort(port);
    } else {
      URI uri = URI.create(where);
      host = uri.getHost();
      port = uri.getPort();
    }
    AtomicLong received = new AtomicLong();
    int per = perMessage;
    Mqtt5AsyncClient subscriber =
        Mqtt5Client.builder()
            .identifier("bench-sub-" + System.nanoTime())
            .serverHost(host)
            .serverPort(port)
            .buildAsync();
    subscriber.publishes(MqttGlobalPublishFilter.ALL, p -> received.addAndGet(per));
    subscriber
        .connectWith()
        .restrictions()
        .receiveMaximum(10_000)
        .applyRestrictions()
        .send()
        .join();
    subscriber
        .subscribeWith()
        // A plain subscription: HiveMQ CE serves a single shared-subscription member far slower.
        .topicFilter(MqttProperties.TOPIC_PREFIX + "#")
        .qos(MqttQos.AT_LEAST_ONCE)
        .send()
        .join();
    List<DeviceRegistry.IssuedDevice> devices = new ArrayList<>();
    for (int i = 0; i < DEVICES; i++) {
      devices.add(new DeviceRegistry.IssuedDevice(i, "bench-" + i, "x"));
    }
    Publishers publishers = new Publishers(host, port, devices, perMessage, false, 0);
    double rate = measure(received, seconds, publishers);
    publishers.close();
    report("broker " + where, perMessage, rate);
  }

  // --- COPY ceiling -------------------------------------------------------------------------

  static void copy(String where, int seconds) throws Exception {
    if ("embedded".equals(where)) {
      try (EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(Files.createTempDirectory("shuzhi-copy-bench"))
              .setCleanDataDirectory(true)
              .start()) {
        copyInto(pg.getPostgresDatabase().getConnection(), seconds);
      }
    } else {
      copyInto(DriverManager.getConnection(where, "postgres", ""), seconds);
    }
  }

  static void copyInto(Connection c, int seconds) throws Exception {
    try (c;
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_copy");
      s.execute(
          "CREATE TABLE bench_copy (device_id BIGINT NOT NULL, channel SMALLINT NOT NULL,"
              + " ts TIMESTAMPTZ NOT NULL, seq BIGINT NOT NULL, value DOUBLE PRECISION NOT NULL,"
              + " PRIMARY KEY (device_id, channel, ts, seq))");
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      long rows = 0;
      long seq = 0;
      long start = System.nanoTime();
      long end = start + seconds * 1_000_000_000L;
      Instant base = Instant.now().minusSeconds(3600);
      while (System.nanoTime() < end) {
        StringBuilder batch = new StringBuilder(10_000 * 60);
        for (int i = 0; i < 10_000; i++, seq++) {
          batch
              .append(seq % 1000)
              .append("\t1\t")
              .append(base.plusMillis(seq / 1000))
              .append('\t')
              .append(seq)
              .append('\t')
              .append(seq % 97 / 10.0)
              .append('\n');
        }
        rows += copy.copyIn("COPY bench_copy FROM STDIN", new StringReader(batch.toString()));
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "RESULT copy: %,.0f rows/s (%,d rows in %.1f s)%n", rows / secs, rows, secs);
      s.execute("DROP TABLE bench_copy");
    }
  }

  // --- helpers ------------------------------------------------------------------------------

  static double measure(AtomicLong counter, int seconds, Publishers publishers)
      throws InterruptedException {
    publishers.start();
    Thread.sleep(WARMUP_SECONDS * 1000L);
    long c0 = counter.get();
    long t0 = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    long c1 = counter.get();
    long t1 = System.nanoTime();
    return (c1 - c0) / ((t1 - t0) / 1e9);
  }

  static void report(String what, int perMessage, double rate) {
    System.out.printf(
        "RESULT %s, %d reading(s)/message: %,.0f readings/s (%,.0f messages/s)%n",
        what, perMessage, rate, rate / perMessage);
  }

  static void waitForPort(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (var s = new java.net.Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("broker did not start");
  }

  /**
   * One connection per device, each keeping a window of QoS 1 publishes in flight; {@code
   * perDeviceRate} messages/s per device, or as fast as the window allows when 0.
   */
  static final class Publishers {
    private final List<Thread> threads = new ArrayList<>();
    private final List<Mqtt5AsyncClient> clients = new ArrayList<>();
    private final List<Semaphore> windows = new ArrayList<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private volatile boolean running = true;

    Publishers(
        String host,
        int port,
        List<DeviceRegistry.IssuedDevice> devices,
        int perMessage,
        boolean authenticate,
        double perDeviceRate) {
      long base = Instant.now().minusSeconds(120).toEpochMilli();
      Endpoint at = new Endpoint(host, port, authenticate);
      long periodNanos = perDeviceRate > 0 ? (long) (1e9 / perDeviceRate) : 0;
      for (var d : devices) {
        Mqtt5AsyncClient client = connect(at, "bench-pub-" + d.code(), d);
        clients.add(client);
        Semaphore window = new Semaphore(WINDOW);
        windows.add(window);
        String topic = MqttProperties.TOPIC_PREFIX + d.code();
        Thread t =
            new Thread(
                () -> {
                  long seq = 0;
                  long next = System.nanoTime();
                  while (running) {
                    if (periodNanos > 0) {
                      next += periodNanos;
                      long wait = next - System.nanoTime();
                      if (wait > 0) {
                        LockSupport.parkNanos(wait);
                      }
                    }
                    StringBuilder json = new StringBuilder(perMessage * 60).append('[');
                    for (int i = 0; i < perMessage; i++, seq++) {
                      if (i > 0) {
                        json.append(',');
                      }
                      json.append("{\"ts\":")
                          .append(base + seq / 10)
                          .append(",\"seq\":")
                          .append(seq)
                          .append(",\"values\":{\"level\":")
                          .append(seq % 500 / 100.0)
                          .append("}}");
                    }
                    json.append(']');
                    try {
                      window.acquire();
                    } catch (InterruptedException e) {
                      return;
                    }
                    client
                        .publishWith()
                        .topic(topic)
                        .qos(MqttQos.AT_LEAST_ONCE)
                        .payload(json.toString().getBytes(StandardCharsets.UTF_8))
                        .send()
                        .whenComplete(
                            (r, e) -> {
                              if (e == null && !r.getError().isPresent()) {
                                acknowledged.incrementAndGet();
                              }
                              window.release();
                            });
                  }
                });
        t.setDaemon(true);
        threads.add(t);
      }
    }

    void start() {
      threads.forEach(Thread::start);
    }

    /** Stops publishing, waits for the PUBACKs in flight; messages the broker acknowledged. */
    long stop() throws InterruptedException {
      running = false;
      for (Thread t : threads) {
        t.join(5_000);
      }
      for (Semaphore w : windows) {
        if (w.tryAcquire(WINDOW, 30, TimeUnit.SECONDS)) {
          w.release(WINDOW);
        }
      }
      clients.forEach(Mqtt5AsyncClient::disconnect);
      return acknowledged.get();
    }

    void close() throws InterruptedException {
      stop();
    }
  }
}
