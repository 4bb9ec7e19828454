package org.shuzhi.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.RiskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The cockpit under data scope (town staff see their town's figures, the leader the district's and
 * any town's), its drill-down links, who may open it, and the coalescing of pushes.
 */
class CockpitIntegrationTest extends RiskIntegrationTest {

  static final double[] IN_BEIGAN = {120.2613, 30.1921};

  @Autowired ApplicationEventPublisher events;

  @Test
  void townStaffSeeTheirTownsFiguresAndTheLeaderTheDistricts() throws Exception {
    var leader = as(account(Role.DISTRICT_LEADER), Role.DISTRICT_LEADER);
    var chengxiang = as(account(Role.TOWN_STAFF, Set.of(CHENGXIANG), null, false), Role.TOWN_STAFF);
    var beigan = as(account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false), Role.TOWN_STAFF);
    long leaderBefore = redRiskObjects(leader, null);
    long chengxiangBefore = redRiskObjects(chengxiang, null);
    long beiganBefore = redRiskObjects(beigan, null);

    // One red risk object (LS: L 5 × S 5 = 25) in 北干街道, through the census API.
    redRiskObjectIn(IN_BEIGAN);

    assertThat(redRiskObjects(beigan, null)).isEqualTo(beiganBefore + 1);
    assertThat(redRiskObjects(chengxiang, null)).isEqualTo(chengxiangBefore);
    assertThat(redRiskObjects(leader, null)).isEqualTo(leaderBefore + 1);
    // The leader's cockpit of 北干街道 shows what its town staff see.
    assertThat(redRiskObjects(leader, BEIGAN)).isEqualTo(redRiskObjects(beigan, null));

    // Town staff rank only their own town; the leader ranks the district's towns, 北干 among them.
    assertThat(rankedTowns(beigan)).containsExactly("北干街道");
    assertThat(rankedTowns(leader)).contains("北干街道").hasSizeGreaterThan(1);
  }

  @Test
  void everyFigureDrillsDownToItsFilteredList() throws Exception {
    var leader = as(account(Role.DISTRICT_LEADER), Role.DISTRICT_LEADER);
    mvc.perform(get("/cockpit").with(leader))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/monitoring/alarms?severity=RED\"")))
        .andExpect(content().string(containsString("href=\"/hazards?overdue=true\"")))
        .andExpect(content().string(containsString("href=\"/hazards?open=true&amp;grade=MAJOR\"")))
        .andExpect(content().string(containsString("href=\"/risk/major-hazards?level=LEVEL_1\"")))
        .andExpect(content().string(containsString("href=\"/risk/objects?colour=RED\"")))
        .andExpect(content().string(containsString("href=\"/risk/safety-codes?colour=ORANGE\"")))
        .andExpect(content().string(containsString("href=\"/cockpit?town=")));
    List<String> links = JsonPath.read(tiles(leader, null), "$[*].figures[*].link");
    assertThat(links).hasSizeGreaterThan(15);
    for (String link : links) {
      mvc.perform(get(link).with(leader)).andExpect(status().isOk());
    }

    // A town's cockpit narrows every list to the town.
    List<String> townLinks = JsonPath.read(tiles(leader, BEIGAN), "$[*].figures[*].link");
    assertThat(townLinks).allSatisfy(l -> assertThat(l).contains("town=" + BEIGAN));
    mvc.perform(get("/cockpit/wall").param("town", BEIGAN).with(leader))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("cockpit-wall")))
        .andExpect(content().string(containsString("town=" + BEIGAN)));
    mvc.perform(get("/cockpit").param("lang", "en").with(leader))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Towns ranked by risk")))
        .andExpect(content().string(not(containsString("cockpit.tile"))));
  }

  @Test
  void onlyBusinessRolesWithAnAreaOpenTheCockpitAndOnlyInTheirScope() throws Exception {
    var chengxiang = as(account(Role.TOWN_STAFF, Set.of(CHENGXIANG), null, false), Role.TOWN_STAFF);
    mvc.perform(get("/cockpit").param("town", BEIGAN).with(chengxiang))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/cockpit").param("town", CHENGXIANG).with(chengxiang))
        .andExpect(status().isOk());
    mvc.perform(
            get("/cockpit")
                .with(
                    as(account(Role.ENTERPRISE_USER, Set.of(), null, false), Role.ENTERPRISE_USER)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/cockpit/tiles").with(as(account(Role.AUDIT_ADMIN), Role.AUDIT_ADMIN)))
        .andExpect(status().isForbidden());
  }

  @Test
  void aBurstOfChangesGivesOnePushNowAndOneAtTheEndOfTheInterval() throws Exception {
    var leader = as(account(Role.DISTRICT_LEADER), Role.DISTRICT_LEADER);
    MvcResult stream =
        mvc.perform(get("/cockpit/stream").with(leader))
            .andExpect(request().asyncStarted())
            .andReturn();
    for (int i = 0; i < 50; i++) {
      events.publishEvent(new CockpitTileChanged("hazards", null));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> pushes(stream, "hazards") >= 1);
    // At most the immediate push and the trailing one, however long one waits.
    await()
        .during(Duration.ofMillis(2500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> pushes(stream, "hazards") <= 2);
    // The ranking follows every tile.
    assertThat(pushes(stream, "town-ranking")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aNewStreamIsCommittedAtOnceNotAtTheFirstHeartbeat() throws Exception {
    var leader = as(account(Role.DISTRICT_LEADER), Role.DISTRICT_LEADER);
    MvcResult stream =
        mvc.perform(get("/cockpit/stream").with(leader))
            .andExpect(request().asyncStarted())
            .andReturn();
    // The browser's EventSource reports the stream open only once the response is committed.
    await()
        .atMost(Duration.ofSeconds(2))
        .until(() -> stream.getResponse().getContentAsString().startsWith(":"));
    assertThat(stream.getResponse().isCommitted()).isTrue();
  }

  private static int pushes(MvcResult stream, String tileId) throws Exception {
    String body = stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("event:tile\\s*\\ndata:\\{\"id\":\"" + tileId + "\"").matcher(body);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private String tiles(RequestPostProcessor user, String town) throws Exception {
    var request = get("/cockpit/tiles").with(user).accept(MediaType.APPLICATION_JSON);
    if (town != null) {
      request = request.param("town", town);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private long redRiskObjects(RequestPostProcessor user, String town) throws Exception {
    List<Map<String, Object>> figures =
        JsonPath.read(tiles(user, town), "$[?(@.id == 'risk-colours')].figures[0]");
    assertThat(figures.get(0).get("link")).asString().contains("colour=RED");
    return ((Number) figures.get(0).get("value")).longValue();
  }

  private List<String> rankedTowns(RequestPostProcessor user) throws Exception {
    return JsonPath.read(tiles(user, null), "$[?(@.id == 'town-ranking')].figures[*].label");
  }

  private void redRiskObjectIn(double[] at) throws Exception {
    String staff = emergencyStaff();
    var as = as(staff, Role.DEPARTMENT_STAFF);
    String object =
        mvc.perform(
                post("/api/v1/risk/objects")
                    .with(as)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"name":"驾驶舱测试%s","kind":"DUST_EXPLOSION","address":"测试路1号",
                         "lon":%s,"lat":%s,"coordinateSystem":"WGS84",
                         "responsiblePersons":[{"name":"王五","phone":"13812345678"}]}"""
                            .formatted(UUID.randomUUID().toString().substring(0, 8), at[0], at[1])))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long objectId = ((Number) JsonPath.read(object, "$.id")).longValue();
    String point =
        mvc.perform(
                post("/api/v1/risk/objects/" + objectId + "/points")
                    .with(as)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\":\"除尘器\",\"hazardDescription\":\"粉尘积聚\","
                            + "\"controlLevel\":\"TEAM\",\"responsiblePerson\":\"赵六\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long pointId = ((Number) JsonPath.read(point, "$.id")).longValue();
    mvc.perform(
            post("/api/v1/risk/points/" + pointId + "/assessments")
                .with(as)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\":\"LS\",\"l\":5,\"s\":5}"))
        .andExpect(status().isCreated());
  }
}
