package org.shuzhi.demo.internal;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.shuzhi.monitoring.DeviceBroker;

/**
 * One running simulation: an MQTT connection per device (user name its code, password its token, as
 * a real device) and a publishing schedule that spreads {@code rate} channel readings per second
 * round-robin over the devices, one QoS 1 message per device turn. Not thread-safe: one scheduler
 * thread calls {@link #tick}.
 */
final class SimulatorRun implements AutoCloseable {

  static final String TOPIC_PREFIX = "shuzhi/v1/telemetry/";

  private final List<SimulatedDevice> devices;
  private final Map<Long, Mqtt5AsyncClient> clients = new HashMap<>();
  private final Map<Long, StationWeather> weather = new HashMap<>();
  private final Map<Long, Instant> lastSent = new HashMap<>();
  private final double rate;
  private final Clock clock;
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private long seq;
  private double budget;
  private int cursor;

  SimulatorRun(
      List<SimulatedDevice> devices,
      DeviceBroker.Address broker,
      double rate,
      double rainChancePerMinute,
      Clock clock) {
    this.devices = List.copyOf(devices);
    this.rate = rate;
    this.clock = clock;
    // Sequence numbers start at the clock so a restarted simulator never repeats (ts, seq).
    this.seq = clock.millis();
    for (SimulatedDevice d : devices) {
      Mqtt5ClientBuilder builder =
          Mqtt5Client.builder()
              .identifier("sim-" + d.code())
              .serverHost(broker.host())
              .serverPort(broker.port())
              .simpleAuth()
              .username(d.code())
              .password(d.token().getBytes(StandardCharsets.UTF_8))
              .applySimpleAuth()
              .automaticReconnect()
              .initialDelay(1, TimeUnit.SECONDS)
              .maxDelay(30, TimeUnit.SECONDS)
              .applyAutomaticReconnect();
      if (broker.tls()) {
        builder = builder.sslWithDefaultConfig();
      }
      clients.put(d.id(), builder.buildAsync());
      if (d.stationId() != null) {
        weather.computeIfAbsent(
            d.stationId(), id -> new StationWeather(id * 104729L, rainChancePerMinute));
      }
    }
  }

  /** Connects every device; completes when all are connected (or failed). */
  CompletableFuture<Void> connect() {
    List<CompletableFuture<?>> connecting = new ArrayList<>();
    for (Mqtt5AsyncClient client : clients.values()) {
      connecting.add(
          client
              .connectWith()
              .cleanStart(true)
              .send()
              .exceptionally(
                  e -> {
                    failed.incrementAndGet();
                    return null;
                  }));
    }
    return CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new));
  }

  /** Publishes the readings due after {@code seconds} more of simulated time. */
  void tick(double seconds) {
    if (devices.isEmpty()) {
      return;
    }
    weather.values().forEach(w -> w.advance(seconds));
    // Unused budget does not pile up beyond one round of every device.
    budget = Math.min(budget + rate * seconds, rate * seconds + devices.size());
    Instant now = clock.instant();
    int turns = 0;
    while (budget >= 1 && turns++ < devices.size()) {
      SimulatedDevice d = devices.get(cursor);
      cursor = (cursor + 1) % devices.size();
      if (d.channels().isEmpty()) {
        continue;
      }
      publish(d, now);
      budget -= d.channels().size();
    }
  }

  private void publish(SimulatedDevice d, Instant now) {
    Instant last = lastSent.put(d.id(), now);
    double sinceLast =
        last == null ? 60 : Math.max(1, (now.toEpochMilli() - last.toEpochMilli()) / 1000.0);
    StationWeather w = d.stationId() == null ? null : weather.get(d.stationId());
    StringBuilder json = new StringBuilder(96);
    json.append("{\"ts\":").append(now.toEpochMilli()).append(",\"seq\":").append(++seq);
    json.append(",\"values\":{");
    for (int i = 0; i < d.channels().size(); i++) {
      var c = d.channels().get(i);
      double v =
          c.signal()
              .value(now, sinceLast, w == null ? 0 : w.rainNow(), w == null ? 0 : w.wetness());
      json.append(i == 0 ? "" : ",")
          .append('"')
          .append(c.name())
          .append("\":")
          .append(String.format(Locale.ROOT, "%.2f", v));
    }
    json.append("}}");
    clients
        .get(d.id())
        .publishWith()
        .topic(TOPIC_PREFIX + d.code())
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(json.toString().getBytes(StandardCharsets.UTF_8))
        .send()
        .whenComplete(
            (result, error) -> {
              if (error != null || result.getError().isPresent()) {
                failed.incrementAndGet();
              } else {
                published.incrementAndGet();
              }
            });
  }

  /** Messages the broker acknowledged. */
  long published() {
    return published.get();
  }

  /** Connections and messages that failed. */
  long failed() {
    return failed.get();
  }

  int devices() {
    return devices.size();
  }

  @Override
  public void close() {
    clients.values().forEach(c -> c.disconnect().exceptionally(e -> null));
  }
}
