package org.shuzhi.monitoring.internal.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.shuzhi.platform.DataDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the pipeline and its entry paths: the embedded broker by default, the external broker's
 * subscriber when {@code shuzhi.mqtt.url} is set, neither when MQTT is switched off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TelemetryProperties.class, MqttProperties.class})
class IngestConfiguration {

  @Bean
  IngestPipeline ingestPipeline(
      KnownDevices devices,
      ObjectProvider<IngestConnections> connections,
      DataSource dataSource,
      ApplicationEventPublisher events,
      Clock clock,
      TelemetryProperties settings) {
    return new IngestPipeline(
        devices,
        connections.getIfAvailable(() -> dataSource::getConnection),
        events,
        clock,
        settings);
  }

  @Bean
  MqttEndpoint mqttEndpoint(
      MqttProperties settings,
      IngestPipeline pipeline,
      DataDirectory dataDirectory,
      ObjectProvider<MeterRegistry> meters) {
    if (!settings.enabled()) {
      return () -> -1;
    }
    if (settings.external()) {
      return new ExternalEndpoint(
          new ExternalBrokerSubscriber(
              settings, pipeline, meters.getIfAvailable(SimpleMeterRegistry::new)));
    }
    Path dir =
        settings.directory() != null ? settings.directory() : dataDirectory.root().resolve("mqtt");
    return new EmbeddedMqttBroker(settings, dir, pipeline);
  }

  /** The external subscriber's lifecycle, exposed as an endpoint with no local port. */
  static final class ExternalEndpoint
      implements MqttEndpoint, org.springframework.context.SmartLifecycle {
    private final ExternalBrokerSubscriber subscriber;

    ExternalEndpoint(ExternalBrokerSubscriber subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public int port() {
      return -1;
    }

    @Override
    public void start() {
      subscriber.start();
    }

    @Override
    public void stop() {
      subscriber.stop();
    }

    @Override
    public boolean isRunning() {
      return subscriber.isRunning();
    }

    @Override
    public int getPhase() {
      return subscriber.getPhase();
    }
  }
}
