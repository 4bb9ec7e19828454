package org.shuzhi.risk.internal.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.RiskCensus;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskIntegrationTest;
import org.shuzhi.risk.RiskObjectDraft;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskPointAssessmentDraft;
import org.shuzhi.risk.RiskPointDraft;
import org.shuzhi.risk.RiskPointMethod;
import org.shuzhi.risk.RiskResponsiblePerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class RiskPointsIntegrationTest extends RiskIntegrationTest {

  /** 城厢街道 and 北干街道 label points (WGS-84). */
  static final double[] IN_CHENGXIANG = {120.2484, 30.1673};

  static final double[] IN_BEIGAN = {120.2613, 30.1921};

  @Autowired JdbcClient jdbc;
  @Autowired EnterpriseDirectory enterprises;
  @Autowired AreaDirectory areas;
  @Autowired RiskCensus census;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private String registerEnterprise(String town, double[] at) {
    String uscc = newUscc();
    enterprises.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "风险测试企业" + uscc.substring(10),
                null,
                null,
                "C2614",
                true,
                town,
                null,
                at == null ? null : at[0],
                at == null ? null : at[1],
                null,
                null,
                null,
                null,
                false)),
        "test");
    return uscc;
  }

  private static String objectJson(String name, String uscc, double[] at, String phone) {
    return """
        {"name":"%s","kind":"DUST_EXPLOSION","enterpriseUscc":%s,"address":"测试路9号",
         "lon":%s,"lat":%s,"coordinateSystem":"WGS84",
         "responsiblePersons":[{"name":"王五","phone":"%s"}]}
        """
        .formatted(
            name,
            uscc == null ? "null" : "\"" + uscc + "\"",
            at == null ? "null" : at[0],
            at == null ? "null" : at[1],
            phone);
  }

  /** Posts a risk object as the account with the role. */
  private ResultActions postObject(String username, Role role, String json) throws Exception {
    return mvc.perform(
        post("/api/v1/risk/objects")
            .with(as(username, role))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private long createObject(String staff, String json) throws Exception {
    var response = postObject(staff, Role.DEPARTMENT_STAFF, json).andReturn().getResponse();
    String body = response.getContentAsString();
    assertThat(response.getStatus()).as(body).isEqualTo(201);
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  private long addPoint(String staff, long objectId, String name) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/risk/objects/" + objectId + "/points")
                    .with(as(staff, Role.DEPARTMENT_STAFF))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"name":"%s","hazardDescription":"粉尘积聚","controlLevel":"TEAM",
                         "responsiblePerson":"赵六"}"""
                            .formatted(name)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  private void assess(String staff, long pointId, String json, String colour) throws Exception {
    mvc.perform(
            post("/api/v1/risk/points/" + pointId + "/assessments")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.colour").value(colour));
  }

  // --- LEC / LS calculators ---

  @Test
  void lecAndLsCalculatorsAnswerWorkedExamplesAndRefuseValuesOffTheLists() throws Exception {
    String leader = account(Role.DISTRICT_LEADER);
    String[][] examples = {
      {"6", "6", "7", "252", "ORANGE"},
      {"10", "6", "15", "900", "RED"},
      {"1", "6", "7", "42", "BLUE"},
      {"3", "6", "7", "126", "YELLOW"},
      {"1", "10", "7", "70", "BLUE"}
    };
    for (String[] x : examples) {
      mvc.perform(
              post("/api/v1/risk/lec")
                  .with(as(leader, Role.DISTRICT_LEADER))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"l\":%s,\"e\":%s,\"c\":%s}".formatted(x[0], x[1], x[2])))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.d").value(Integer.parseInt(x[3])))
          .andExpect(jsonPath("$.colour").value(x[4]));
    }
    mvc.perform(
            post("/api/v1/risk/lec")
                .with(as(leader, Role.DISTRICT_LEADER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"l\":5,\"e\":6,\"c\":7}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("l"))
        .andExpect(
            jsonPath("$.errors[0].message").value(containsString("10, 6, 3, 1, 0.5, 0.2, 0.1")));
    mvc.perform(
            post("/api/v1/risk/lec")
                .with(as(leader, Role.DISTRICT_LEADER))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"l\":6,\"e\":6,\"c\":8}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("c"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("allowed values")));
    mvc.perform(
            post("/api/v1/risk/ls")
                .with(as(leader, Role.DISTRICT_LEADER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"l\":4,\"s\":5}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.r").value(20))
        .andExpect(jsonPath("$.colour").value("RED"));
    mvc.perform(
            post("/api/v1/risk/ls")
                .with(as(leader, Role.DISTRICT_LEADER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"l\":3,\"s\":6}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("s"));
  }

  // --- census ---

  @Test
  void createDerivesTownAndGridFromTheLocationMasksPhonesAndAudits() throws Exception {
    String staff = emergencyStaff();
    String name = unique("粉尘车间");
    long id = createObject(staff, objectJson(name, null, IN_CHENGXIANG, "13812345678"));
    Long expectedGrid = areas.gridAt(IN_CHENGXIANG[0], IN_CHENGXIANG[1]).map(Grid::id).orElse(null);
    mvc.perform(get("/api/v1/risk/objects/" + id).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.townCode").value(CHENGXIANG))
        .andExpect(jsonPath("$.gridId").value(expectedGrid))
        .andExpect(jsonPath("$.ownLocation").value(true))
        .andExpect(jsonPath("$.colour").doesNotExist())
        .andExpect(jsonPath("$.responsiblePersons[0].phoneMasked").value("138****5678"));
    String body =
        mvc.perform(get("/api/v1/risk/objects/" + id).with(as(staff, Role.DEPARTMENT_STAFF)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).doesNotContain("13812345678");
    String after =
        jdbc.sql(
                "SELECT after_state::text FROM audit_event WHERE target_type = 'risk_object'"
                    + " AND target_id = ? AND action = 'CREATE'")
            .param(String.valueOf(id))
            .query(String.class)
            .single();
    assertThat(after).contains("138****5678").doesNotContain("13812345678");

    // Edit: move it to 北干; the version guards against lost updates; the phone is kept.
    mvc.perform(
            put("/api/v1/risk/objects/" + id)
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\":0,\"object\":"
                        + objectJson(name, null, IN_BEIGAN, "")
                            .replace("\"phone\":\"\"", "\"phone\":null")
                        + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.townCode").value(BEIGAN))
        .andExpect(jsonPath("$.responsiblePersons[0].phoneMasked").value("138****5678"));
    mvc.perform(
            put("/api/v1/risk/objects/" + id)
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\":0,\"object\":"
                        + objectJson(name, null, IN_BEIGAN, "13900000000")
                        + "}"))
        .andExpect(status().isConflict());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type = 'risk_object'"
                        + " AND target_id = ? AND action = 'UPDATE'")
                .param(String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anEnterpriseLinkedObjectWithoutLocationTakesTheEnterprisesTownAndLocation()
      throws Exception {
    String staff = emergencyStaff();
    String uscc = registerEnterprise(BEIGAN, IN_BEIGAN);
    long id = createObject(staff, objectJson(unique("喷涂线"), uscc, null, "0571-82881234"));
    mvc.perform(get("/api/v1/risk/objects/" + id).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(jsonPath("$.townCode").value(BEIGAN))
        .andExpect(jsonPath("$.lon").value(IN_BEIGAN[0]))
        .andExpect(jsonPath("$.ownLocation").value(false))
        .andExpect(jsonPath("$.enterpriseUscc").value(uscc))
        .andExpect(jsonPath("$.responsiblePersons[0].phoneMasked").value("0571-****1234"));
  }

  @Test
  void invalidObjectsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
    String staff = emergencyStaff();
    String name = unique("无效对象");
    postObject(staff, Role.DEPARTMENT_STAFF, objectJson(name, newUscc(), null, "13812345678"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("enterpriseUscc"));
    postObject(
            staff, Role.DEPARTMENT_STAFF, objectJson(name, null, new double[] {121.5, 31.2}, "123"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'lon')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'responsiblePersons')]").exists());
    postObject(staff, Role.DEPARTMENT_STAFF, objectJson(name, null, null, "13812345678"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lon"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM risk_object WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void onlyEmergencyStaffAndTownStaffInTheirTownsMayWrite() throws Exception {
    String economy = account(Role.DEPARTMENT_STAFF); // department ECONOMY
    String leader = account(Role.DISTRICT_LEADER);
    String town = account(Role.TOWN_STAFF); // 城厢
    String json = objectJson(unique("权限"), null, IN_BEIGAN, "13812345678");
    postObject(economy, Role.DEPARTMENT_STAFF, json).andExpect(status().isForbidden());
    postObject(leader, Role.DISTRICT_LEADER, json).andExpect(status().isForbidden());
    postObject(town, Role.TOWN_STAFF, json).andExpect(status().isForbidden());
    postObject(town, Role.TOWN_STAFF, objectJson(unique("本镇"), null, IN_CHENGXIANG, "13812345678"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.townCode").value(CHENGXIANG));
  }

  @Test
  void aTownUserCannotReadAnotherTownsObjectAndAnEnterpriseUserSeesOnlyItsOwn() throws Exception {
    String staff = emergencyStaff();
    String uscc = registerEnterprise(CHENGXIANG, IN_CHENGXIANG);
    long own = createObject(staff, objectJson(unique("本镇对象"), uscc, IN_CHENGXIANG, "13812345678"));
    long other = createObject(staff, objectJson(unique("外镇对象"), null, IN_BEIGAN, "13812345678"));
    long otherPoint = addPoint(staff, other, "外镇风险点");
    String town = account(Role.TOWN_STAFF);
    mvc.perform(get("/api/v1/risk/objects/" + own).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/risk/objects/" + other).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/risk/objects/" + other).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/risk/points/" + otherPoint).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/risk/points/" + otherPoint + "/assessments")
                .with(as(town, Role.TOWN_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\":\"LEC\",\"l\":10,\"e\":10,\"c\":100}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/risk/objects").param("size", "200").with(as(town, Role.TOWN_STAFF)))
        .andExpect(jsonPath("$.items[*].townCode").value(everyItem(is(CHENGXIANG))));

    String ent = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    mvc.perform(get("/api/v1/risk/objects/" + own).with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/risk/objects/" + other).with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/risk/objects").with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(own));
    // Reading is not writing.
    mvc.perform(
            post("/api/v1/risk/objects/" + own + "/points")
                .with(as(ent, Role.ENTERPRISE_USER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"controlLevel\":\"POST\"}"))
        .andExpect(status().isForbidden());
    String admin = account(Role.SYSTEM_ADMIN);
    mvc.perform(get("/api/v1/risk/objects/" + own).with(as(admin, Role.SYSTEM_ADMIN)))
        .andExpect(status().isNotFound());
  }

  // --- risk points ---

  @Test
  void assessmentsAreKeptAsHistoryAndTheColoursFollowTheLatest() throws Exception {
    String staff = emergencyStaff();
    long object =
        createObject(staff, objectJson(unique("液氨车间"), null, IN_CHENGXIANG, "13812345678"));
    long point = addPoint(staff, object, "液氨储罐区");
    long second = addPoint(staff, object, "压缩机房");

    assess(
        staff, point, "{\"method\":\"LEC\",\"l\":3,\"e\":6,\"c\":7,\"comment\":\"初评\"}", "YELLOW");
    mvc.perform(get("/api/v1/risk/objects/" + object).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(jsonPath("$.colour").value("YELLOW"));

    assess(staff, point, "{\"method\":\"LS\",\"l\":5,\"s\":5}", "RED");
    assess(staff, second, "{\"method\":\"LEC\",\"l\":1,\"e\":6,\"c\":7}", "BLUE");
    mvc.perform(get("/api/v1/risk/objects/" + object).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(jsonPath("$.colour").value("RED"));

    // A bad value changes nothing.
    mvc.perform(
            post("/api/v1/risk/points/" + point + "/assessments")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\":\"LEC\",\"l\":7,\"e\":6,\"c\":7}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("l"));

    // Lowering the first point lowers the object to the highest remaining colour.
    assess(staff, point, "{\"method\":\"LEC\",\"l\":6,\"e\":6,\"c\":7}", "ORANGE");
    mvc.perform(get("/api/v1/risk/points/" + point).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(jsonPath("$.colour").value("ORANGE"))
        .andExpect(jsonPath("$.assessments.length()").value(3))
        .andExpect(jsonPath("$.assessments[0].value").value(252))
        .andExpect(jsonPath("$.assessments[1].method").value("LS"))
        .andExpect(jsonPath("$.assessments[1].value").value(25))
        .andExpect(jsonPath("$.assessments[2].comment").value("初评"))
        .andExpect(jsonPath("$.assessments[2].assessor").value(staff));
    mvc.perform(get("/api/v1/risk/objects/" + object).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(jsonPath("$.colour").value("ORANGE"));

    // The history is append-only in the database itself.
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE risk_assessment SET colour = 'BLUE' WHERE risk_point_id = ?")
                    .param(point)
                    .update())
        .hasMessageContaining("append-only");

    // Pages: the detail page shows points and history; the map layers carry the colours.
    mvc.perform(get("/risk/objects/" + object).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("液氨储罐区")))
        .andExpect(content().string(containsString("D=252")));
    mvc.perform(
            get("/map/layers/risk-points")
                .param("town", CHENGXIANG)
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.points[?(@[0] == %d)][4]".formatted(point)).value(RiskColour.ORANGE.css()));
    mvc.perform(
            get("/map/layers/risk-objects")
                .param("category", "DUST_EXPLOSION")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.points[?(@[0] == %d)][4]".formatted(object))
                .value(RiskColour.ORANGE.css()));
  }

  @Test
  void thePageFormsAddAndAssessRiskPoints() throws Exception {
    String staff = emergencyStaff();
    long object =
        createObject(staff, objectJson(unique("页面对象"), null, IN_CHENGXIANG, "13812345678"));
    mvc.perform(
            post("/risk/objects/" + object + "/points")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("name", "喷漆房")
                .param("controlLevel", "DEPARTMENT"))
        .andExpect(status().is3xxRedirection());
    long point =
        jdbc.sql("SELECT id FROM risk_point WHERE risk_object_id = ?")
            .param(object)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/risk/points/" + point + "/assessments")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("method", "LEC")
                .param("l", "10")
                .param("e", "6")
                .param("c", "15")
                .param("s", "1"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/risk/points/" + point + "/assessments")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("method", "LS")
                .param("l", "0.5")
                .param("s", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1, 2, 3, 4, 5")));
    assertThat(
            jdbc.sql("SELECT colour FROM risk_assessment WHERE risk_point_id = ?")
                .param(point)
                .query(String.class)
                .list())
        .containsExactly("RED");
  }

  @Test
  void townColoursCountThePointsInTheCallersScope() throws Exception {
    String staff = emergencyStaff();
    String uscc = registerEnterprise(CHENGXIANG, IN_CHENGXIANG);
    long a = createObject(staff, objectJson(unique("统计甲"), uscc, IN_CHENGXIANG, "13812345678"));
    long b = createObject(staff, objectJson(unique("统计乙"), uscc, null, "13812345678"));
    assess(
        staff, addPoint(staff, a, "红点"), "{\"method\":\"LEC\",\"l\":10,\"e\":6,\"c\":15}", "RED");
    assess(staff, addPoint(staff, a, "蓝点"), "{\"method\":\"LS\",\"l\":1,\"s\":2}", "BLUE");
    assess(staff, addPoint(staff, b, "黄点"), "{\"method\":\"LS\",\"l\":3,\"s\":3}", "YELLOW");
    addPoint(staff, b, "未评估点");

    String ent = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    mvc.perform(get("/api/v1/risk/towns/colours").with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].townCode").value(CHENGXIANG))
        .andExpect(jsonPath("$[0].highest").value("RED"))
        .andExpect(jsonPath("$[0].counts.RED").value(1))
        .andExpect(jsonPath("$[0].counts.ORANGE").value(0))
        .andExpect(jsonPath("$[0].counts.YELLOW").value(1))
        .andExpect(jsonPath("$[0].counts.BLUE").value(1))
        .andExpect(jsonPath("$[0].unassessed").value(1));

    // A town user of 北干 sees its own town only, whatever the numbers there.
    String beigan = account(Role.TOWN_STAFF, Set.of(BEIGAN), null, false);
    mvc.perform(get("/api/v1/risk/towns/colours").with(as(beigan, Role.TOWN_STAFF)))
        .andExpect(jsonPath("$[*].townCode").value(everyItem(is(BEIGAN))));
    mvc.perform(get("/risk/overview").with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-town=\"" + CHENGXIANG + "\"")))
        .andExpect(content().string(containsString("/risk/overview.js")));
  }

  @Test
  void theDemoHookRegistersAssessesAndColoursWithoutASignedInUser() {
    String uscc = registerEnterprise(BEIGAN, IN_BEIGAN);
    long id =
        census.register(
            new RiskObjectDraft(
                unique("演示有限空间"),
                RiskObjectKind.CONFINED_SPACE,
                uscc,
                null,
                null,
                null,
                null,
                List.of(new RiskResponsiblePerson("钱七", "13700001111")),
                true),
            "demo");
    long point =
        census.addPoint(
            id,
            new RiskPointDraft("污水池", "硫化氢中毒", org.shuzhi.risk.ControlLevel.POST, null),
            "demo");
    var assessed =
        census.assess(
            point,
            new RiskPointAssessmentDraft(
                RiskPointMethod.LEC,
                new java.math.BigDecimal("6"),
                new java.math.BigDecimal("6"),
                new java.math.BigDecimal("7"),
                null,
                null),
            "demo");
    assertThat(assessed.colour()).isEqualTo(RiskColour.ORANGE);
    assertThat(census.colourOfEnterprise(uscc)).contains(RiskColour.ORANGE);
    assertThat(
            jdbc.sql("SELECT synthetic FROM risk_object WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  // --- Excel ---

  private static final List<Object> HEADERS =
      List.of("名称", "类别", "关联企业信用代码", "地址", "经度", "纬度", "坐标系", "责任人", "责任人电话");

  private byte[] workbook(List<List<Object>> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void importStoresAllRowsOrNoneReportsEveryBadRowAndExportMasksPhones() throws Exception {
    String staff = emergencyStaff();
    String marker = unique("导入");
    List<Object> good1 =
        Arrays.asList(
            marker + "甲",
            "粉尘涉爆场所",
            null,
            "导入路1号",
            IN_CHENGXIANG[0],
            IN_CHENGXIANG[1],
            "WGS84",
            "张三;李四",
            "13812345678;0571-82881234");
    List<Object> good2 =
        Arrays.asList(
            marker + "乙",
            "SMALL_RESERVOIR",
            null,
            null,
            IN_BEIGAN[0],
            IN_BEIGAN[1],
            null,
            "王五",
            "13900001111");
    List<Object> badKind =
        Arrays.asList(
            marker + "丙", "核电站", null, null, IN_BEIGAN[0], IN_BEIGAN[1], null, null, null);
    List<Object> badPlace =
        Arrays.asList(marker + "丁", "易涝点", null, null, 121.5, 31.2, null, "赵六", "123");
    byte[] bad = workbook(List.of(HEADERS, good1, badKind, good2, badPlace));
    mvc.perform(
            multipart("/api/v1/risk/objects/import")
                .file(new MockMultipartFile("file", "r.xlsx", null, bad))
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '类别')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == '经度')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == '责任人')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 2 || @.row == 4)]").doesNotExist());
    assertThat(
            jdbc.sql("SELECT count(*) FROM risk_object WHERE name LIKE ?")
                .param(marker + "%")
                .query(Long.class)
                .single())
        .isZero();

    byte[] good = workbook(List.of(HEADERS, good1, good2));
    mvc.perform(
            multipart("/api/v1/risk/objects/import")
                .file(new MockMultipartFile("file", "r.xlsx", null, good))
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(2));
    assertThat(
            jdbc.sql("SELECT town_code FROM risk_object WHERE name LIKE ? ORDER BY name")
                .param(marker + "%")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder(CHENGXIANG, BEIGAN);

    byte[] exported =
        mvc.perform(
                get("/api/v1/risk/objects/export")
                    .param("kind", "DUST_EXPLOSION")
                    .param("town", CHENGXIANG)
                    .with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      var sheet = wb.getSheetAt(0);
      boolean found = false;
      for (var row : sheet) {
        if (row.getRowNum() > 0 && (marker + "甲").equals(row.getCell(0).getStringCellValue())) {
          found = true;
          assertThat(row.getCell(8).getStringCellValue()).isEqualTo("138****5678;0571-****1234");
          assertThat(row.getCell(9).getStringCellValue()).isEqualTo("城厢街道");
        }
      }
      assertThat(found).isTrue();
    }
  }

  @Test
  void importNeedsWriteRights() throws Exception {
    String leader = account(Role.DISTRICT_LEADER);
    byte[] file = workbook(List.of(HEADERS));
    mvc.perform(
            multipart("/api/v1/risk/objects/import")
                .file(new MockMultipartFile("file", "r.xlsx", null, file))
                .with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(status().isForbidden());
  }

  // --- bands ---

  @Test
  void onlyTheSystemAdministratorChangesBandsEachChangeIsAVersionAndAudited() throws Exception {
    String leader = account(Role.DISTRICT_LEADER);
    String staff = emergencyStaff();
    String admin = account(Role.SYSTEM_ADMIN);
    String stricter =
        """
        {"bands":[{"colour":"RED","lowerBound":200,"inclusive":false},
          {"colour":"ORANGE","lowerBound":100,"inclusive":false},
          {"colour":"YELLOW","lowerBound":50,"inclusive":false}]}""";
    mvc.perform(
            put("/api/v1/risk/bands/LEC")
                .with(as(leader, Role.DISTRICT_LEADER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(stricter))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/risk/bands/LEC")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("bound", "200", "100", "50"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/risk/bands").with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isForbidden());
    mvc.perform(
            put("/api/v1/risk/bands/LEC")
                .with(as(admin, Role.SYSTEM_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(stricter.replace("\"lowerBound\":50", "\"lowerBound\":300")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("YELLOW"));
    int before =
        jdbc.sql("SELECT max(version) FROM risk_band WHERE method = 'LEC'")
            .query(Integer.class)
            .single();
    try {
      mvc.perform(
              put("/api/v1/risk/bands/LEC")
                  .with(as(admin, Role.SYSTEM_ADMIN))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(stricter))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.version").value(before + 1));
      mvc.perform(
              post("/api/v1/risk/lec")
                  .with(as(leader, Role.DISTRICT_LEADER))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"l\":6,\"e\":6,\"c\":7}"))
          .andExpect(jsonPath("$.colour").value("RED"));
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM audit_event WHERE target_type = 'risk_band'"
                          + " AND actor = ? AND action = 'UPDATE'")
                  .param(admin)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      mvc.perform(get("/risk/bands").with(as(admin, Role.SYSTEM_ADMIN)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("value=\"200\"")));
    } finally {
      // Back to the defaults (as a further version) for the other tests of the shared context.
      mvc.perform(
              post("/risk/bands/LEC")
                  .with(as(admin, Role.SYSTEM_ADMIN))
                  .with(csrf())
                  .param("bound", "320", "160", "70"))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(
            post("/api/v1/risk/lec")
                .with(as(leader, Role.DISTRICT_LEADER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"l\":6,\"e\":6,\"c\":7}"))
        .andExpect(jsonPath("$.colour").value("ORANGE"));
  }

  // --- pages ---

  @Test
  void pagesRenderInChineseAndEnglish() throws Exception {
    String staff = emergencyStaff();
    long id = createObject(staff, objectJson(unique("页面"), null, IN_CHENGXIANG, "13812345678"));
    for (String path :
        List.of(
            "/risk/objects",
            "/risk/objects/" + id,
            "/risk/objects/" + id + "/edit",
            "/risk/objects/new",
            "/risk/objects/import",
            "/risk/overview")) {
      mvc.perform(get(path).with(as(staff, Role.DEPARTMENT_STAFF)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("风险")));
      mvc.perform(get(path).param("lang", "en").with(as(staff, Role.DEPARTMENT_STAFF)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("isk")));
    }
    mvc.perform(
            get("/risk/objects")
                .param("colour", "NONE")
                .param("kind", "DUST_EXPLOSION")
                .param("town", CHENGXIANG)
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("页面")));
    mvc.perform(
            post("/risk/objects")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("name", "")
                .param("kind", "SPRAYING")
                .param("personNames", "孙八", "")
                .param("personPhones", "12", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写名称")))
        .andExpect(content().string(containsString("孙八 的电话号码无效")));
  }

  @Test
  void retiringOnThePageNeedsAReasonAndRightsAndTakesTheObjectOutOfListsAndPoints()
      throws Exception {
    String staff = emergencyStaff();
    String name = unique("注销对象");
    long id = createObject(staff, objectJson(name, null, IN_BEIGAN, "13812345678"));
    long point = addPoint(staff, id, "料仓");
    assess(staff, point, "{\"method\":\"LEC\",\"l\":10,\"e\":6,\"c\":7}", "RED");
    String version =
        JsonPath.read(
                mvc.perform(
                        get("/api/v1/risk/objects/" + id).with(as(staff, Role.DEPARTMENT_STAFF)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(),
                "$.version")
            .toString();
    String otherTown = account(Role.TOWN_STAFF); // 城厢; the object is in 北干

    mvc.perform(get("/risk/objects/" + id).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("注销风险对象")));
    mvc.perform(
            get("/risk/objects/" + id).param("lang", "en").with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Retire risk object")));
    mvc.perform(
            post("/risk/objects/" + id + "/retire")
                .with(as(otherTown, Role.TOWN_STAFF))
                .with(csrf())
                .param("version", version)
                .param("reason", "不是本镇的"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/risk/objects/" + id + "/retire")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("version", version)
                .param("reason", "  "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写注销原因")));
    mvc.perform(get("/api/v1/risk/points/" + point).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk());

    mvc.perform(
            post("/risk/objects/" + id + "/retire")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("version", version)
                .param("reason", "山塘已填埋"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/risk/objects/" + id).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/risk/points/" + point).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/risk/objects")
                .param("town", BEIGAN)
                .param("size", "200")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(name))));
    assertThat(
            jdbc.sql(
                    "SELECT current_colour IS NULL AND retired_at IS NOT NULL FROM risk_object"
                        + " WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
  }
}
