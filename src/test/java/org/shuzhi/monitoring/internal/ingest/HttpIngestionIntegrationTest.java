package org.shuzhi.monitoring.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.monitoring.DeviceRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/v1/telemetry/{deviceCode}}: answered after the commit, refusals with reasons.
 */
class HttpIngestionIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;
  @Autowired JdbcClient jdbc;

  TelemetryFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new TelemetryFixture(registry, jdbc);
  }

  @Test
  void storesReadingsBeforeAnswering() throws Exception {
    var device = fixture.device();
    mvc.perform(
            post("/api/v1/telemetry/" + device.code())
                .header("Authorization", "Bearer " + device.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"ts\":\"2026-01-01T08:00:00+08:00\",\"seq\":1,"
                        + "\"values\":{\"level\":3.2,\"temperature\":20}}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.values").value(2));
    assertThat(fixture.readings(device.id())).isEqualTo(2);
  }

  @Test
  void aWrongTokenOrUnknownDeviceIsUnauthorisedAndNotStored() throws Exception {
    var device = fixture.device();
    var other = fixture.device();
    String body = TelemetryFixture.reading(Instant.now().toEpochMilli(), 1, 1);
    mvc.perform(
            post("/api/v1/telemetry/" + device.code())
                .header("Authorization", "Bearer " + other.token())
                .content(body))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/v1/telemetry/NO-SUCH-DEVICE")
                .header("Authorization", "Bearer " + device.token())
                .header("Accept-Language", "en")
                .content(body))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value("Wrong device code or device token"));
    mvc.perform(post("/api/v1/telemetry/" + device.code()).content(body))
        .andExpect(status().isUnauthorized());
    assertThat(fixture.readings(device.id())).isZero();
  }

  @Test
  void aBadPayloadIsRefusedWithItsReasonAndDeadLettered() throws Exception {
    var device = fixture.device();
    mvc.perform(
            post("/api/v1/telemetry/" + device.code())
                .header("Authorization", "Bearer " + device.token())
                .header("Accept-Language", "zh-CN")
                .content("{\"ts\":" + Instant.now().toEpochMilli() + ",\"values\":{\"flow\":1}}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.reason").value("UNKNOWN_CHANNEL"))
        .andExpect(jsonPath("$.detail").value("设备没有此测点"));
    assertThat(fixture.deadLetters(device.code())).containsExactly("UNKNOWN_CHANNEL");
  }

  @Test
  void aTenMegabytePayloadIsRefusedAfterReadingOnlyTheLimit() throws Exception {
    var device = fixture.device();
    byte[] body = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) '[');
    mvc.perform(
            post("/api/v1/telemetry/" + device.code())
                .header("Authorization", "Bearer " + device.token())
                .content(body))
        .andExpect(status().isContentTooLarge());
    assertThat(fixture.deadLetters(device.code())).containsExactly("TOO_LARGE");
    int storedExcerpt =
        jdbc.sql("SELECT length(payload) FROM monitoring_dead_letter WHERE device_code = ?")
            .param(device.code())
            .query(Integer.class)
            .single();
    assertThat(storedExcerpt).isLessThanOrEqualTo(2049);
    assertThat(
            jdbc.sql("SELECT payload_size FROM monitoring_dead_letter WHERE device_code = ?")
                .param(device.code())
                .query(Integer.class)
                .single())
        .isEqualTo(body.length);
  }

  @Test
  void aFloodingDeviceIsRateLimitedWhileOthersGoOn() throws Exception {
    var flooder = fixture.device();
    var neighbour = fixture.device();
    long now = Instant.now().toEpochMilli();
    int limited = 0;
    for (int i = 0; i < 800 && limited == 0; i++) {
      int code =
          mvc.perform(
                  post("/api/v1/telemetry/" + flooder.code())
                      .header("Authorization", "Bearer " + flooder.token())
                      .content(TelemetryFixture.reading(now, i, i)))
              .andReturn()
              .getResponse()
              .getStatus();
      if (code == 429) {
        limited++;
      }
    }
    assertThat(limited).isEqualTo(1);
    assertThat(fixture.deadLetters(flooder.code())).containsExactly("RATE_EXCEEDED");
    mvc.perform(
            post("/api/v1/telemetry/" + neighbour.code())
                .header("Authorization", "Bearer " + neighbour.token())
                .content(TelemetryFixture.reading(now, 1, 1)))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Retry-After"));
  }
}
