package org.shuzhi.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every page renders for the roles that use it, in both languages, with the role's menu. */
class PagesRenderIntegrationTest extends IntegrationTest {

  private RequestPostProcessor as(Role role) {
    return user(account(role)).roles(role.name());
  }

  @Test
  void businessPagesRenderInChineseAndEnglish() throws Exception {
    var staff = as(Role.DEPARTMENT_STAFF);
    for (String path :
        new String[] {
          "/",
          "/map?focus=1",
          "/enterprises?q=%E6%9D%AD&town=330109001",
          "/enterprises/new",
          "/enterprises/import"
        }) {
      mvc.perform(get(path).with(staff))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("企业库")));
      mvc.perform(get(path).param("lang", "en").with(staff))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Enterprises")));
    }
    mvc.perform(get("/map/layers").with(staff).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk());
    mvc.perform(get("/map/towns.geojson").with(staff)).andExpect(status().isOk());
  }

  @Test
  void theSharedImportPageShowsFileProblemsAndRowProblems() throws Exception {
    var staff = as(Role.DEPARTMENT_STAFF);
    byte[] wrongColumns;
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      wb.createSheet().createRow(0).createCell(0).setCellValue("名称");
      wb.write(out);
      wrongColumns = out.toByteArray();
    }
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/enterprises/import")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "e.xlsx", null, wrongColumns))
                .with(staff)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("未知的列“名称”")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("下载模板")));
    byte[] badRow;
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      var header = wb.createSheet().createRow(0);
      String[] headers = {
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
        "从业人数"
      };
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      header.getSheet().createRow(1).createCell(0).setCellValue("not-a-code");
      wb.write(out);
      badRow = out.toByteArray();
    }
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/enterprises/import")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "e.xlsx", null, badRow))
                .with(staff)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"import-errors\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("未导入任何数据")));
  }

  @Test
  void theMenuShowsOnlyWhatTheRoleMayUse() throws Exception {
    mvc.perform(get("/").with(as(Role.TOWN_STAFF)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("/enterprises")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("href=\"/audit\""))));
    mvc.perform(get("/").with(as(Role.AUDIT_ADMIN)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/audit\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("href=\"/enterprises\""))));
  }

  @Test
  void apiDocsAndMetricsAreForAdminsOnly() throws Exception {
    mvc.perform(get("/v3/api-docs").with(as(Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/enterprises")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/auth/token")));
    mvc.perform(get("/v3/api-docs").with(as(Role.DISTRICT_LEADER)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/swagger-ui.html").with(as(Role.TOWN_STAFF)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(as(Role.DISTRICT_LEADER)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus").with(as(Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory")));
  }

  @Test
  void errorsArePagesNotStackTraces() throws Exception {
    mvc.perform(get("/enterprises/999999999").with(as(Role.DISTRICT_LEADER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("登录")));
    // Pages stay Chinese for English browsers until the user switches.
    mvc.perform(get("/login").header("Accept-Language", "en"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("登录")));
    mvc.perform(get("/login").header("Accept-Language", "en").param("lang", "en"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
  }
}
