package org.shuzhi.efficiency.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.efficiency.TestYears;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages render in both languages and carry the import, method and run flows. */
class EfficiencyPagesIntegrationTest extends IntegrationTest {

  @Autowired EnterpriseDirectory directory;

  @Test
  void overviewImportMethodAndResultsPages() throws Exception {
    RequestPostProcessor bureau = staff("ECONOMY");
    RequestPostProcessor tax = staff("TAX");
    int year = TestYears.next();
    mvc.perform(post("/efficiency/years").param("year", "abc").with(bureau).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("年度须在 2000 至 2100 之间")));
    mvc.perform(post("/efficiency/years").param("year", "" + year).with(bureau).with(csrf()))
        .andExpect(redirectedUrl("/efficiency?year=" + year));
    String uscc = org.shuzhi.core.TestUsccs.newUscc();
    directory.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "页面测试企业",
                "张三",
                "13812345678",
                "C2614",
                true,
                CHENGXIANG,
                "测试路1号",
                null,
                null,
                CoordinateSystem.WGS84,
                BigDecimal.TEN,
                null,
                20,
                false)),
        "test");

    mvc.perform(get("/efficiency").param("year", "" + year).with(tax))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("数据完整度")))
        .andExpect(content().string(containsString("/efficiency/" + year + "/import/TAX")))
        .andExpect(content().string(not(containsString("/efficiency/" + year + "/import/LAND"))));
    mvc.perform(get("/efficiency").param("year", "" + year).param("lang", "en").with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Data completeness")));
    mvc.perform(get("/efficiency/" + year + "/import/TAX").with(tax))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/efficiency/import/TAX/template")));
    mvc.perform(get("/efficiency/" + year + "/import/LAND").with(tax))
        .andExpect(status().isForbidden());
    mvc.perform(get("/efficiency/import/TAX/template").with(tax)).andExpect(status().isOk());

    var bad =
        new MockMultipartFile(
            "file",
            "tax.xlsx",
            "application/octet-stream",
            TestWorkbooks.xlsx(
                List.of(List.of("统一社会信用代码", "企业名称", "实缴税金（万元）"), List.of(uscc, "页面测试企业", "很多"))));
    mvc.perform(multipart("/efficiency/" + year + "/import/TAX").file(bad).with(tax).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("“很多”不是有效的数字")));
    var good =
        new MockMultipartFile(
            "file",
            "tax.xlsx",
            "application/octet-stream",
            TestWorkbooks.xlsx(
                List.of(List.of("统一社会信用代码", "企业名称", "实缴税金（万元）"), List.of(uscc, "页面测试企业", 120))));
    mvc.perform(multipart("/efficiency/" + year + "/import/TAX").file(good).with(tax).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已导入 1 行")));

    mvc.perform(get("/efficiency/" + year + "/method/json").with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ABOVE_SCALE_INDUSTRY")));
    mvc.perform(
            post("/efficiency/" + year + "/method/json")
                .param("version", "0")
                .param("method", "{not json")
                .with(bureau)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("评价办法不是有效的 JSON")));

    String location =
        mvc.perform(post("/efficiency/" + year + "/runs").with(bureau).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    // the enterprise's own account sees its row only (others in scope come from other tests),
    // once the run is announced: a draft does not exist for it
    String owner = account(Role.ENTERPRISE_USER, java.util.Set.of(), uscc, false);
    mvc.perform(get(location).with(user(owner).roles(Role.ENTERPRISE_USER.name())))
        .andExpect(status().isNotFound());
    String runPath = location.replaceAll("[?#].*", "");
    long runId = Long.parseLong(runPath.substring(runPath.lastIndexOf('/') + 1));
    for (String to : java.util.List.of("REVIEW", "PUBLICITY")) {
      mvc.perform(
              post("/api/v1/efficiency/runs/" + runId + "/transitions")
                  .with(bureau)
                  .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                  .content("{\"to\":\"" + to + "\"}"))
          .andExpect(status().isOk());
    }
    mvc.perform(
            get(location)
                .param("group", "ABOVE_SCALE_INDUSTRY")
                .with(user(owner).roles(Role.ENTERPRISE_USER.name())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("页面测试企业")))
        .andExpect(content().string(containsString("共 1 家")));
    mvc.perform(get(location).param("lang", "en").with(bureau))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rank in group")));
    mvc.perform(get(location).param("group", "NOPE").with(bureau))
        .andExpect(status().isBadRequest());
  }

  private RequestPostProcessor staff(String department) {
    return user(departmentAccount(department)).roles(Role.DEPARTMENT_STAFF.name());
  }
}
