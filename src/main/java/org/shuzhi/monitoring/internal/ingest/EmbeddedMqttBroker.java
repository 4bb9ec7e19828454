package org.shuzhi.monitoring.internal.ingest;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded HiveMQ Community Edition broker (MQTT 5 and 3.1.1, shared subscriptions). Its
 * configuration is written at each start under {@code <data dir>/mqtt/conf}; sessions and queued
 * messages live in {@code <data dir>/mqtt/data}. An embedded extension authenticates devices by
 * token and ingests their messages ({@link TelemetryInterceptor}). The packet size limit makes the
 * broker refuse an oversized PUBLISH without reading it into memory.
 */
final class EmbeddedMqttBroker implements SmartLifecycle, MqttEndpoint {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMqttBroker.class);

  /** Room for the topic and properties around the largest accepted payload. */
  private static final int PACKET_OVERHEAD = 1024;

  private final MqttProperties settings;
  private final Path directory;
  private final IngestPipeline pipeline;
  private volatile int port = -1;
  private EmbeddedHiveMQ hivemq;
  private ScheduledExecutorService retries;

  EmbeddedMqttBroker(MqttProperties settings, Path directory, IngestPipeline pipeline) {
    this.settings = settings;
    this.directory = directory;
    this.pipeline = pipeline;
  }

  @Override
  public void start() {
    try {
      port = settings.port() == 0 ? freePort() : settings.port();
      Path conf = Files.createDirectories(directory.resolve("conf"));
      Path data = Files.createDirectories(directory.resolve("data"));
      Path extensions = Files.createDirectories(directory.resolve("extensions"));
      Files.writeString(conf.resolve("config.xml"), config());
      retries =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "mqtt-backpressure");
                t.setDaemon(true);
                return t;
              });
      DeviceAuthenticator authenticator = new DeviceAuthenticator(pipeline.devices());
      TelemetryInterceptor interceptor = new TelemetryInterceptor(pipeline, retries);
      EmbeddedExtension extension =
          EmbeddedExtension.builder()
              .withId("shuzhi-telemetry")
              .withName("Shuzhi device authentication and telemetry ingestion")
              .withVersion("1")
              .withPriority(1000)
              .withStartPriority(1000)
              .withExtensionMain(
                  new ExtensionMain() {
                    @Override
                    public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
                      Services.securityRegistry().setAuthenticatorProvider(i -> authenticator);
                      Services.initializerRegistry()
                          .setClientInitializer(
                              (i, client) -> client.addPublishInboundInterceptor(interceptor));
                    }

                    @Override
                    public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {}
                  })
              .build();
      hivemq =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(conf)
              .withDataFolder(data)
              .withExtensionsFolder(extensions)
              .withEmbeddedExtension(extension)
              .withoutLoggingBootstrap()
              .build();
      hivemq.start().join();
      log.info("Embedded MQTT broker listening on port {}", port);
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded MQTT broker did not start", e);
    }
  }

  @Override
  public void stop() {
    if (hivemq != null) {
      try {
        hivemq.stop().get(30, TimeUnit.SECONDS);
        hivemq.close();
      } catch (Exception e) {
        log.warn("Embedded MQTT broker did not stop cleanly: {}", e.toString());
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
      }
      hivemq = null;
    }
    if (retries != null) {
      retries.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return hivemq != null;
  }

  /** Starts after the pipeline and stops before it, so the pipeline drains what it was given. */
  @Override
  public int getPhase() {
    return IngestPipeline.PHASE + 100;
  }

  @Override
  public int port() {
    return port;
  }

  private String config() {
    return """
        <?xml version="1.0"?>
        <hivemq>
          <listeners>
            <tcp-listener>
              <port>%d</port>
              <bind-address>%s</bind-address>
            </tcp-listener>
          </listeners>
          <mqtt>
            <packets>
              <max-packet-size>%d</max-packet-size>
            </packets>
            <receive-maximum>
              <server-receive-maximum>%d</server-receive-maximum>
            </receive-maximum>
          </mqtt>
          <persistence>
            <mode>%s</mode>
          </persistence>
          <anonymous-usage-statistics>
            <enabled>false</enabled>
          </anonymous-usage-statistics>
        </hivemq>
        """
        .formatted(
            port,
            settings.bindAddress(),
            pipeline.maxPayloadBytes() + PACKET_OVERHEAD,
            settings.serverReceiveMaximum(),
            settings.persistence());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
