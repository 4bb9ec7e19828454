package org.shuzhi.monitoring.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.Telemetry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Devices publishing to the embedded broker: MQTT 5 and 3.1.1, stored before the PUBACK arrives,
 * duplicates stored once, bad input dead-lettered with its reason while other devices go on, and
 * the broker's own refusals (wrong token, someone else's topic, oversized packet).
 */
class MqttIngestionIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired MqttEndpoint endpoint;
  @Autowired Telemetry telemetry;

  TelemetryFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new TelemetryFixture(registry, jdbc);
  }

  @Test
  void mqtt5ReadingsAreCommittedBeforeThePubackArrives() {
    var device = fixture.device();
    Mqtt5BlockingClient client = mqtt5(device.code(), device.token());
    long now = Instant.now().toEpochMilli();
    String payload =
        "[{\"ts\":"
            + now
            + ",\"seq\":1,\"values\":{\"level\":4.25,\"temperature\":18.5}},"
            + "{\"ts\":\""
            + Instant.ofEpochMilli(now + 1000)
            + "\",\"seq\":2,\"values\":{\"level\":4.5}}]";
    assertThat(publish(client, device.code(), payload)).isEqualTo(Mqtt5PubAckReasonCode.SUCCESS);
    // The PUBACK has arrived, so the readings are in the database already: no waiting.
    assertThat(fixture.readings(device.id())).isEqualTo(3);
    assertThat(fixture.hourlyCount(device.id())).isEqualTo(3);
    assertThat(telemetry.latest(device.id()))
        .extracting(Telemetry.LatestValue::channel, Telemetry.LatestValue::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("level", 4.5),
            org.assertj.core.groups.Tuple.tuple("temperature", 18.5));
    client.disconnect();
  }

  @Test
  void mqtt311DevicesAreIngestedToo() {
    var device = fixture.device();
    Mqtt3BlockingClient client =
        Mqtt3Client.builder()
            .identifier("test-" + UUID.randomUUID())
            .serverHost("127.0.0.1")
            .serverPort(endpoint.port())
            .buildBlocking();
    client
        .connectWith()
        .simpleAuth()
        .username(device.code())
        .password(device.token().getBytes(StandardCharsets.UTF_8))
        .applySimpleAuth()
        .send();
    client
        .publishWith()
        .topic(MqttProperties.TOPIC_PREFIX + device.code())
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(TelemetryFixture.reading(Instant.now().toEpochMilli(), 7, 3.3).getBytes())
        .send();

    assertThat(fixture.readings(device.id())).isEqualTo(1);
    client.disconnect();
  }

  @Test
  void aDuplicateDeliveryIsStoredOnce() {
    var device = fixture.device();
    Mqtt5BlockingClient client = mqtt5(device.code(), device.token());
    String payload = TelemetryFixture.reading(Instant.now().toEpochMilli(), 42, 5.1);
    publish(client, device.code(), payload);
    publish(client, device.code(), payload);

    assertThat(fixture.readings(device.id())).isEqualTo(1);
    assertThat(fixture.hourlyCount(device.id())).isEqualTo(1);
    client.disconnect();
  }

  @Test
  void badMessagesAreDeadLetteredWithTheirReasonAndOthersGoOn() {
    var bad = fixture.device();
    var good = fixture.device();
    Mqtt5BlockingClient badClient = mqtt5(bad.code(), bad.token());
    Mqtt5BlockingClient goodClient = mqtt5(good.code(), good.token());
    long now = Instant.now().toEpochMilli();

    assertThat(publish(badClient, bad.code(), "{not json"))
        .isEqualTo(Mqtt5PubAckReasonCode.PAYLOAD_FORMAT_INVALID);
    publish(badClient, bad.code(), "{\"ts\":" + now + ",\"values\":{\"pressure\":1}}");
    publish(badClient, bad.code(), "{\"ts\":" + now + ",\"values\":{\"level\":\"high\"}}");
    publish(badClient, bad.code(), "{\"ts\":" + now + ",\"values\":{\"level\":NaN}}");
    publish(badClient, bad.code(), "{\"ts\":" + now + ",\"values\":{\"level\":1e999}}");
    publish(
        badClient,
        bad.code(),
        TelemetryFixture.reading(now + java.time.Duration.ofHours(2).toMillis(), 1, 1.0));
    publish(goodClient, good.code(), TelemetryFixture.reading(now, 1, 2.0));

    assertThat(fixture.deadLetters(bad.code()))
        .containsExactly(
            "BAD_PAYLOAD",
            "UNKNOWN_CHANNEL",
            "NOT_A_NUMBER",
            "NOT_A_NUMBER",
            "NOT_A_NUMBER",
            "TS_IN_FUTURE");
    assertThat(fixture.readings(bad.id())).isZero();
    assertThat(fixture.readings(good.id())).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT payload FROM monitoring_dead_letter WHERE device_code = ?"
                        + " AND reason = 'BAD_PAYLOAD'")
                .param(bad.code())
                .query(String.class)
                .single())
        .isEqualTo("{not json");
    badClient.disconnect();
    goodClient.disconnect();
  }

  @Test
  void aWrongTokenCannotConnectAndADeviceCannotPublishForAnother() {
    var device = fixture.device();
    var other = fixture.device();
    assertThatThrownBy(() -> mqtt5(device.code(), other.token()))
        .hasMessageContaining("BAD_USER_NAME_OR_PASSWORD");
    assertThatThrownBy(() -> mqtt5("NO-SUCH-DEVICE", device.token()))
        .hasMessageContaining("BAD_USER_NAME_OR_PASSWORD");

    Mqtt5BlockingClient client = mqtt5(device.code(), device.token());
    assertThat(
            publish(
                client, other.code(), TelemetryFixture.reading(Instant.now().toEpochMilli(), 1, 1)))
        .isEqualTo(Mqtt5PubAckReasonCode.NOT_AUTHORIZED);
    assertThat(fixture.readings(other.id())).isZero();
  }

  @Test
  void anOversizedPacketIsRefusedByTheBrokerWithoutReachingTheDatabase() {
    var device = fixture.device();
    Mqtt5BlockingClient client = mqtt5(device.code(), device.token());
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(tenMegabytes, (byte) ' ');

    assertThatThrownBy(
            () ->
                client
                    .publishWith()
                    .topic(MqttProperties.TOPIC_PREFIX + device.code())
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(tenMegabytes)
                    .send())
        .isNotNull();
    assertThat(fixture.readings(device.id())).isZero();
    // The device reconnects and goes on.
    Mqtt5BlockingClient again = mqtt5(device.code(), device.token());
    publish(again, device.code(), TelemetryFixture.reading(Instant.now().toEpochMilli(), 1, 1.5));
    assertThat(fixture.readings(device.id())).isEqualTo(1);
  }

  private Mqtt5BlockingClient mqtt5(String code, String token) {
    Mqtt5BlockingClient client =
        Mqtt5Client.builder()
            .identifier("test-" + UUID.randomUUID())
            .serverHost("127.0.0.1")
            .serverPort(endpoint.port())
            .buildBlocking();
    client
        .connectWith()
        .simpleAuth()
        .username(code)
        .password(token.getBytes(StandardCharsets.UTF_8))
        .applySimpleAuth()
        .send();
    return client;
  }

  /** Publishes with QoS 1 and returns the PUBACK's reason code (after it arrived). */
  private static Mqtt5PubAckReasonCode publish(
      Mqtt5BlockingClient client, String code, String json) {
    try {
      Mqtt5PublishResult result =
          client
              .publishWith()
              .topic(MqttProperties.TOPIC_PREFIX + code)
              .qos(MqttQos.AT_LEAST_ONCE)
              .payload(json.getBytes(StandardCharsets.UTF_8))
              .send();
      return ((Mqtt5PublishResult.Mqtt5Qos1Result) result).getPubAck().getReasonCode();
    } catch (Mqtt5PubAckException e) {
      return e.getMqttMessage().getReasonCode();
    }
  }
}
