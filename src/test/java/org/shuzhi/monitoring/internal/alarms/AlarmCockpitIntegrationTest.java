package org.shuzhi.monitoring.internal.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shuzhi.monitoring.internal.alarms.WaterLevelDevices.reading;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.internal.ingest.MqttEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A raised alarm reaches the open cockpits of its town over SSE (the alarms tile with the new
 * count, and the ranking of towns), and not the cockpits of other towns.
 */
class AlarmCockpitIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;
  @Autowired MqttEndpoint endpoint;
  @Autowired JdbcClient jdbc;

  Mqtt5BlockingClient client;

  @AfterEach
  void disconnect() {
    if (client != null) {
      client.disconnect();
    }
  }

  @Test
  void aRaisedAlarmIsPushedToTheCockpitsOfItsTown() throws Exception {
    var devices = new WaterLevelDevices(registry, endpoint.port(), "C");
    var device = devices.create();
    client = devices.connect(device);
    String staff = account(Role.TOWN_STAFF, Set.of(CHENGXIANG), null, false);
    String beigan = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    long yellowBefore = yellowActiveInChengxiang();
    MvcResult live =
        mvc.perform(get("/cockpit/stream").with(user(staff).roles("TOWN_STAFF")))
            .andExpect(request().asyncStarted())
            .andReturn();
    MvcResult elsewhere =
        mvc.perform(get("/cockpit/stream").with(user(beigan).roles("TOWN_STAFF")))
            .andExpect(request().asyncStarted())
            .andReturn();

    // 5.5 m is above the station's 5.00 m warning level: a YELLOW alarm in 城厢街道.
    WaterLevelDevices.publish(
        client, device.code(), reading(Instant.now().minusSeconds(60), 1, 5.5));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                lastPush(live, "alarms") != null
                    && yellow(lastPush(live, "alarms")) > yellowBefore);
    String pushed = lastPush(live, "alarms");
    List<String> links = JsonPath.read(pushed, "$.figures[*].link");
    assertThat(links).contains("/monitoring/alarms?severity=YELLOW");
    await().atMost(Duration.ofSeconds(10)).until(() -> lastPush(live, "town-ranking") != null);
    assertThat(lastPush(elsewhere, "alarms")).isNull();
  }

  private long yellowActiveInChengxiang() {
    return jdbc.sql(
            "SELECT count(*) FROM monitoring_alarm WHERE town_code = ? AND severity = 'YELLOW'"
                + " AND state IN ('RAISED', 'ACKNOWLEDGED')")
        .param(CHENGXIANG)
        .query(Long.class)
        .single();
  }

  private static long yellow(String tileJson) {
    List<Number> values =
        JsonPath.read(
            tileJson, "$.figures[?(@.link == '/monitoring/alarms?severity=YELLOW')].value");
    return values.get(0).longValue();
  }

  /** The data of the last {@code tile} event of the tile, or null. */
  private static String lastPush(MvcResult stream, String tileId) throws Exception {
    String body = stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("event:tile\\s*\\ndata:(\\{\"id\":\"" + tileId + "\".*)").matcher(body);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return last;
  }
}
