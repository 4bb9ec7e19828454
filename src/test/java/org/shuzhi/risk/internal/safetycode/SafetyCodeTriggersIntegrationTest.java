package org.shuzhi.risk.internal.safetycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.EnterpriseRiskChanged;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The safety code follows every change of an enterprise's risk made in the risk module: a risk
 * object or major hazard site moved between enterprises recomputes both, retiring an object and
 * re-assessing a point recompute its enterprise (through {@code EnterpriseRiskChanged}).
 */
@RecordApplicationEvents
class SafetyCodeTriggersIntegrationTest extends RiskIntegrationTest {

  @Autowired ApplicationEvents events;

  @Autowired JdbcClient jdbc;
  @Autowired EnterpriseDirectory enterprises;
  @Autowired SafetyCodeRepository codes;

  String enterprise() {
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "触发测试企业" + uscc.substring(10),
                "赵触发",
                "13812340001",
                "C2614",
                true,
                CHENGXIANG,
                "测试路12号",
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                null,
                null,
                40,
                false)),
        "test");
    return uscc;
  }

  static RequestPostProcessor as(String username) {
    return user(username).roles(Role.DEPARTMENT_STAFF.name());
  }

  /** Waits until the enterprise's stored code satisfies the condition (codes follow events). */
  void awaitCode(String uscc, Predicate<SafetyCodeView> condition) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> codes.byUscc(uscc).filter(condition).isPresent());
  }

  static Predicate<SafetyCodeView> riskColour(RiskColour colour) {
    return c -> c.inputs().riskColour() == colour;
  }

  static Predicate<SafetyCodeView> level(MajorHazardLevel level) {
    return c -> c.inputs().majorHazardLevel() == level;
  }

  /** The enterprises named by the EnterpriseRiskChanged events published since the last clear. */
  List<String> riskChangedEvents() {
    return events.stream(EnterpriseRiskChanged.class).map(EnterpriseRiskChanged::uscc).toList();
  }

  long create(String staff, String path, String json) throws Exception {
    var response =
        mvc.perform(
                post(path).with(as(staff)).contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse();
    return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
  }

  int version(String staff, String path) throws Exception {
    var body =
        mvc.perform(get(path).with(as(staff)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.version");
  }

  static String objectJson(String uscc) {
    return """
        {"name":"触发测试对象","kind":"DUST_EXPLOSION","enterpriseUscc":"%s","address":"测试路12号",
         "responsiblePersons":[]}"""
        .formatted(uscc);
  }

  /** A risk object of the enterprise with one point assessed with D = L·E·C. */
  long[] assessedObject(String staff, String uscc, int l, int e, int c) throws Exception {
    long object = create(staff, "/api/v1/risk/objects", objectJson(uscc));
    long point =
        create(
            staff,
            "/api/v1/risk/objects/" + object + "/points",
            "{\"name\":\"除尘器\",\"controlLevel\":\"COMPANY\"}");
    assess(staff, point, l, e, c);
    return new long[] {object, point};
  }

  void assess(String staff, long point, int l, int e, int c) throws Exception {
    create(
        staff,
        "/api/v1/risk/points/" + point + "/assessments",
        "{\"method\":\"LEC\",\"l\":%d,\"e\":%d,\"c\":%d}".formatted(l, e, c));
  }

  @Test
  void movingARiskObjectRecomputesTheEnterpriseItLeftAndTheOneItJoined() throws Exception {
    String from = enterprise();
    String to = enterprise();
    String staff = departmentAccount("EMERGENCY");
    long object = assessedObject(staff, from, 10, 6, 7)[0]; // D = 420: RED
    awaitCode(from, riskColour(RiskColour.RED));
    assertThat(codes.byUscc(from).orElseThrow().colour()).isEqualTo(RiskColour.ORANGE);
    int version = version(staff, "/api/v1/risk/objects/" + object);
    events.clear();

    mvc.perform(
            put("/api/v1/risk/objects/" + object)
                .with(as(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"object\":" + objectJson(to) + "}"))
        .andExpect(status().isOk());

    assertThat(riskChangedEvents()).containsExactlyInAnyOrder(from, to);
    awaitCode(to, riskColour(RiskColour.RED));
    awaitCode(from, c -> c.inputs().riskColour() == null);
    assertThat(codes.byUscc(to).orElseThrow().colour()).isEqualTo(RiskColour.ORANGE);
    assertThat(codes.byUscc(from).orElseThrow().colour()).isEqualTo(RiskColour.BLUE);
  }

  @Test
  void reassessingAPointRecomputesItsEnterprise() throws Exception {
    String uscc = enterprise();
    String staff = departmentAccount("EMERGENCY");
    long point = assessedObject(staff, uscc, 10, 6, 7)[1];
    awaitCode(uscc, riskColour(RiskColour.RED));

    events.clear();
    assess(staff, point, 1, 1, 1); // D = 1: BLUE
    assertThat(riskChangedEvents()).containsExactly(uscc);

    awaitCode(uscc, riskColour(RiskColour.BLUE));
    assertThat(codes.byUscc(uscc).orElseThrow().colour()).isEqualTo(RiskColour.BLUE);
  }

  @Test
  void retiringARiskObjectTakesItsColourOffTheEnterpriseAndOutOfTheLists() throws Exception {
    String uscc = enterprise();
    String staff = departmentAccount("EMERGENCY");
    long object = assessedObject(staff, uscc, 10, 6, 7)[0];
    long other = assessedObject(staff, uscc, 3, 6, 7)[0]; // D = 126: YELLOW
    awaitCode(uscc, riskColour(RiskColour.RED));
    int version = version(staff, "/api/v1/risk/objects/" + object);

    // No reason, or a stale version: refused, nothing changed.
    mvc.perform(
            post("/api/v1/risk/objects/" + object + "/retire")
                .with(as(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"reason\":\" \"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/risk/objects/" + object + "/retire")
                .with(as(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + (version + 1) + ",\"reason\":\"企业已关停\"}"))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/risk/objects/" + object).with(as(staff))).andExpect(status().isOk());

    events.clear();
    mvc.perform(
            post("/api/v1/risk/objects/" + object + "/retire")
                .with(as(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"reason\":\"企业已关停\"}"))
        .andExpect(status().isNoContent());
    assertThat(riskChangedEvents()).containsExactly(uscc);

    awaitCode(uscc, riskColour(RiskColour.YELLOW));
    mvc.perform(get("/api/v1/risk/objects/" + object).with(as(staff)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/risk/objects/" + other).with(as(staff))).andExpect(status().isOk());
    String reason =
        jdbc.sql("SELECT retire_reason FROM risk_object WHERE id = ?")
            .param(object)
            .query(String.class)
            .single();
    assertThat(reason).isEqualTo("企业已关停");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type = 'risk_object'"
                        + " AND target_id = ? AND action = 'DELETE'")
                .param(String.valueOf(object))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    // Its points and their assessments are kept as history.
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM risk_assessment a JOIN risk_point p"
                        + " ON p.id = a.risk_point_id WHERE p.risk_object_id = ?")
                .param(object)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void movingAMajorHazardSiteRecomputesBothEnterprisesAndDeletingItTheLastOne() throws Exception {
    String from = enterprise();
    String to = enterprise();
    String staff = departmentAccount("EMERGENCY");
    // Chlorine 100 t (Q 5, β 4), 200 people within 500 m (α 2): R = 160, 一级.
    String units =
        "[{\"name\":\"储罐\",\"kind\":\"STORAGE\",\"substances\":"
            + "[{\"cas\":\"7782-50-5\",\"quantityTonnes\":100}]}]";
    long site =
        create(
            staff,
            "/api/v1/risk/major-hazard/sites",
            "{\"uscc\":\"%s\",\"name\":\"液氯库\",\"exposedPopulation\":200,\"units\":%s}"
                .formatted(from, units));
    awaitCode(from, level(MajorHazardLevel.LEVEL_1));
    int version = version(staff, "/api/v1/risk/major-hazard/sites/" + site);
    events.clear();

    // The USCC as typed, with blanks around it: the site is stored under the registry's spelling
    // and both enterprises are recomputed all the same.
    mvc.perform(
            put("/api/v1/risk/major-hazard/sites/" + site)
                .with(as(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    ("{\"version\":%d,\"site\":{\"uscc\":\" %s \",\"name\":\"液氯库\","
                            + "\"exposedPopulation\":200,\"units\":%s}}")
                        .formatted(version, to, units)))
        .andExpect(status().isOk());

    assertThat(riskChangedEvents()).containsExactlyInAnyOrder(from, to);
    awaitCode(to, level(MajorHazardLevel.LEVEL_1));
    awaitCode(from, c -> c.inputs().majorHazardLevel() == null);

    mvc.perform(delete("/api/v1/risk/major-hazard/sites/" + site).with(as(staff)))
        .andExpect(status().isNoContent());
    awaitCode(to, c -> Objects.isNull(c.inputs().majorHazardLevel()));
  }
}
