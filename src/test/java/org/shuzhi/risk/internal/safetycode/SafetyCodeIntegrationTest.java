package org.shuzhi.risk.internal.safetycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.hazard.HazardDemo;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** Safety codes through events, the public page, the QR code, the staff API and the rules page. */
class SafetyCodeIntegrationTest extends RiskIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired EnterpriseDirectory enterprises;
  @Autowired HazardDemo hazardDemo;
  @Autowired SafetyCodeService service;
  @Autowired SafetyCodeRepository codes;
  @Autowired Clock clock;

  String enterprise() {
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "安全码测试企业" + uscc.substring(10),
                "王安全",
                "13812340000",
                "C2822",
                true,
                CHENGXIANG,
                "测试路8号",
                120.2484,
                30.1673,
                CoordinateSystem.WGS84,
                null,
                null,
                50,
                false)),
        "test");
    return uscc;
  }

  RiskColour colourOf(String uscc) {
    return codes.byUscc(uscc).map(SafetyCodeView::colour).orElse(null);
  }

  void awaitColour(String uscc, RiskColour colour) {
    await().atMost(Duration.ofSeconds(20)).until(() -> colourOf(uscc) == colour);
  }

  ResultActions act(long id, String username, Role role, String json) throws Exception {
    return mvc.perform(
        post("/api/v1/hazards/" + id + "/transitions")
            .with(as(username, role))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  @Test
  void hazardsLongOverdueTurnTheCodeRed() {
    String uscc = enterprise();
    hazardDemo.createDemoHazards(List.of(uscc));
    awaitColour(uscc, RiskColour.RED);
    SafetyCodeView code = codes.byUscc(uscc).orElseThrow();
    assertThat(code.inputs().maxDaysOverdue()).isGreaterThanOrEqualTo(60);
    assertThat(code.ruleText()).isEqualTo("RED: maxDaysOverdue >= 60");
  }

  @Test
  void aMajorHazardTurnsTheCodeOrangeAndClosingItRecomputes() throws Exception {
    String uscc = enterprise();
    String regulator = departmentAccount("EMERGENCY");
    String owner = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    var response =
        mvc.perform(
                post("/api/v1/hazards")
                    .with(as(regulator, Role.DEPARTMENT_STAFF))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"title\":\"安全码隐患\",\"description\":\"描述\",\"enterpriseUscc\":\""
                            + uscc
                            + "\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse();
    long id = ((Number) JsonPath.read(response.getContentAsString(), "$.hazard.id")).longValue();
    awaitColour(uscc, RiskColour.BLUE);
    assertThat(codes.byUscc(uscc).orElseThrow().inputs().openHazards()).isEqualTo(1);

    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"GRADE\",\"grade\":\"MAJOR\"}")
        .andExpect(status().isOk());
    awaitColour(uscc, RiskColour.ORANGE);
    assertThat(codes.byUscc(uscc).orElseThrow().ruleText())
        .isEqualTo("ORANGE: openMajorHazards >= 1");

    LocalDate deadline = LocalDate.now(clock.withZone(SafetyCodeService.ZONE)).plusDays(10);
    act(
            id,
            regulator,
            Role.DEPARTMENT_STAFF,
            "{\"action\":\"ASSIGN\",\"responsibleUnit\":\"设备部\",\"deadline\":\"" + deadline + "\"}")
        .andExpect(status().isOk());
    act(id, owner, Role.ENTERPRISE_USER, "{\"action\":\"START\"}").andExpect(status().isOk());
    var upload =
        mvc.perform(
                multipart("/api/v1/hazards/" + id + "/evidence")
                    .file(new MockMultipartFile("file", "after.png", "image/png", png()))
                    .with(as(owner, Role.ENTERPRISE_USER)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse();
    long photo = ((Number) JsonPath.read(upload.getContentAsString(), "$.id")).longValue();
    act(
            id,
            owner,
            Role.ENTERPRISE_USER,
            "{\"action\":\"RECTIFY\",\"comment\":\"已整改\",\"evidenceIds\":[" + photo + "]}")
        .andExpect(status().isOk());
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"REINSPECT_PASS\"}")
        .andExpect(status().isOk());
    act(id, regulator, Role.DEPARTMENT_STAFF, "{\"action\":\"CLOSE\",\"comment\":\"销号\"}")
        .andExpect(status().isOk());
    awaitColour(uscc, RiskColour.BLUE);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> codes.byUscc(uscc).orElseThrow().inputs().openHazards() == 0);
  }

  @Test
  void thePublicPageShowsNoPersonalDataAndUnknownTokensAre404() throws Exception {
    String uscc = enterprise();
    String owner = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    service.recompute(uscc);
    SafetyCodeView code = codes.byUscc(uscc).orElseThrow();
    assertThat(code.token()).matches("[A-Za-z0-9_-]{22}");
    String page =
        mvc.perform(get("/public/safety-code/" + code.token()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(code.enterpriseName(), "蓝码")
        .doesNotContain(
            uscc, "13812340000", "王安全", owner, "/risk/safety-codes/" + code.id(), "测试路8号");
    mvc.perform(get("/public/safety-code/AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
    mvc.perform(get("/public/safety-code/" + code.id())).andExpect(status().isNotFound());
  }

  @Test
  void theQrCodeIsAPngForStaffInScopeAndTheDetailShowsItsUrl() throws Exception {
    String uscc = enterprise();
    service.recompute(uscc);
    SafetyCodeView code = codes.byUscc(uscc).orElseThrow();
    String townStaff = account(Role.TOWN_STAFF);
    byte[] png =
        mvc.perform(
                get("/risk/safety-codes/" + code.id() + "/qr.png")
                    .with(as(townStaff, Role.TOWN_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(SafetyCodeQr.SIZE);
    assertThat(image.getHeight()).isEqualTo(SafetyCodeQr.SIZE);
    String detail =
        mvc.perform(get("/risk/safety-codes/" + code.id()).with(as(townStaff, Role.TOWN_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(detail).contains("/public/safety-code/" + code.token());
    mvc.perform(
            get("/risk/safety-codes/" + code.id() + "/print").with(as(townStaff, Role.TOWN_STAFF)))
        .andExpect(status().isOk());

    String otherTown = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    mvc.perform(
            get("/risk/safety-codes/" + code.id() + "/qr.png").with(as(otherTown, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/risk/safety-codes/" + code.id() + "/qr.png"))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void theListApiFiltersByTownAndColourWithinTheScope() throws Exception {
    String uscc = enterprise();
    service.recompute(uscc);
    String townStaff = account(Role.TOWN_STAFF);
    String otherTown = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    String url = "/api/v1/risk/safety-codes?size=1000&town=" + CHENGXIANG + "&colour=";
    assertThat(usccsOf(url + "BLUE", townStaff)).contains(uscc);
    assertThat(usccsOf(url + "RED", townStaff)).doesNotContain(uscc);
    assertThat(usccsOf(url + "BLUE", otherTown)).isEmpty();
    mvc.perform(get(url + "PINK").with(as(townStaff, Role.TOWN_STAFF)))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/risk/safety-codes?town=" + CHENGXIANG + "&colour=BLUE")
                .with(as(townStaff, Role.TOWN_STAFF)))
        .andExpect(status().isOk());
  }

  List<String> usccsOf(String url, String username) throws Exception {
    String json =
        mvc.perform(get(url).with(as(username, Role.TOWN_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(json, "$.items[*].uscc");
  }

  @Test
  void onlyTheSystemAdministratorEditsTheRulesAndEachEditIsAudited() throws Exception {
    String admin = account(Role.SYSTEM_ADMIN);
    String leader = account(Role.DISTRICT_LEADER);
    SafetyCodeRuleSet before = service.currentRules();
    assertThat(before.text()).isEqualTo(SafetyCodeRuleSetTest.DEFAULTS);

    mvc.perform(
            post("/risk/safety-code-rules")
                .param("text", "RED: openHazards >= 1")
                .with(as(leader, Role.DISTRICT_LEADER))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/risk/safety-code-rules").with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(status().isForbidden());
    String rejected =
        mvc.perform(
                post("/risk/safety-code-rules")
                    .param("text", "PURPLE: openHazards >= 1")
                    .with(as(admin, Role.SYSTEM_ADMIN))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(rejected).contains("第 1 行颜色须为 RED、ORANGE 或 YELLOW");
    assertThat(service.currentRules().version()).isEqualTo(before.version());

    // Saving the same rules adds a version without changing any colour (the suite shares them).
    mvc.perform(
            post("/risk/safety-code-rules")
                .param("text", "# same rules\n" + before.text())
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    SafetyCodeRuleSet after = service.currentRules();
    assertThat(after.version()).isGreaterThan(before.version());
    assertThat(after.text()).isEqualTo(before.text());
    long audited =
        jdbc.sql(
                "SELECT count(*) FROM audit_event WHERE target_type = ? AND target_id = ?"
                    + " AND actor = ? AND action = 'UPDATE'")
            .params(SafetyCodeAudit.RULES, String.valueOf(after.version()), admin)
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(1);
  }

  @Test
  void recomputeAllIsIdempotent() {
    String red = enterprise();
    String blue = enterprise();
    hazardDemo.createDemoHazards(List.of(red));
    int first = service.recomputeAll();
    assertThat(first).isGreaterThanOrEqualTo(2);
    List<String> once = snapshot(red, blue);
    service.recomputeAll();
    assertThat(snapshot(red, blue)).isEqualTo(once);
    assertThat(colourOf(red)).isEqualTo(RiskColour.RED);
    assertThat(colourOf(blue)).isEqualTo(RiskColour.BLUE);
    assertThat(
            jdbc.sql("SELECT count(*) FROM risk_safety_code WHERE uscc IN (?, ?)")
                .params(red, blue)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  List<String> snapshot(String... usccs) {
    return jdbc.sql(
            "SELECT uscc || token || colour || coalesce(rule_text, '') || computed_at"
                + " FROM risk_safety_code WHERE uscc = ANY(?) ORDER BY uscc")
        .param(usccs)
        .query(String.class)
        .list();
  }

  static byte[] png() throws Exception {
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
