package org.shuzhi.monitoring.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.monitoring.DeviceRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Telemetry through an external broker is not lost (architecture notes B4): while the database is
 * unavailable nothing is acknowledged and every reading arrives once it is back; a node stopped
 * mid-stream and started again (same client id, persistent session) stores every reading exactly
 * once. The nodes are child platforms on the test's database; the broker is the machine's Mosquitto
 * under .ci/run ({@code SHUZHI_TEST_MQTT_URL}) or a HiveMQ process.
 */
class NoLossIntegrationTest extends IntegrationTest {

  static ExternalBroker broker;

  @Autowired DeviceRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  TelemetryFixture fixture;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = ExternalBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @BeforeEach
  void setUp() {
    fixture = new TelemetryFixture(registry, jdbc);
  }

  @Test
  void everyReadingArrivesAfterTheDatabaseWasUnavailable() throws Exception {
    var devices = List.of(fixture.device(), fixture.device(), fixture.device());
    FlakyConnections flaky = new FlakyConnections(dataSource);
    String id = "outage-" + UUID.randomUUID();
    try (ConfigurableApplicationContext node =
            ChildPlatform.start((HikariDataSource) dataSource, broker.url(), id, id, flaky);
        Publisher publisher = new Publisher(broker)) {
      publisher.send(devices, 0, 100);
      await(() -> stored(devices) == 300, "first 300 readings");

      flaky.failing.set(true);
      publisher.send(devices, 100, 200);
      await(() -> flaky.refused.get() >= 3, "the writer to meet the outage");
      assertThat(stored(devices)).isEqualTo(300);

      flaky.failing.set(false);
      await(
          () -> stored(devices) == 900,
          "every reading after the outage",
          () -> stored(devices) + " stored, dead letters " + deadLetters(devices));
      assertThat(deadLetters(devices)).isZero();
    }
  }

  @Test
  void aNodeStoppedMidStreamAndRestartedStoresEveryReadingExactlyOnce() throws Exception {
    var devices = List.of(fixture.device(), fixture.device());
    String id = "restart-" + UUID.randomUUID();
    HikariDataSource db = (HikariDataSource) dataSource;
    try (Publisher publisher = new Publisher(broker)) {
      ConfigurableApplicationContext first = ChildPlatform.start(db, broker.url(), id, id, null);
      publisher.send(devices, 0, 200);
      await(() -> stored(devices) >= 50, "some readings before the stop");
      first.close();
      long beforeRestart = stored(devices);
      publisher.send(devices, 200, 100);
      try (ConfigurableApplicationContext second =
          ChildPlatform.start(db, broker.url(), id, id, null)) {
        await(() -> stored(devices) == 600, "every reading after the restart");
        assertThat(beforeRestart).isLessThan(600);
        for (var d : devices) {
          assertThat(fixture.readings(d.id())).isEqualTo(300);
          // Aggregates count each reading once, redeliveries included.
          assertThat(fixture.hourlyCount(d.id())).isEqualTo(300);
        }
      }
    }
  }

  @Test
  void severalConnectionsOfOneNodeSplitTheStreamAndStoreEveryReadingOnce() throws Exception {
    var devices = List.of(fixture.device(), fixture.device(), fixture.device(), fixture.device());
    String id = "split-" + UUID.randomUUID();
    try (ConfigurableApplicationContext node =
            ChildPlatform.start(
                (HikariDataSource) dataSource,
                broker.url(),
                id,
                id,
                null,
                "--shuzhi.mqtt.subscribers=3");
        Publisher publisher = new Publisher(broker)) {
      publisher.send(devices, 0, 250);
      await(() -> stored(devices) == 1000, "every reading", () -> stored(devices) + " stored");
      MeterRegistry meters = node.getBean(MeterRegistry.class);
      List<Double> perConnection = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        perConnection.add(
            meters
                .get("shuzhi.telemetry.mqtt.received")
                .tag("connection", String.valueOf(i))
                .counter()
                .count());
      }
      // All three connections subscribed in the group and together got each message once.
      assertThat(perConnection.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(1000);
      if (broker.isMosquitto()) {
        // Mosquitto hands a shared group's messages round robin to its members (HiveMQ CE keeps
        // one member while it keeps up, so there is no split to see).
        assertThat(perConnection).allSatisfy(n -> assertThat(n).isPositive());
      }
      // Each reading is stored once, aggregates included.
      for (var d : devices) {
        assertThat(fixture.readings(d.id())).isEqualTo(250);
        assertThat(fixture.hourlyCount(d.id())).isEqualTo(250);
      }
      assertThat(deadLetters(devices)).isZero();
    }
  }

  private long stored(List<DeviceRegistry.IssuedDevice> devices) {
    return devices.stream().mapToLong(d -> fixture.readings(d.id())).sum();
  }

  private long deadLetters(List<DeviceRegistry.IssuedDevice> devices) {
    return devices.stream().mapToLong(d -> fixture.deadLetters(d.code()).size()).sum();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    await(condition, what, () -> "");
  }

  private static void await(
      BooleanSupplier condition, String what, java.util.function.Supplier<String> state)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what + ": " + state.get());
      }
      Thread.sleep(50);
    }
  }

  /** Connections that fail while {@link #failing} is set, as a database that went away. */
  static final class FlakyConnections implements IngestConnections {
    final AtomicBoolean failing = new AtomicBoolean();
    final AtomicInteger refused = new AtomicInteger();
    private final DataSource dataSource;

    FlakyConnections(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    public Connection get() throws SQLException {
      if (failing.get()) {
        refused.incrementAndGet();
        throw new SQLTransientConnectionException("database unavailable (test)");
      }
      return dataSource.getConnection();
    }
  }

  /** Devices publishing QoS 1 readings {@code seq = from .. from + count - 1}, one per message. */
  static final class Publisher implements AutoCloseable {
    private final List<Mqtt5AsyncClient> clients = new ArrayList<>();
    private final ExternalBroker broker;
    private final long base = Instant.now().toEpochMilli() - 60_000;

    Publisher(ExternalBroker broker) {
      this.broker = broker;
    }

    void send(List<DeviceRegistry.IssuedDevice> devices, int from, int count) {
      List<CompletableFuture<?>> sent = new ArrayList<>();
      for (var d : devices) {
        Mqtt5AsyncClient client = client(d.code());
        for (int seq = from; seq < from + count; seq++) {
          sent.add(
              client
                  .publishWith()
                  .topic(MqttProperties.TOPIC_PREFIX + d.code())
                  .qos(MqttQos.AT_LEAST_ONCE)
                  .payload(
                      TelemetryFixture.reading(base + seq * 100L, seq, seq % 17)
                          .getBytes(StandardCharsets.UTF_8))
                  .send());
        }
      }
      CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    private Mqtt5AsyncClient client(String code) {
      String clientId = "device-" + code;
      for (Mqtt5AsyncClient c : clients) {
        if (c.getConfig().getClientIdentifier().map(Object::toString).orElse("").equals(clientId)) {
          return c;
        }
      }
      Mqtt5AsyncClient c =
          Mqtt5Client.builder()
              .identifier(clientId)
              .serverHost(broker.host())
              .serverPort(broker.port())
              .buildAsync();
      c.connect().join();
      clients.add(c);
      return c;
    }

    @Override
    public void close() {
      clients.forEach(c -> c.disconnect());
    }
  }
}
