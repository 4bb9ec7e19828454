package org.shuzhi.monitoring.internal.ingest;

import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.general.MqttVersion;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ingests device messages inside the embedded broker (ADR 0005): the PUBLISH is held
 * asynchronously, handed to the pipeline, and its PUBACK is released only when the readings (or the
 * dead letter) are committed. No subscriber round trip, no second copy of every message.
 *
 * <p>While the buffer is full the message is offered again a little later and stays unacknowledged
 * — the device's in-flight window (the broker's receive maximum) then stops it. Refused messages
 * are acknowledged after their dead letter commits: MQTT 5 devices get a reason code
 * (PAYLOAD_FORMAT_INVALID, QUOTA_EXCEEDED), MQTT 3.1.1 devices a plain PUBACK, since closing their
 * connection would make them send the same poison message again and again.
 */
final class TelemetryInterceptor implements PublishInboundInterceptor {

  /** Long enough to ride out a database outage; a device resends after it anyway. */
  static final Duration HOLD = Duration.ofMinutes(30);

  private final IngestPipeline pipeline;
  private final ScheduledExecutorService retries;

  TelemetryInterceptor(IngestPipeline pipeline, ScheduledExecutorService retries) {
    this.pipeline = pipeline;
    this.retries = retries;
  }

  @Override
  public void onInboundPublish(PublishInboundInput input, PublishInboundOutput output) {
    String topic = input.getPublishPacket().getTopic();
    if (!topic.startsWith(MqttProperties.TOPIC_PREFIX)) {
      return; // the authorizer allowed it; not telemetry
    }
    String deviceCode = topic.substring(MqttProperties.TOPIC_PREFIX.length());
    boolean mqtt5 = input.getConnectionInformation().getMqttVersion() == MqttVersion.V_5;
    String authenticated =
        input
            .getConnectionInformation()
            .getConnectionAttributeStore()
            .getAsString(DeviceAuthenticator.DEVICE_ATTRIBUTE)
            .orElse(null);
    if (!deviceCode.equals(authenticated)) {
      // A device may publish for itself only (the authorizer's rule, enforced here as well).
      output.preventPublishDelivery(
          mqtt5 ? AckReasonCode.NOT_AUTHORIZED : AckReasonCode.SUCCESS,
          mqtt5 ? "a device may publish to its own topic only" : null);
      return;
    }
    ByteBuffer buffer = input.getPublishPacket().getPayload().orElse(ByteBuffer.allocate(0));
    byte[] payload = new byte[buffer.remaining()];
    buffer.asReadOnlyBuffer().get(payload);
    Async<PublishInboundOutput> async =
        output.async(HOLD, TimeoutFallback.FAILURE, AckReasonCode.UNSPECIFIED_ERROR);
    Acknowledgement ack =
        new Acknowledgement() {
          @Override
          public void completed(Outcome outcome) {
            PublishInboundOutput out = async.getOutput();
            if (outcome.stored()) {
              out.preventPublishDelivery(AckReasonCode.SUCCESS);
            } else if (mqtt5) {
              out.preventPublishDelivery(reasonCode(outcome.rejected()), outcome.detail());
            } else {
              out.preventPublishDelivery(AckReasonCode.SUCCESS);
            }
            async.resume();
          }
        };
    submit(deviceCode, payload, ack, async);
  }

  private void submit(
      String deviceCode, byte[] payload, Acknowledgement ack, Async<PublishInboundOutput> async) {
    switch (pipeline.offer(IngestSource.MQTT, deviceCode, payload, payload.length, ack)) {
      case QUEUED -> {}
      case FULL ->
          retries.schedule(() -> submit(deviceCode, payload, ack, async), 5, TimeUnit.MILLISECONDS);
      case STOPPED -> {
        // No PUBACK: the session keeps the message and the device sends it again.
      }
    }
  }

  private static AckReasonCode reasonCode(DeadLetterReason reason) {
    return switch (reason) {
      case RATE_EXCEEDED -> AckReasonCode.QUOTA_EXCEEDED;
      case UNKNOWN_DEVICE, DEVICE_DISABLED -> AckReasonCode.NOT_AUTHORIZED;
      default -> AckReasonCode.PAYLOAD_FORMAT_INVALID;
    };
  }
}
