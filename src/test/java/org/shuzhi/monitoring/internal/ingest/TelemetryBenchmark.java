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
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.TelemetryReceived;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Telemetry throughput on this machine, for the README and the issue note (never asserted):
 *
 * <pre>
 * platform embedded|external  readings-per-message seconds   publish → committed (readings/s)
 * broker   embedded|URL       readings-per-message seconds   publish → subscriber, no storage
 * copy     embedded|JDBC-URL  seconds                        raw batched COPY (rows/s)
 * </pre>
 *
 * "external" uses {@code SHUZHI_DB_URL} and {@code SHUZHI_MQTT_URL} (bench/telemetry.sh sets them
 * to this machine's PostgreSQL and Mosquitto). Publishers: {@code DEVICES} connections (default 50)
 * each keeping {@code WINDOW} QoS 1 messages in flight (default 50), one channel value per reading.
 */
public final class TelemetryBenchmark {

  static final int DEVICES = Integer.getInteger("devices", 50);
  static final int WINDOW = Integer.getInteger("window", 50);
  static final int WARMUP_SECONDS = 5;

  private TelemetryBenchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "platform" -> platform(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "broker" -> broker(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "copy" -> copy(args[1], Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }

  // --- end to end ---------------------------------------------------------------------------

  static void platform(String mode, int perMessage, int seconds) throws Exception {
    Path dir = Files.createTempDirectory("shuzhi-telemetry-bench");
    List<String> args = new ArrayList<>();
    args.add("--shuzhi.data-dir=" + dir);
    args.add("--shuzhi.demo.enabled=false");
    args.add("--server.port=0");
    args.add("--shuzhi.telemetry.device-rate=1000000");
    args.add("--shuzhi.telemetry.device-burst=1000000");
    args.add("--shuzhi.mqtt.persistence=in-memory");
    args.add("--logging.level.root=WARN");
    boolean external = "external".equals(mode);
    if (external) {
      args.add("--shuzhi.db.url=" + System.getenv("SHUZHI_DB_URL"));
      args.add("--shuzhi.mqtt.url=" + System.getenv("SHUZHI_MQTT_URL"));
      args.add("--shuzhi.mqtt.client-id=bench-" + System.nanoTime());
      args.add("--shuzhi.mqtt.subscribers=" + Integer.getInteger("subscribers", 16));
      args.add("--shuzhi.mqtt.session-expiry=PT1M");
    } else {
      args.add("--shuzhi.mqtt.port=0");
    }
    try (ConfigurableApplicationContext ctx =
        new SpringApplication(ShuzhiApplication.class).run(args.toArray(String[]::new))) {
      AtomicLong committed = new AtomicLong();
      ctx.addApplicationListener(
          (ApplicationListener<org.springframework.context.ApplicationEvent>)
              e -> {
                if (e instanceof org.springframework.context.PayloadApplicationEvent<?> p
                    && p.getPayload() instanceof TelemetryReceived t) {
                  committed.addAndGet(t.readings().size());
                }
              });
      DeviceRegistry registry = ctx.getBean(DeviceRegistry.class);
      long station =
          registry.register(
              new FloodStationDraft(
                  "BENCH-" + System.nanoTime(),
                  "bench",
                  null,
                  120.2484,
                  30.1673,
                  CoordinateSystem.WGS84,
                  BigDecimal.ONE,
                  BigDecimal.TEN,
                  null,
                  true),
              "bench");
      List<DeviceRegistry.IssuedDevice> devices = new ArrayList<>();
      for (int i = 0; i < DEVICES; i++) {
        devices.add(
            registry.register(
                new DeviceDraft(
                    "bench-" + System.nanoTime() + "-" + i,
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
      String host;
      int port;
      if (external) {
        URI uri = URI.create(System.getenv("SHUZHI_MQTT_URL"));
        host = uri.getHost();
        port = uri.getPort();
      } else {
        host = "127.0.0.1";
        port = ctx.getBean(MqttEndpoint.class).port();
      }
      Publishers publishers = new Publishers(host, port, devices, perMessage, !external);
      double rate = measure(committed, seconds, publishers);
      publishers.close();
      report("platform " + mode, perMessage, rate);
      if (!external) {
        copyInto(ctx.getBean(DataSource.class).getConnection(), seconds);
      }
    }
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
    Publishers publishers = new Publishers(host, port, devices, perMessage, false);
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

  /** One connection per device, each keeping a window of QoS 1 publishes in flight. */
  static final class Publishers {
    private final List<Thread> threads = new ArrayList<>();
    private final List<Mqtt5AsyncClient> clients = new ArrayList<>();
    private volatile boolean running = true;

    Publishers(
        String host,
        int port,
        List<DeviceRegistry.IssuedDevice> devices,
        int perMessage,
        boolean authenticate) {
      long base = Instant.now().minusSeconds(120).toEpochMilli();
      for (var d : devices) {
        var builder =
            Mqtt5Client.builder()
                .identifier("bench-pub-" + d.code())
                .serverHost(host)
                .serverPort(port);
        Mqtt5AsyncClient client = builder.buildAsync();
        var connect = client.connectWith();
        if (authenticate) {
          connect
              .simpleAuth()
              .username(d.code())
              .password(d.token().getBytes(StandardCharsets.UTF_8))
              .applySimpleAuth();
        }
        connect.send().join();
        clients.add(client);
        String topic = MqttProperties.TOPIC_PREFIX + d.code();
        Thread t =
            new Thread(
                () -> {
                  Semaphore window = new Semaphore(WINDOW);
                  long seq = 0;
                  while (running) {
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
                        .whenComplete((r, e) -> window.release());
                  }
                });
        t.setDaemon(true);
        threads.add(t);
      }
    }

    void start() {
      threads.forEach(Thread::start);
    }

    void close() {
      running = false;
      clients.forEach(c -> c.disconnect());
    }
  }
}
