package org.shuzhi.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class EnterpriseIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;

  private RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  private String json(String uscc, String town, double lon, double lat) {
    return """
        {"uscc":"%s","name":"测试企业%s","legalRepresentative":"张三","contactPhone":"13812345678",
         "industryCode":"C2822","aboveScale":true,"townCode":"%s","address":"测试路1号",
         "lon":%s,"lat":%s,"coordinateSystem":"WGS84","landAreaMu":30,"employees":120}
        """
        .formatted(uscc, uscc.substring(10), town, lon, lat);
  }

  private long create(String staff, String uscc, String town, double lon, double lat)
      throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/enterprises")
                    .with(as(staff, Role.DEPARTMENT_STAFF))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json(uscc, town, lon, lat)))
            .andReturn()
            .getResponse();
    String body = response.getContentAsString();
    assertThat(response.getStatus()).as(body).isEqualTo(201);
    return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  @Test
  void createShowsMaskedPhoneAndWritesAnAuditRowWithBeforeAndAfter() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    String uscc = newUscc();
    long id = create(staff, uscc, CHENGXIANG, 120.2484, 30.1673);
    mvc.perform(get("/api/v1/enterprises/" + id).with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contactPhoneMasked").value("138****5678"))
        .andExpect(jsonPath("$.landAreaM2").value(20000.0))
        .andExpect(jsonPath("$.townCode").value(CHENGXIANG));
    String after =
        jdbc.sql(
                "SELECT after_state::text FROM audit_event WHERE target_id = ? AND action = 'CREATE'")
            .param(uscc)
            .query(String.class)
            .single();
    assertThat(after).contains("138****5678").doesNotContain("13812345678");
  }

  @Test
  void aTownUserSeesOnlyItsOwnTownThroughApiAndPages() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    long own = create(staff, newUscc(), CHENGXIANG, 120.2484, 30.1673);
    long other = create(staff, newUscc(), BEIGAN, 120.2613, 30.1921);
    String town = account(Role.TOWN_STAFF);
    mvc.perform(get("/api/v1/enterprises/" + own).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/enterprises/" + other).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/enterprises/" + other).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/enterprises/" + other)
                .with(as(town, Role.TOWN_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\":0,\"enterprise\":"
                        + json(newUscc(), BEIGAN, 120.2613, 30.1921)
                        + "}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/enterprises/" + other)
                .with(as(town, Role.TOWN_STAFF))
                .with(csrf())
                .param("name", "改名"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/enterprises").param("size", "200").with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[*].townCode")
                .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(CHENGXIANG))));
    // Nothing changed.
    assertThat(
            jdbc.sql("SELECT version FROM enterprise WHERE id = ?")
                .param(other)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void anEnterpriseUserSeesOnlyItsEnterprise() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    String uscc = newUscc();
    long own = create(staff, uscc, CHENGXIANG, 120.2484, 30.1673);
    long other = create(staff, newUscc(), CHENGXIANG, 120.2484, 30.1673);
    String ent = account(Role.ENTERPRISE_USER, Set.of(), uscc, false);
    mvc.perform(get("/api/v1/enterprises/" + own).with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/enterprises/" + other).with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/enterprises").with(as(ent, Role.ENTERPRISE_USER)))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void invalidInputIsRefusedFieldByFieldInTheCallersLanguageAndChangesNothing() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    long before = jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();
    String good = newUscc();
    String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    mvc.perform(
            post("/api/v1/enterprises")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(badCheck, CHENGXIANG, 120.2484, 30.1673)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("uscc"))
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("第18位")));
    mvc.perform(
            post("/api/v1/enterprises")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(newUscc(), "", 121.5, 31.2)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lon"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("outside Xiaoshan")));
    mvc.perform(
            post("/api/v1/enterprises")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(newUscc(), "330109999", 120.2484, 30.1673)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("townCode"));
    assertThat(jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void gcj02InputIsStoredAsWgs84AndTheTownIsDerived() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    // 城厢街道's label point, shifted into GCJ-02 (~+0.0045° lon, -0.0024° lat here).
    var gcj =
        new org.shuzhi.core.CoordinateConverter()
            .fromWgs84(
                new org.shuzhi.core.GeoPoint(120.2484, 30.1673),
                org.shuzhi.core.CoordinateSystem.GCJ02);
    String body = json(newUscc(), "", gcj.lon(), gcj.lat()).replace("\"WGS84\"", "\"GCJ02\"");
    mvc.perform(
            post("/api/v1/enterprises")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lon").value(org.hamcrest.Matchers.closeTo(120.2484, 0.00002)))
        .andExpect(jsonPath("$.lat").value(org.hamcrest.Matchers.closeTo(30.1673, 0.00002)))
        .andExpect(jsonPath("$.townCode").value(CHENGXIANG));
  }

  @Test
  void plaintextPhoneNeedsThePermissionAndEveryRevealIsAudited() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    long id = create(staff, newUscc(), CHENGXIANG, 120.2484, 30.1673);
    mvc.perform(
            post("/api/v1/enterprises/" + id + "/contact-phone/reveal")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isForbidden());
    String permitted = account(Role.DEPARTMENT_STAFF, Set.of(), null, true);
    mvc.perform(
            post("/api/v1/enterprises/" + id + "/contact-phone/reveal")
                .with(as(permitted, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contactPhone").value("13812345678"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = ? AND action = 'PII_REVEAL'")
                .param(permitted)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void textSearchCountsStopAtTheCapWhileFilterCountsStayExact(
      @Autowired org.shuzhi.enterprise.EnterpriseDirectory directory) throws Exception {
    String marker = "计数" + Long.toString(System.nanoTime(), 36);
    List<org.shuzhi.enterprise.EnterpriseDraft> drafts = new java.util.ArrayList<>();
    for (int i = 0; i < EnterpriseRepository.COUNT_CAP + 5; i++) {
      drafts.add(
          new org.shuzhi.enterprise.EnterpriseDraft(
              newUscc(),
              marker + "公司" + i,
              null,
              null,
              "C3670",
              false,
              BEIGAN,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              false));
    }
    directory.registerAll(drafts, "test");
    String leader = account(Role.DISTRICT_LEADER);
    mvc.perform(
            get("/api/v1/enterprises").param("q", marker).with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(jsonPath("$.total").value(EnterpriseRepository.COUNT_CAP + 1))
        .andExpect(jsonPath("$.totalCapped").value(true));
    long exact =
        jdbc.sql("SELECT count(*) FROM enterprise WHERE town_code = ?")
            .param(BEIGAN)
            .query(Long.class)
            .single();
    mvc.perform(
            get("/api/v1/enterprises").param("town", BEIGAN).with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(jsonPath("$.total").value(exact))
        .andExpect(jsonPath("$.totalCapped").value(false));
  }

  // --- Excel ---

  private static final List<Object> HEADERS =
      List.of(
          "统一社会信用代码",
          "企业名称",
          "法定代表人",
          "联系电话",
          "行业代码",
          "是否规上",
          "镇街代码",
          "地址",
          "经度",
          "纬度",
          "坐标系",
          "用地面积（亩）",
          "从业人数");

  private List<Object> row(String uscc, String phone, Object lon) {
    return java.util.Arrays.asList(
        uscc,
        "导入企业" + uscc.substring(12),
        "李四",
        phone,
        "C3670",
        "是",
        CHENGXIANG,
        "导入路2号",
        lon,
        30.1673,
        "WGS84",
        12.5,
        50);
  }

  @Test
  void importStoresAllRowsOrNoneAndReportsEveryBadRow() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    String a = newUscc();
    String b = newUscc();
    byte[] bad =
        TestWorkbooks.xlsx(
            List.of(
                HEADERS,
                row(a, "13800000000", 120.2484),
                row("91330109BADCODE00", "123", 120.2484),
                row(b, "13900000000", 999.0)));
    mvc.perform(
            multipart("/api/v1/enterprises/import")
                .file(new MockMultipartFile("file", "e.xlsx", null, bad))
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '统一社会信用代码')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '联系电话')]").exists())
        .andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == '经度')]").exists());
    assertThat(
            jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc = ?")
                .param(a)
                .query(Long.class)
                .single())
        .isZero();

    byte[] good =
        TestWorkbooks.xlsx(
            List.of(HEADERS, row(a, "13800000000", 120.2484), row(b, "0571-82881234", 120.25)));
    mvc.perform(
            multipart("/api/v1/enterprises/import")
                .file(new MockMultipartFile("file", "e.xlsx", null, good))
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(2));
    assertThat(
            jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc IN (?, ?)")
                .param(a)
                .param(b)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void importRefusesWrongColumnsNonExcelAndZipBombs() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    byte[] wrongColumns = TestWorkbooks.xlsx(List.of(List.of("名称", "电话"), List.of("x", "y")));
    mvc.perform(
            multipart("/api/v1/enterprises/import")
                .file(new MockMultipartFile("file", "e.xlsx", null, wrongColumns))
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.message =~ /.*未知的列.*/)]").exists())
        .andExpect(jsonPath("$.errors[?(@.message =~ /.*缺少列.*/)]").exists());
    mvc.perform(
            multipart("/api/v1/enterprises/import")
                .file(new MockMultipartFile("file", "e.xlsx", null, "not a zip".getBytes()))
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isBadRequest());
    // 200 MB of zeros compress to about 200 KB: refused before it is inflated.
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    mvc.perform(
            multipart("/api/v1/enterprises/import")
                .file(new MockMultipartFile("file", "bomb.xlsx", null, bomb.toByteArray()))
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("压缩炸弹")));
    // A 50 MB upload is refused by size.
    byte[] huge = new byte[50 * 1024 * 1024];
    mvc.perform(
            multipart("/api/v1/enterprises/import")
                .file(new MockMultipartFile("file", "big.xlsx", null, huge))
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void templateRoundTripsAndExportEscapesFormulasAndMasksPhones() throws Exception {
    String staff = account(Role.DEPARTMENT_STAFF);
    byte[] template =
        mvc.perform(get("/enterprises/import/template").with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
    }
    String uscc = newUscc();
    String body =
        json(uscc, CHENGXIANG, 120.2484, 30.1673)
            .replace("\"张三\"", "\"=HYPERLINK(\\\"http://evil\\\")\"");
    mvc.perform(
            post("/api/v1/enterprises")
                .with(as(staff, Role.DEPARTMENT_STAFF))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
    byte[] export =
        mvc.perform(
                get("/enterprises/export").param("q", uscc).with(as(staff, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
      var row = wb.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(uscc);
      assertThat(row.getCell(2).getStringCellValue()).startsWith("'=HYPERLINK");
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("138****5678");
    }
    mvc.perform(
            get("/enterprises/export")
                .param("plaintext", "true")
                .with(as(staff, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isForbidden());
  }
}
