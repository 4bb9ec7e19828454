package org.shuzhi.monitoring;

import java.util.Optional;

/**
 * Where devices publish their MQTT telemetry: the embedded broker on this node, or the external
 * broker of {@code SHUZHI_MQTT_URL}. Devices log in with their code and token.
 */
public interface DeviceBroker {

  /** The broker's address, empty when MQTT is switched off. */
  Optional<Address> address();

  /**
   * @param host host name or address
   * @param port TCP port
   * @param tls whether the connection uses TLS ({@code ssl://} URLs)
   */
  record Address(String host, int port, boolean tls) {}
}
