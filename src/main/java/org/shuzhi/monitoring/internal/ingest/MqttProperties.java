package org.shuzhi.monitoring.internal.ingest;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * MQTT settings ({@code shuzhi.mqtt.*}). Without {@code url} the platform runs its embedded HiveMQ
 * broker on {@code port}; with it, the platform subscribes to that external broker instead.
 *
 * @param enabled false runs no MQTT at all (HTTP ingestion only)
 * @param port TCP port of the embedded broker; 0 picks a free port (tests)
 * @param bindAddress address the embedded broker listens on
 * @param persistence {@code file} (sessions survive restarts, under the data directory) or {@code
 *     in-memory}
 * @param serverReceiveMaximum unacknowledged QoS 1 messages a device may have in flight
 * @param url external broker, e.g. {@code tcp://127.0.0.1:1883}
 * @param username user name at the external broker
 * @param password password at the external broker
 * @param clientId fixed client id of this node at the external broker (its persistent session);
 *     blank takes {@code shuzhi-<host name>}
 * @param sessionExpiry how long the external broker keeps this node's session while it is away
 * @param receiveMaximum unacknowledged messages the external broker may send this node at once
 * @param subscribers connections this node opens to the external broker (same shared group; ids
 *     {@code <clientId>-0…}); more connections mean more messages in flight where the broker caps
 *     them per client (Mosquitto: {@code max_inflight_messages}, default 20). Do not lower it while
 *     the broker still holds messages for the higher-numbered sessions
 * @param directory where the embedded broker keeps its files; blank: {@code <data dir>/mqtt}
 * @param sharedGroup the shared-subscription group all nodes join (tests use their own)
 */
@ConfigurationProperties("shuzhi.mqtt")
public record MqttProperties(
    Boolean enabled,
    int port,
    String bindAddress,
    String persistence,
    int serverReceiveMaximum,
    String url,
    String username,
    String password,
    String clientId,
    Duration sessionExpiry,
    int receiveMaximum,
    int subscribers,
    Path directory,
    String sharedGroup) {

  public static final String TOPIC_PREFIX = "shuzhi/v1/telemetry/";

  public MqttProperties {
    enabled = enabled == null || enabled;
    bindAddress = bindAddress == null || bindAddress.isBlank() ? "0.0.0.0" : bindAddress;
    persistence = persistence == null || persistence.isBlank() ? "file" : persistence;
    serverReceiveMaximum = serverReceiveMaximum <= 0 ? 100 : serverReceiveMaximum;
    sessionExpiry = sessionExpiry == null ? Duration.ofDays(1) : sessionExpiry;
    receiveMaximum = receiveMaximum <= 0 ? 10_000 : Math.min(receiveMaximum, 65_535);
    subscribers = subscribers <= 0 ? 4 : subscribers;
    sharedGroup = sharedGroup == null || sharedGroup.isBlank() ? "shuzhi" : sharedGroup.trim();
  }

  /** {@code $share/shuzhi/shuzhi/v1/telemetry/#} with the default group. */
  public String sharedFilter() {
    return "$share/" + sharedGroup + "/" + TOPIC_PREFIX + "#";
  }

  public boolean external() {
    return url != null && !url.isBlank();
  }
}
