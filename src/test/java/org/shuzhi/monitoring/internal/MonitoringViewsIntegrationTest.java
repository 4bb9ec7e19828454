package org.shuzhi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceRegistry.IssuedDevice;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The monitoring views: flood panel colours and rain sums, device trends with threshold lines, and
 * the device map layer's status colours within the data scope.
 */
class MonitoringViewsIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;

  private static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  private record Site(String name, IssuedDevice gauge, IssuedDevice rain) {}

  /** A 城厢 station (warning 4.00, guarantee 5.00, historical 5.50) with a gauge and a rain gauge. */
  private Site site() {
    String code = "VW-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "视图测试站" + code;
    long station =
        registry.register(
            new FloodStationDraft(
                code,
                name,
                "北塘河",
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                new BigDecimal("4.00"),
                new BigDecimal("5.00"),
                new BigDecimal("5.50"),
                false),
            "test");
    var issued =
        registry.registerAll(
            List.of(
                draft(code + "-WL", DeviceKind.WATER_LEVEL, station),
                draft(code + "-RG", DeviceKind.RAINFALL, station)),
            "test");
    return new Site(name, issued.get(0), issued.get(1));
  }

  private static DeviceDraft draft(String code, DeviceKind kind, long station) {
    return new DeviceDraft(
        code,
        code,
        kind,
        List.of(),
        DeviceTargetKind.FLOOD_STATION,
        station,
        null,
        null,
        null,
        true,
        false);
  }

  private void send(IssuedDevice device, Instant ts, long seq, String channel, double value)
      throws Exception {
    mvc.perform(
            post("/api/v1/telemetry/" + device.code())
                .header("Authorization", "Bearer " + device.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"ts\":%d,\"seq\":%d,\"values\":{\"%s\":%s}}"
                        .formatted(ts.toEpochMilli(), seq, channel, value)))
        .andExpect(status().isOk());
  }

  @Test
  void floodPanelColoursTheLevelAndSumsRainfallByWindow() throws Exception {
    Site site = site();
    Instant now = Instant.now();
    send(site.gauge(), now.minus(Duration.ofMinutes(1)), 1, "level", 4.3);
    send(site.rain(), now.minus(Duration.ofMinutes(30)), 1, "rainfall", 30);
    send(site.rain(), now.minus(Duration.ofHours(2)), 2, "rainfall", 25);
    send(site.rain(), now.minus(Duration.ofHours(13)), 3, "rainfall", 99);
    String staff = departmentAccount("EMERGENCY");

    String html =
        mvc.perform(get("/monitoring/flood-panel").with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String row = html.substring(html.indexOf(site.name()));
    row = row.substring(0, row.indexOf("</tr>"));
    // 4.30 m ≥ warning 4.00 < guarantee: yellow, 0.30 m above warning.
    assertThat(row).contains("4.30 m").contains("sev-YELLOW").contains("0.30");
    // 1 h: 30 mm; 3 h, 6 h, 12 h: 55 mm (the 13-hour-old reading is out); 3 h ≥ 50 mm: orange.
    assertThat(row)
        .contains(">30.0<")
        .contains(">55.0<")
        .doesNotContain("154")
        .contains("sev-ORANGE");

    String otherTown = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    mvc.perform(get("/monitoring/flood-panel").with(as(otherTown, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(site.name()))));
  }

  @Test
  void trendsComeFromRawReadingsForADayAndFromHourlyAggregatesForLongerWithFloodLines()
      throws Exception {
    Site site = site();
    Instant now = Instant.now();
    send(site.gauge(), now.minus(Duration.ofMinutes(10)), 1, "level", 3.5);
    send(site.gauge(), now.minus(Duration.ofMinutes(5)), 2, "level", 3.7);
    String staff = departmentAccount("EMERGENCY");

    mvc.perform(
            get("/monitoring/devices/" + site.gauge().id() + "/trend")
                .param("lang", "en")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.channels[0].channel").value("level"))
        .andExpect(jsonPath("$.channels[0].hourly").value(false))
        .andExpect(jsonPath("$.channels[0].points.length()").value(2))
        .andExpect(jsonPath("$.channels[0].points[1][1]").value(3.7))
        .andExpect(jsonPath("$.channels[0].lines[0].label").value("Warning level"))
        .andExpect(jsonPath("$.channels[0].lines[0].value").value(4.0))
        .andExpect(jsonPath("$.channels[0].lines[1].value").value(5.0))
        .andExpect(jsonPath("$.channels[0].lines[2].value").value(5.5));

    mvc.perform(
            get("/monitoring/devices/" + site.gauge().id() + "/trend?range=7d")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.channels[0].hourly").value(true))
        // [hour, avg, min, max] of the one hour (or two, across an hour boundary)
        .andExpect(jsonPath("$.channels[0].points[0].length()").value(4));

    mvc.perform(
            get("/monitoring/devices/" + site.gauge().id() + "/trend?range=1y")
                .param("lang", "en")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("use 24h, 7d or 30d")));

    String otherTown = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    mvc.perform(
            get("/monitoring/devices/" + site.gauge().id() + "/trend")
                .with(as(otherTown, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
  }

  @Test
  void mapLayerColoursDevicesByStatusWithinTheScope() throws Exception {
    Site site = site();
    send(site.gauge(), Instant.now(), 1, "level", 4.1);
    send(site.rain(), Instant.now(), 1, "rainfall", 0.5);
    String staff = departmentAccount("EMERGENCY");

    String json =
        mvc.perform(get("/map/layers/devices").with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<List<Object>> points = JsonPath.read(json, "$.points");
    assertThat(colourOf(points, site.gauge().id())).isEqualTo(DeviceStatus.OUT_OF_RANGE.colour());
    assertThat(colourOf(points, site.rain().id())).isEqualTo(DeviceStatus.NORMAL.colour());

    String otherTown = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    String scoped =
        mvc.perform(get("/map/layers/devices").with(as(otherTown, Role.TOWN_STAFF)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<List<Object>> hidden = JsonPath.read(scoped, "$.points");
    assertThat(colourOf(hidden, site.gauge().id())).isNull();
  }

  @Test
  void thresholdRuleLimitsBecomeChartLinesAndColourTheMap() throws Exception {
    Site site = site();
    String code = site.gauge().code().replace("-WL", "-LEL");
    long station = devicesStation(site);
    IssuedDevice gas =
        registry
            .registerAll(List.of(draft(code, DeviceKind.COMBUSTIBLE_GAS, station)), "test")
            .get(0);
    send(gas, Instant.now(), 1, "lel", 25);
    String staff = departmentAccount("EMERGENCY");

    // The seeded GAS_LEL rule (GB/T 50493-2019): 20 and 40 %LEL.
    mvc.perform(
            get("/monitoring/devices/" + gas.id() + "/trend")
                .param("lang", "en")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.channels[0].lines[0].label").value("High"))
        .andExpect(jsonPath("$.channels[0].lines[0].value").value(20.0))
        .andExpect(jsonPath("$.channels[0].lines[1].value").value(40.0));
    String json =
        mvc.perform(get("/map/layers/devices").with(as(staff, Role.DEPARTMENT_STAFF)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<List<Object>> points = JsonPath.read(json, "$.points");
    assertThat(colourOf(points, gas.id())).isEqualTo(DeviceStatus.OUT_OF_RANGE.colour());
  }

  @Autowired org.shuzhi.monitoring.Devices devices;

  private long devicesStation(Site site) {
    return devices.device(site.gauge().id()).orElseThrow().targetId();
  }

  private static String colourOf(List<List<Object>> points, long id) {
    return points.stream()
        .filter(p -> ((Number) p.get(0)).longValue() == id)
        .map(p -> (String) p.get(4))
        .findFirst()
        .orElse(null);
  }
}
