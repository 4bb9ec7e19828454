package org.shuzhi.command.internal.resources;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Pages, REST, data scope and Excel of the resource registries. */
class CommandWebIntegrationTest extends IntegrationTest {

  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;

  private RequestPostProcessor emergency() {
    return user(departmentAccount("EMERGENCY")).roles("DEPARTMENT_STAFF");
  }

  private double[] point(String town) {
    var t = areas.town(town).orElseThrow();
    return new double[] {t.labelLon(), t.labelLat()};
  }

  private String teamJson(String name, String town) {
    double[] p = point(town);
    return """
        {"name":"%s","kind":"FIRE","headcount":20,"equipment":["水罐车"],"lon":%s,"lat":%s,
         "contactName":"张三","contactPhone":"13800138000","dutyState":"ON_DUTY"}"""
        .formatted(name, p[0], p[1]);
  }

  @Test
  void teamsAreCreatedByEmergencyStaffAndSeenWithinTheScope() throws Exception {
    String beigan = "北干队-" + UUID.randomUUID().toString().substring(0, 6);
    mvc.perform(
            post("/api/v1/command/teams")
                .with(emergency())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(teamJson(beigan, BEIGAN)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.townCode").value(BEIGAN))
        .andExpect(jsonPath("$.contactPhoneMasked").value("138****8000"));
    var townStaff = user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF");
    mvc.perform(get("/api/v1/command/teams").param("name", beigan).with(townStaff))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/command/teams").param("name", beigan).with(emergency()))
        .andExpect(jsonPath("$.total").value(1));
    // Town staff of 城厢 may not create a team in 北干.
    mvc.perform(
            post("/api/v1/command/teams")
                .with(townStaff)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(teamJson("x", BEIGAN)))
        .andExpect(status().isForbidden());
    // Outside the district: refused with the field named.
    mvc.perform(
            post("/api/v1/command/teams")
                .with(emergency())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name":"x","kind":"FIRE","headcount":0,"lon":116.4,"lat":39.9}"""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("headcount")))
        .andExpect(content().string(containsString("lon")));
    var enterprise = user(account(Role.ENTERPRISE_USER)).roles("ENTERPRISE_USER");
    mvc.perform(get("/api/v1/command/teams").with(enterprise)).andExpect(status().isForbidden());
  }

  @Test
  void pagesRenderInBothLanguages() throws Exception {
    var staff = emergency();
    for (String path :
        List.of(
            "/command/teams",
            "/command/warehouses",
            "/command/stock?warning=ANY",
            "/command/shelters",
            "/command/duty",
            "/command/plans",
            "/command/shelters/import")) {
      mvc.perform(get(path).with(staff)).andExpect(status().isOk());
      mvc.perform(get(path).param("lang", "en").with(staff)).andExpect(status().isOk());
    }
    mvc.perform(get("/command/teams").param("kind", "NOPE").with(staff))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/map/layers").with(staff).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", hasItem("command-shelters")));
  }

  @Test
  void shelterImportIsAllOrNothingAndExportListsTheRows() throws Exception {
    double[] p = point(CHENGXIANG);
    String good = "导入场所-" + UUID.randomUUID().toString().substring(0, 6);
    List<String> header =
        List.of("名称", "级别", "地址", "经度", "纬度", "可用面积（㎡）", "当前安置人数", "负责人", "负责人电话");
    byte[] bad =
        TestWorkbooks.xlsx(
            List.of(
                header,
                List.of(good, "村社级", "", "" + p[0], "" + p[1], "300", "0", "", ""),
                List.of("坏行", "省级", "", "116.4", "39.9", "-1", "0", "", "")));
    mvc.perform(
            multipart("/api/v1/command/shelters/import")
                .file(new MockMultipartFile("file", "s.xlsx", null, bad))
                .with(emergency())
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors[*].row", hasItem(3)))
        .andExpect(content().string(not(containsString("\"row\":2"))));
    long before =
        jdbc.sql("SELECT count(*) FROM command_shelter WHERE name = ?")
            .param(good)
            .query(Long.class)
            .single();
    org.assertj.core.api.Assertions.assertThat(before).isZero();
    byte[] ok =
        TestWorkbooks.xlsx(
            List.of(
                header, List.of(good, "VILLAGE", "", "" + p[0], "" + p[1], "300", "10", "", "")));
    mvc.perform(
            multipart("/api/v1/command/shelters/import")
                .file(new MockMultipartFile("file", "s.xlsx", null, ok))
                .with(emergency())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(1));
    mvc.perform(get("/api/v1/command/shelters").param("name", good).with(emergency()))
        .andExpect(jsonPath("$.items[0].capacity").value(200))
        .andExpect(jsonPath("$.items[0].free").value(190));
    mvc.perform(get("/command/shelters/export").param("name", good).with(emergency()))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Content-Disposition", containsString("command-shelters")));
  }
}
