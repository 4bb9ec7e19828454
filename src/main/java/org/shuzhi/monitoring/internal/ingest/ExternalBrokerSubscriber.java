package org.shuzhi.monitoring.internal.ingest;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Subscribes to an external broker (Mosquitto, EMQX) with the shared subscription {@code
 * $share/shuzhi/shuzhi/v1/telemetry/#}, so several nodes split the telemetry. MQTT 5, QoS 1, a
 * persistent session (fixed client id, clean start off, session expiry) and manual acknowledgement:
 * a message is PUBACKed only when the pipeline reports it committed; messages in flight when the
 * node stops or crashes are sent again by the broker, and stored once.
 *
 * <p>The broker authenticates devices (its own ACLs); the platform still refuses unknown devices,
 * bad payloads and floods into the dead-letter table. Back-pressure: the callback thread waits
 * while the buffer is full, and the broker sends no more than the receive maximum unacknowledged.
 */
final class ExternalBrokerSubscriber implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ExternalBrokerSubscriber.class);

  private final MqttProperties settings;
  private final IngestPipeline pipeline;
  private final MeterRegistry meters;
  private final List<Mqtt5AsyncClient> clients = new ArrayList<>();
  private final List<ExecutorService> executors = new ArrayList<>();
  private volatile boolean running;

  ExternalBrokerSubscriber(MqttProperties settings, IngestPipeline pipeline, MeterRegistry meters) {
    this.settings = settings;
    this.pipeline = pipeline;
    this.meters = meters;
  }

  @Override
  public void start() {
    running = true;
    URI uri = URI.create(settings.url().trim());
    boolean tls = "ssl".equals(uri.getScheme()) || "mqtts".equals(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : (tls ? 8883 : 1883);
    String baseId = clientId();
    for (int i = 0; i < settings.subscribers(); i++) {
      String id = baseId + "-" + i;
      // Discards work handed in after stop(): the client ends its session later (session
      // expiry) and would otherwise log an UndeliverableException for the terminated executor.
      ExecutorService executor =
          new ThreadPoolExecutor(
              1,
              1,
              0L,
              TimeUnit.MILLISECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t = new Thread(r, "mqtt-in-" + id);
                t.setDaemon(true);
                return t;
              },
              new ThreadPoolExecutor.DiscardPolicy());
      Mqtt5ClientBuilder builder =
          Mqtt5Client.builder()
              .identifier(id)
              .serverHost(uri.getHost())
              .serverPort(port)
              .automaticReconnect()
              .initialDelay(200, TimeUnit.MILLISECONDS)
              .maxDelay(5, TimeUnit.SECONDS)
              .applyAutomaticReconnect();
      if (tls) {
        builder = builder.sslWithDefaultConfig();
      }
      if (settings.username() != null && !settings.username().isBlank()) {
        builder =
            builder
                .simpleAuth()
                .username(settings.username())
                .password(
                    (settings.password() == null ? "" : settings.password())
                        .getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth();
      }
      Mqtt5AsyncClient client =
          builder
              .addConnectedListener(
                  c -> log.info("Connected to MQTT broker {} as {}", settings.url(), id))
              .addDisconnectedListener(
                  c -> {
                    if (running) {
                      log.warn(
                          "MQTT broker connection lost ({}); reconnecting",
                          c.getCause().toString());
                    }
                  })
              .buildAsync();
      // Registered before connecting: the broker delivers the session's queued messages at once.
      // Per connection, so an operator sees the broker spread the shared subscription over them.
      Counter received =
          Counter.builder("shuzhi.telemetry.mqtt.received")
              .description("Messages received from the external broker")
              .tag("connection", String.valueOf(i))
              .register(meters);
      client.publishes(
          MqttGlobalPublishFilter.ALL,
          publish -> {
            received.increment();
            received(publish);
          },
          executor,
          true);
      clients.add(client);
      executors.add(executor);
      client
          .connectWith()
          .cleanStart(false)
          .sessionExpiryInterval(settings.sessionExpiry().toSeconds())
          .restrictions()
          .receiveMaximum(settings.receiveMaximum())
          // Anything far above our payload limit is dropped by the broker, never read here.
          .maximumPacketSize(Math.max(pipeline.maxPayloadBytes() * 16, 1024 * 1024))
          .applyRestrictions()
          .send()
          .thenCompose(
              connack ->
                  client
                      .subscribeWith()
                      .topicFilter(settings.sharedFilter())
                      .qos(MqttQos.AT_LEAST_ONCE)
                      .send())
          .join();
    }
  }

  private void received(Mqtt5Publish publish) {
    String topic = publish.getTopic().toString();
    if (!topic.startsWith(MqttProperties.TOPIC_PREFIX)) {
      publish.acknowledge();
      return;
    }
    byte[] payload = publish.getPayloadAsBytes();
    Acknowledgement ack =
        new Acknowledgement() {
          @Override
          public void completed(Outcome outcome) {
            publish.acknowledge();
          }
        };
    try {
      pipeline.put(
          IngestSource.MQTT,
          topic.substring(MqttProperties.TOPIC_PREFIX.length()),
          payload,
          payload.length,
          ack);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    running = false;
    for (Mqtt5AsyncClient client : clients) {
      try {
        // A normal DISCONNECT keeps the session: unacknowledged messages are sent again later.
        client.disconnect().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        log.debug("MQTT disconnect: {}", e.toString());
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
      }
    }
    executors.forEach(ExecutorService::shutdownNow);
    clients.clear();
    executors.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return IngestPipeline.PHASE + 100;
  }

  private String clientId() {
    if (settings.clientId() != null && !settings.clientId().isBlank()) {
      return settings.clientId().trim();
    }
    try {
      return "shuzhi-" + InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "shuzhi-node";
    }
  }
}
