package org.shuzhi.command.internal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.cockpit.CockpitTile;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.Role;
import org.shuzhi.monitoring.AlarmRaised;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** REST, pages, alarm one-click, map layer and cockpit tiles of incidents. */
class IncidentWebIntegrationTest extends IntegrationTest {

  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;
  @Autowired AlarmCopies alarmCopies;
  @Autowired DeviceRegistry devices;
  @Autowired List<CockpitTile> tiles;

  private final JsonMapper json = JsonMapper.builder().build();

  private RequestPostProcessor emergency() {
    return user(departmentAccount("EMERGENCY")).roles("DEPARTMENT_STAFF");
  }

  private double[] point(String town) {
    var t = areas.town(town).orElseThrow();
    return new double[] {t.labelLon(), t.labelLat()};
  }

  private long reportJson(String body) throws Exception {
    String response =
        mvc.perform(
                post("/api/v1/command/incidents")
                    .with(emergency())
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(response).get("id").asLong();
  }

  @Test
  void restReportsListsAndRefusesOutsideTheDistrictInTheUsersLanguage() throws Exception {
    double[] p = point(CHENGXIANG);
    String title = "仓库火灾-" + UUID.randomUUID().toString().substring(0, 6);
    long id =
        reportJson(
            """
            {"type":"FIRE","title":"%s","lon":%s,"lat":%s,"injuries":2,"peopleAffected":40,
             "area":{"kind":"CIRCLE","radiusM":300}}"""
                .formatted(title, p[0], p[1]));
    mvc.perform(get("/api/v1/command/incidents/" + id).with(emergency()))
        .andExpect(jsonPath("$.townCode").value(CHENGXIANG))
        .andExpect(jsonPath("$.status").value("REPORTED"));
    mvc.perform(
            post("/api/v1/command/incidents")
                .with(emergency())
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"FIRE\",\"title\":\"x\",\"lon\":116.4,\"lat\":39.9}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("outside the district")));
    mvc.perform(
            post("/api/v1/command/incidents")
                .with(emergency())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"type":"FIRE","title":"x","lon":%s,"lat":%s,"area":{"kind":"POLYGON",
                     "polygon":[[120.1,30.1],[120.2,30.1],[120.2,30.2],[120.1,30.2]]}}"""
                        .formatted(p[0], p[1])))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("未闭合")));
    // Town staff of 北干 do not see it; grid workers and enterprise users are refused or see none.
    var beigan =
        user(account(Role.TOWN_STAFF, java.util.Set.of(BEIGAN), null, false)).roles("TOWN_STAFF");
    mvc.perform(get("/api/v1/command/incidents/" + id).with(beigan))
        .andExpect(status().isNotFound());
    var enterprise = user(account(Role.ENTERPRISE_USER)).roles("ENTERPRISE_USER");
    mvc.perform(get("/api/v1/command/incidents").with(enterprise))
        .andExpect(status().isForbidden());

    // One-click proposal and confirmation over REST; the second confirmation is idempotent.
    String proposal =
        mvc.perform(get("/api/v1/command/incidents/" + id + "/response-proposal").with(emergency()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = json.readTree(proposal).get("token").asString();
    String confirm =
        """
        {"token":"%s","level":"LEVEL_III","tasks":[{"assignee":"TOWN","title":"疏散"}]}"""
            .formatted(token);
    mvc.perform(
            post("/api/v1/command/incidents/" + id + "/response")
                .with(emergency())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(confirm))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.repeated").value(false))
        .andExpect(jsonPath("$.taskIds.length()").value(1));
    mvc.perform(
            post("/api/v1/command/incidents/" + id + "/response")
                .with(emergency())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(confirm))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.repeated").value(true));
    mvc.perform(get("/api/v1/command/incidents/" + id + "/tasks").with(emergency()))
        .andExpect(jsonPath("$.length()").value(1));
    // A CAP warning drafted from the incident through the warning module (not published).
    mvc.perform(
            post("/api/v1/command/incidents/" + id + "/warning-draft")
                .with(emergency())
                .with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.colour").value("YELLOW"));
    mvc.perform(get("/api/v1/command/incidents/" + id + "/timeline").with(emergency()))
        .andExpect(content().string(containsString("WARNING_DRAFTED")));
  }

  @Test
  void anAlarmOpensAnIncidentInOneClickWithTypeLocationAndLink() throws Exception {
    double[] p = point(CHENGXIANG);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long station =
        devices.register(
            new FloodStationDraft(
                "ST-" + suffix,
                "测试水位站 " + suffix,
                "北塘河",
                p[0],
                p[1],
                CoordinateSystem.WGS84,
                new BigDecimal("4.00"),
                new BigDecimal("5.00"),
                null,
                false),
            "test");
    String code =
        devices
            .register(
                new DeviceDraft(
                    "WL-" + suffix,
                    "测试水位计 " + suffix,
                    DeviceKind.WATER_LEVEL,
                    List.of(new DeviceDraft.ChannelDraft("level", "m")),
                    DeviceTargetKind.FLOOD_STATION,
                    station,
                    null,
                    null,
                    null,
                    true,
                    false),
                "test")
            .code();
    long alarmId = 900_000_000L + (long) (Math.random() * 1_000_000);
    alarmCopies.record(
        new AlarmRaised(
            alarmId, "GAS-HIGH", code, CHENGXIANG, null, AlarmSeverity.RED, 55, Instant.now()));
    mvc.perform(get("/command/incidents").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-alarm=\"" + alarmId + "\"")));
    var result =
        mvc.perform(post("/command/alarms/" + alarmId + "/incident").with(emergency()).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String target = result.getResponse().getRedirectedUrl();
    assertThat(target).matches("/command/incidents/\\d+/respond");
    long id = Long.parseLong(target.split("/")[3]);
    mvc.perform(get("/api/v1/command/incidents/" + id).with(emergency()))
        .andExpect(jsonPath("$.type").value("FLOOD"))
        .andExpect(jsonPath("$.alarmId").value(alarmId))
        .andExpect(jsonPath("$.alarmSeverity").value("RED"))
        .andExpect(jsonPath("$.deviceCode").value(code));
    // The same alarm again gives the same incident.
    mvc.perform(post("/command/alarms/" + alarmId + "/incident").with(emergency()).with(csrf()))
        .andExpect(redirectedUrl(target));
    // The response screen renders, in both languages; confirming shows the dispatch on the
    // timeline.
    mvc.perform(get(target).with(emergency())).andExpect(status().isOk());
    mvc.perform(get(target).param("lang", "en").with(emergency())).andExpect(status().isOk());
    mvc.perform(get("/command/incidents/" + id).param("lang", "en").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Opened from alarm " + alarmId)));
    mvc.perform(get("/command/incidents/" + id + "/timeline").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("由告警")));
  }

  @Autowired org.shuzhi.command.CommandRegistration registration;
  @Autowired org.shuzhi.command.EmergencyPlans plans;

  @Test
  void theResponseScreenGivesTheLevelsReasonForACountAndForAnAlarmColour() throws Exception {
    if (plans.forType(org.shuzhi.command.IncidentType.RAINSTORM).isEmpty()) {
      registration.registerPlan(
          new org.shuzhi.command.PlanDraft(
              org.shuzhi.command.IncidentType.RAINSTORM,
              "暴雨应急预案（测试）",
              List.of(
                  new org.shuzhi.command.PlanLevel(
                      org.shuzhi.command.ResponseLevel.LEVEL_II,
                      List.of(
                          org.shuzhi.command.Trigger.colourAtLeast(
                              org.shuzhi.command.WarningColour.ORANGE)),
                      List.of(new org.shuzhi.command.PlanTask("TOWN", "转移低洼地群众")),
                      List.of(),
                      List.of(org.shuzhi.command.TeamKind.WATER_RESCUE)),
                  new org.shuzhi.command.PlanLevel(
                      org.shuzhi.command.ResponseLevel.LEVEL_IV,
                      List.of(
                          org.shuzhi.command.Trigger.atLeast(
                              org.shuzhi.command.TriggerMetric.PEOPLE_AFFECTED, 1)),
                      List.of(),
                      List.of(),
                      List.of())),
              false),
          "test");
    }
    double[] p = point(CHENGXIANG);
    long byCount =
        reportJson(
            """
            {"type":"RAINSTORM","title":"积水","lon":%s,"lat":%s,"peopleAffected":12}"""
                .formatted(p[0], p[1]));
    mvc.perform(get("/command/incidents/" + byCount + "/respond").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("受威胁/需转移人数 ≥ 1（实际 12）")));
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long station =
        devices.register(
            new FloodStationDraft(
                "RS-" + suffix,
                "测试雨量站 " + suffix,
                null,
                p[0],
                p[1],
                CoordinateSystem.WGS84,
                new BigDecimal("4.00"),
                new BigDecimal("5.00"),
                null,
                false),
            "test");
    String code =
        devices
            .register(
                new DeviceDraft(
                    "RG-" + suffix,
                    "测试雨量计 " + suffix,
                    DeviceKind.RAINFALL,
                    List.of(new DeviceDraft.ChannelDraft("rainfall", "mm")),
                    DeviceTargetKind.FLOOD_STATION,
                    station,
                    null,
                    null,
                    null,
                    true,
                    false),
                "test")
            .code();
    long alarmId = 800_000_000L + (long) (Math.random() * 1_000_000);
    alarmCopies.record(
        new AlarmRaised(
            alarmId, "RAIN-RED", code, CHENGXIANG, null, AlarmSeverity.RED, 80, Instant.now()));
    String target =
        mvc.perform(post("/command/alarms/" + alarmId + "/incident").with(emergency()).with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(target).with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("预警颜色 ≥ 橙色（实际 红色）")));
    mvc.perform(get(target).param("lang", "en").with(emergency()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Because")));
  }

  @Test
  void pagesMapLayerAndCockpitTilesRender() throws Exception {
    for (String path : List.of("/command/incidents", "/command/incidents/new")) {
      mvc.perform(get(path).with(emergency())).andExpect(status().isOk());
      mvc.perform(get(path).param("lang", "en").with(emergency())).andExpect(status().isOk());
    }
    mvc.perform(get("/command/incidents").param("status", "NOPE").with(emergency()))
        .andExpect(status().isBadRequest());
    double[] p = point(CHENGXIANG);
    mvc.perform(
            post("/command/incidents")
                .with(emergency())
                .with(csrf())
                .param("type", "FLOOD")
                .param("title", "")
                .param("lon", "116.4")
                .param("lat", "39.9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("class=\"error\"")));
    var created =
        mvc.perform(
                post("/command/incidents")
                    .with(emergency())
                    .with(csrf())
                    .param("type", "FLOOD")
                    .param("title", "低洼积水")
                    .param("lon", String.valueOf(p[0]))
                    .param("lat", String.valueOf(p[1]))
                    .param("level", "LEVEL_II"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String detail = created.getResponse().getRedirectedUrl();
    mvc.perform(get(detail).with(emergency())).andExpect(status().isOk());
    mvc.perform(
            get("/map/layers/command-incidents")
                .with(emergency())
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk());
    var townStaff =
        new org.shuzhi.identity.CurrentUser(
            "t",
            Role.TOWN_STAFF,
            null,
            org.shuzhi.identity.DataScope.towns(java.util.Set.of(CHENGXIANG)),
            false);
    CockpitTile incidents =
        tiles.stream().filter(t -> t.id().equals("incidents")).findFirst().orElseThrow();
    assertThat(incidents.snapshot(townStaff).figures().get(1).value()).isPositive();
    var beigan =
        new org.shuzhi.identity.CurrentUser(
            "b",
            Role.TOWN_STAFF,
            null,
            org.shuzhi.identity.DataScope.towns(java.util.Set.of("330109999")),
            false);
    assertThat(incidents.snapshot(beigan).total()).isZero();
    CockpitTile resources =
        tiles.stream().filter(t -> t.id().equals("resources")).findFirst().orElseThrow();
    assertThat(resources.snapshot(townStaff).figures()).hasSize(4);
  }
}
