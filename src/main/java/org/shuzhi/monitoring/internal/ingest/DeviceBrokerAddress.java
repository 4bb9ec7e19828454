package org.shuzhi.monitoring.internal.ingest;

import java.net.URI;
import java.util.Optional;
import org.shuzhi.monitoring.DeviceBroker;
import org.springframework.stereotype.Component;

/** The device-facing broker address: the external URL when set, else the embedded broker's port. */
@Component
class DeviceBrokerAddress implements DeviceBroker {

  private final MqttProperties settings;
  private final MqttEndpoint endpoint;

  DeviceBrokerAddress(MqttProperties settings, MqttEndpoint endpoint) {
    this.settings = settings;
    this.endpoint = endpoint;
  }

  @Override
  public Optional<Address> address() {
    if (!settings.enabled()) {
      return Optional.empty();
    }
    if (settings.external()) {
      URI uri = URI.create(settings.url());
      boolean tls = "ssl".equals(uri.getScheme()) || "mqtts".equals(uri.getScheme());
      int port = uri.getPort() > 0 ? uri.getPort() : tls ? 8883 : 1883;
      return Optional.of(new Address(uri.getHost(), port, tls));
    }
    int port = endpoint.port();
    return port > 0 ? Optional.of(new Address("127.0.0.1", port, false)) : Optional.empty();
  }
}
