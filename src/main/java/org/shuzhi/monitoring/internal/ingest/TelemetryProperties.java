package org.shuzhi.monitoring.internal.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Ingestion and storage settings ({@code shuzhi.telemetry.*}; README lists their environment
 * variables).
 *
 * @param maxPayload largest payload accepted; larger ones are dead-lettered (MQTT: the embedded
 *     broker refuses packets above it without reading them)
 * @param maxReadingsPerMessage readings (array entries) per message
 * @param maxFuture how far a reading's timestamp may lie ahead of the platform's clock
 * @param deviceRate messages per second a device may send on average
 * @param deviceBurst messages a device may send at once above its rate
 * @param bufferMessages messages held in memory between receipt and commit; when full, MQTT is not
 *     acknowledged (the broker holds the rest) and HTTP answers 503
 * @param batchMessages most messages written in one transaction
 * @param batchValues most channel values written in one transaction
 * @param retention how long readings are kept; older day partitions are dropped
 * @param partitionsAhead how many days of partitions exist ahead of today
 * @param maintenanceInterval how often partitions are created and dropped
 * @param httpWait how long an HTTP request waits for its commit before answering 503
 * @param writers writer threads, each with its own transaction (and connection)
 */
@ConfigurationProperties("shuzhi.telemetry")
public record TelemetryProperties(
    DataSize maxPayload,
    int maxReadingsPerMessage,
    Duration maxFuture,
    double deviceRate,
    int deviceBurst,
    int bufferMessages,
    int batchMessages,
    int batchValues,
    Duration retention,
    int partitionsAhead,
    Duration maintenanceInterval,
    Duration httpWait,
    int writers) {

  public TelemetryProperties {
    maxPayload = maxPayload == null ? DataSize.ofKilobytes(64) : maxPayload;
    maxReadingsPerMessage = maxReadingsPerMessage <= 0 ? 1000 : maxReadingsPerMessage;
    maxFuture = maxFuture == null ? Duration.ofMinutes(5) : maxFuture;
    deviceRate = deviceRate <= 0 ? 50 : deviceRate;
    deviceBurst = deviceBurst <= 0 ? 500 : deviceBurst;
    bufferMessages = bufferMessages <= 0 ? 20_000 : bufferMessages;
    batchMessages = batchMessages <= 0 ? 5_000 : batchMessages;
    batchValues = batchValues <= 0 ? 50_000 : batchValues;
    retention = retention == null ? Duration.ofDays(400) : retention;
    partitionsAhead = partitionsAhead <= 0 ? 7 : partitionsAhead;
    maintenanceInterval = maintenanceInterval == null ? Duration.ofHours(1) : maintenanceInterval;
    httpWait = httpWait == null ? Duration.ofSeconds(10) : httpWait;
    writers = writers <= 0 ? 2 : writers;
  }

  int maxPayloadBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 16, maxPayload.toBytes());
  }
}
