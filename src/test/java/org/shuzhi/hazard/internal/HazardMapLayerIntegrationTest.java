package org.shuzhi.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The open-hazards map layer: data scope, location fallback, colours and category filter. */
class HazardMapLayerIntegrationTest extends IntegrationTest {

  static final double CX_LON = 120.2484;
  static final double CX_LAT = 30.1673;
  static final double BG_LON = 120.2613;
  static final double BG_LAT = 30.1921;

  @Autowired JdbcClient jdbc;
  @Autowired EnterpriseDirectory enterprises;
  @Autowired Clock clock;

  static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  String enterprise(String town, double lon, double lat) {
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "地图隐患企业" + uscc.substring(10),
                null,
                null,
                "C2822",
                true,
                town,
                null,
                lon,
                lat,
                CoordinateSystem.WGS84,
                null,
                null,
                10,
                false)),
        "test");
    return uscc;
  }

  /** A staff member of the emergency management bureau (应急管理局), district-wide. */
  String regulator() {
    return departmentAccount("EMERGENCY");
  }

  long report(String regulator, String json) throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/hazards")
                    .with(as(regulator, Role.DEPARTMENT_STAFF))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    return ((Number) JsonPath.read(response.getContentAsString(), "$.hazard.id")).longValue();
  }

  long reportFor(String regulator, String uscc) throws Exception {
    return report(
        regulator,
        "{\"title\":\"地图隐患%s\",\"enterpriseUscc\":\"%s\"}".formatted(UUID.randomUUID(), uscc));
  }

  void act(long id, String regulator, String json) throws Exception {
    mvc.perform(
            post("/api/v1/hazards/" + id + "/transitions")
                .with(as(regulator, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isOk());
  }

  /** The layer's rows by point id: [id, lon, lat, label, colour, synthetic]. */
  Map<Long, List<Object>> points(String username, Role role, String town, String category)
      throws Exception {
    var request = get("/map/layers/hazards").with(as(username, role));
    if (town != null) {
      request.param("town", town);
    }
    if (category != null) {
      request.param("category", category);
    }
    String body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<List<Object>> rows = JsonPath.read(body, "$.points");
    Map<Long, List<Object>> byId = new HashMap<>();
    rows.forEach(r -> byId.put(((Number) r.get(0)).longValue(), r));
    return byId;
  }

  @Test
  void openHazardsInScopeAtTheirLocationColouredByOverdueAndGrade() throws Exception {
    String regulator = regulator();
    String cx = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String bg = enterprise(BEIGAN, BG_LON, BG_LAT);
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));

    long reported = reportFor(regulator, cx);
    long major = reportFor(regulator, cx);
    act(major, regulator, "{\"action\":\"GRADE\",\"grade\":\"MAJOR\"}");
    long overdue = reportFor(regulator, cx);
    act(overdue, regulator, "{\"action\":\"GRADE\",\"grade\":\"GENERAL\"}");
    act(
        overdue,
        regulator,
        "{\"action\":\"ASSIGN\",\"responsibleUnit\":\"设备部\",\"deadline\":\""
            + today.plusDays(5)
            + "\"}");
    // The deadline has since passed (set directly: the workflow refuses past deadlines).
    jdbc.sql("UPDATE hazard SET deadline = ? WHERE id = ?")
        .params(java.sql.Date.valueOf(today.minusDays(3)), overdue)
        .update();
    long located =
        report(
            regulator,
            "{\"title\":\"现场隐患\",\"enterpriseUscc\":\"%s\",\"lon\":120.2490,\"lat\":30.1680}"
                .formatted(cx));
    long closed = reportFor(regulator, cx);
    jdbc.sql("UPDATE hazard SET state = 'CLOSED', closed_at = now() WHERE id = ?")
        .param(closed)
        .update();
    long otherTown = reportFor(regulator, bg);

    // District-wide: every open hazard, none closed.
    var all = points(regulator, Role.DEPARTMENT_STAFF, null, null);
    assertThat(all).containsKeys(reported, major, overdue, located, otherTown);
    assertThat(all).doesNotContainKey(closed);
    assertThat(all.get(overdue).get(4)).isEqualTo(HazardMapLayer.OVERDUE_COLOUR);
    assertThat(all.get(major).get(4)).isEqualTo(HazardMapLayer.MAJOR_COLOUR);
    assertThat(all.get(reported).get(4)).isEqualTo(HazardMapLayer.OPEN_COLOUR);
    // Without a location of its own, a hazard sits at its enterprise; with one, at its own.
    assertThat(((Number) all.get(reported).get(1)).doubleValue()).isEqualTo(CX_LON);
    assertThat(((Number) all.get(reported).get(2)).doubleValue()).isEqualTo(CX_LAT);
    assertThat(((Number) all.get(located).get(1)).doubleValue()).isEqualTo(120.2490);
    assertThat(((Number) all.get(located).get(2)).doubleValue()).isEqualTo(30.1680);
    assertThat(((Number) all.get(otherTown).get(1)).doubleValue()).isEqualTo(BG_LON);

    // A town user sees its town's hazards only.
    String town = account(Role.TOWN_STAFF);
    var townPoints = points(town, Role.TOWN_STAFF, null, null);
    assertThat(townPoints).containsKeys(reported, major, overdue, located);
    assertThat(townPoints).doesNotContainKeys(otherTown, closed);
    assertThat(points(town, Role.TOWN_STAFF, BEIGAN, null)).doesNotContainKey(otherTown);
    // The enterprise user sees its own enterprise's only.
    String owner = account(Role.ENTERPRISE_USER, Set.of(), bg, false);
    assertThat(points(owner, Role.ENTERPRISE_USER, null, null).keySet())
        .contains(otherTown)
        .doesNotContain(reported, major, overdue);

    // Category filter: OVERDUE, MAJOR or a state name; another layer's category is ignored.
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, CHENGXIANG, "OVERDUE"))
        .containsKey(overdue)
        .doesNotContainKeys(reported, major, located);
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, CHENGXIANG, "MAJOR"))
        .containsKey(major)
        .doesNotContainKeys(reported, overdue);
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, CHENGXIANG, "reported"))
        .containsKeys(reported, located)
        .doesNotContainKeys(major, overdue);
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, CHENGXIANG, "CLOSED")).isEmpty();
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, CHENGXIANG, "C28"))
        .containsKeys(reported, major, overdue, located);
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, null, null).get(reported).get(3))
        .asString()
        .startsWith("地图隐患");
  }
}
