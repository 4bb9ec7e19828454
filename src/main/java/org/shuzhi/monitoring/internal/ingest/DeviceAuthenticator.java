package org.shuzhi.monitoring.internal.ingest;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Lets a device connect to the embedded broker with its code as user name and its token as
 * password, and allows it to publish to its own topic only (QoS 0 or 1); everything else —
 * subscribing, other topics, retained messages — is refused by the default-deny behaviour.
 */
final class DeviceAuthenticator implements SimpleAuthenticator {

  /** Connection attribute naming the authenticated device (read by the interceptor). */
  static final String DEVICE_ATTRIBUTE = "shuzhi.device";

  private final KnownDevices devices;

  DeviceAuthenticator(KnownDevices devices) {
    this.devices = devices;
  }

  @Override
  public void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
    var connect = input.getConnectPacket();
    String code = connect.getUserName().orElse(null);
    String token = connect.getPassword().map(DeviceAuthenticator::text).orElse(null);
    Optional<KnownDevice> device = devices.known(code);
    if (device.isEmpty()
        || !device.get().enabled()
        || token == null
        || !devices.tokenMatches(device.get(), token)) {
      output.failAuthentication(
          ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "unknown device or wrong token");
      return;
    }
    var permissions = output.getDefaultPermissions();
    permissions.add(
        Builders.topicPermission()
            .topicFilter(MqttProperties.TOPIC_PREFIX + device.get().code())
            .type(TopicPermission.PermissionType.ALLOW)
            .activity(TopicPermission.MqttActivity.PUBLISH)
            .qos(TopicPermission.Qos.ZERO_ONE)
            .retain(TopicPermission.Retain.NOT_RETAINED)
            .build());
    permissions.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
    input
        .getConnectionInformation()
        .getConnectionAttributeStore()
        .putAsString(DEVICE_ATTRIBUTE, device.get().code());
    output.authenticateSuccessfully();
  }

  private static String text(ByteBuffer buffer) {
    ByteBuffer copy = buffer.asReadOnlyBuffer();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
