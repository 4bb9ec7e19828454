package org.shuzhi.efficiency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.efficiency.TestYears;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Evaluation years end to end: departments import their own templates (all-or-nothing, row by row
 * errors, provenance, correction history), the bureau edits the method and runs the evaluation, and
 * results are read within data scope.
 */
class EfficiencyDataIntegrationTest extends IntegrationTest {

  @Autowired EnterpriseDirectory directory;
  @Autowired JdbcClient jdbc;

  private RequestPostProcessor bureau;

  @Test
  void departmentsImportTheirFiguresAndARunScoresThem() throws Exception {
    int year = openYear();
    String a = register(CHENGXIANG, true, "C2614");
    String b = register(BEIGAN, true, "C3311");

    mvc.perform(get("/api/v1/efficiency/datasets/TAX/template").with(staff("TAX")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    importXlsx(
            year,
            "LAND",
            staff("NATURAL_RESOURCES"),
            List.of(
                List.of("统一社会信用代码", "企业名称", "用地面积（亩）", "不动产权证号", "地块编号"),
                List.of(a, "甲", 10, "浙(2024)萧山区不动产权第0000001号", "XS-01"),
                List.of(b, "乙", 30, "浙(2024)萧山区不动产权第0000002号", "XS-02")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(2));
    importXlsx(
            year,
            "TAX",
            staff("TAX"),
            List.of(
                List.of("统一社会信用代码", "企业名称", "实缴税金（万元）"), List.of(a, "甲", 40), List.of(b, "乙", 40)))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/efficiency/years/" + year + "/datasets/STATISTICS/rows")
                .with(staff("STATISTICS"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"rows":[{"uscc":"%s","addedValue":200,"revenue":1000,"rdSpending":30,"employees":50},
                             {"uscc":"%s","addedValue":300,"revenue":2000,"rdSpending":40,"employees":60}]}
                    """
                        .formatted(a, b)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(2));

    // provenance: the tax value names the tax bureau's file and importer
    var provenance =
        jdbc.sql(
                "SELECT i.department, i.file_name, i.channel FROM efficiency_enterprise e"
                    + " JOIN efficiency_import i ON i.id = e.tax_src WHERE e.year = ? AND e.uscc = ?")
            .params(year, a)
            .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
            .single();
    assertThat(provenance).isEqualTo("TAX|TAX.xlsx|EXCEL");

    // a correction keeps the old value in the history
    importXlsx(
            year,
            "TAX",
            staff("TAX"),
            List.of(List.of("统一社会信用代码", "企业名称", "实缴税金（万元）"), List.of(a, "甲", 50)))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql(
                    "SELECT old_value || '>' || new_value FROM efficiency_value_history"
                        + " WHERE year = ? AND uscc = ? AND field = 'tax'")
                .params(year, a)
                .query(String.class)
                .list())
        .containsExactly("40>50");

    String run =
        mvc.perform(post("/api/v1/efficiency/years/" + year + "/runs").with(bureau()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.version").value(1))
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long runId = Long.parseLong(run.replaceAll(".*\"id\":(\\d+).*", "$1"));

    // tax/mu benchmark of the group = (50 + 40) / (10 + 30) = 2.25; a: 5 → 30 × 5 / 2.25 = 66.67,
    // capped at 60 (2 × weight); b: 1.333 → 17.78
    mvc.perform(
            get("/api/v1/efficiency/runs/" + runId + "/results")
                .param("group", "ABOVE_SCALE_INDUSTRY")
                .param("size", "500")
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.results[?(@.uscc=='" + a + "')].items[?(@.code=='TAX_PER_MU')].benchmark")
                .value(contains(closeTo(2.25, 1e-9))))
        .andExpect(
            jsonPath("$.results[?(@.uscc=='" + a + "')].items[?(@.code=='TAX_PER_MU')].score")
                .value(contains(closeTo(60.0, 1e-9))))
        .andExpect(
            jsonPath("$.results[?(@.uscc=='" + b + "')].items[?(@.code=='TAX_PER_MU')].score")
                .value(contains(closeTo(30 * (40.0 / 30) / 2.25, 1e-9))));

    // data scope: town staff of 城厢 see a only; b's enterprise user sees b only
    String town = account(Role.TOWN_STAFF);
    mvc.perform(
            get("/api/v1/efficiency/runs/" + runId + "/results")
                .param("size", "500")
                .with(user(town).roles("TOWN_STAFF")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[?(@.uscc=='" + a + "')]", hasSize(1)))
        .andExpect(jsonPath("$.results[?(@.uscc=='" + b + "')]", hasSize(0)))
        .andExpect(jsonPath("$.results[?(@.townCode!='" + CHENGXIANG + "')]", hasSize(0)));
    // an enterprise sees a run once it is announced (in publicity), no draft
    String owner = account(Role.ENTERPRISE_USER, Set.of(), b, false);
    mvc.perform(
            get("/api/v1/efficiency/runs/" + runId + "/results")
                .with(user(owner).roles("ENTERPRISE_USER")))
        .andExpect(status().isNotFound());
    announce(runId);
    mvc.perform(
            get("/api/v1/efficiency/runs/" + runId + "/results")
                .with(user(owner).roles("ENTERPRISE_USER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.results[0].uscc").value(b));
  }

  @Test
  void aFileWithBadRowsIsRefusedWholeWithEveryProblem() throws Exception {
    int year = openYear();
    String a = register(CHENGXIANG, true, "C2614");
    String b = register(CHENGXIANG, false, "C2614");
    String c = register(CHENGXIANG, false, "C2614");
    String unknown = newUscc();
    importXlsx(
            year,
            "TAX",
            staff("TAX"),
            List.of(List.of("统一社会信用代码", "企业名称", "实缴税金（万元）"), List.of(c, "丙", 5)))
        .andExpect(status().isOk());

    importXlsx(
            year,
            "LAND",
            staff("NATURAL_RESOURCES"),
            List.of(
                List.of("统一社会信用代码", "企业名称", "用地面积（亩）", "不动产权证号", "地块编号"),
                List.of(a, "甲", 10, "", ""),
                List.of(unknown, "未知", 5, "", ""),
                List.of(a, "甲", 12, "", ""),
                List.of(b, "乙", -3, "", ""),
                List.of(c, "丙", 0, "", "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.imported").value(0))
        .andExpect(jsonPath("$.errors", hasSize(4)))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("企业库中没有")))
        .andExpect(jsonPath("$.errors[1].row").value(4))
        .andExpect(jsonPath("$.errors[1].message").value(containsString("重复")))
        .andExpect(jsonPath("$.errors[2].column").value("用地面积（亩）"))
        .andExpect(jsonPath("$.errors[2].message").value(containsString("不能为负数")))
        .andExpect(jsonPath("$.errors[3].message").value(containsString("用地面积为 0 却有税收")));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM efficiency_enterprise WHERE year = ? AND land_area_mu"
                        + " IS NOT NULL AND uscc IN (?, ?, ?)")
                .params(year, a, b, c)
                .query(Integer.class)
                .single())
        .isZero();

    mvc.perform(
            post("/api/v1/efficiency/years/" + year + "/datasets/POWER/rows")
                .with(staff("POWER"))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rows\":[{\"uscc\":\"%s\",\"electricityKwh\":\"many\"}]}".formatted(a)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].column").value("electricityKwh"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("many")));
  }

  @Test
  void anotherDepartmentsTemplateGetsOneClearMessageAndOnlyOwnDatasetsAreAllowed()
      throws Exception {
    int year = openYear();
    String a = register(CHENGXIANG, true, "C2614");
    importXlsx(
            year,
            "TAX",
            staff("TAX"),
            List.of(
                List.of("统一社会信用代码", "企业名称", "用地面积（亩）", "不动产权证号", "地块编号"),
                List.of(a, "甲", 10, "", "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("这是“用地（自然资源）”的模板")));
    importXlsx(
            year,
            "LAND",
            staff("TAX"),
            List.of(
                List.of("统一社会信用代码", "企业名称", "用地面积（亩）", "不动产权证号", "地块编号"),
                List.of(a, "甲", 10, "", "")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theMethodIsEditedByTheBureauOnlyWithValidWeights() throws Exception {
    int year = openYear();
    String method =
        mvc.perform(get("/api/v1/efficiency/years/" + year + "/method").with(bureau()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.version").value(0))
            .andExpect(jsonPath("$.method.groups[0].indicators[0].weight").value(30.0))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String body =
        method.substring(method.indexOf("\"method\":") + 9, method.lastIndexOf(",\"version\""));
    String bad = body.replaceFirst("\"weight\":30\\.0", "\"weight\":35.0");
    mvc.perform(
            put("/api/v1/efficiency/years/" + year + "/method")
                .with(bureau())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"method\":" + bad + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("the weights add up to 105")));
    mvc.perform(
            put("/api/v1/efficiency/years/" + year + "/method")
                .with(staff("TAX"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"method\":" + body + "}"))
        .andExpect(status().isForbidden());
    String changed =
        body.replaceFirst("\"weight\":30\\.0", "\"weight\":35.0")
            .replaceFirst("\"weight\":20\\.0", "\"weight\":15.0");
    mvc.perform(
            put("/api/v1/efficiency/years/" + year + "/method")
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"method\":" + changed + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.method.groups[0].indicators[0].weight").value(35.0));
    mvc.perform(
            put("/api/v1/efficiency/years/" + year + "/method")
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"method\":" + changed + "}"))
        .andExpect(status().isConflict());
  }

  private int openYear() throws Exception {
    int year = TestYears.next();
    mvc.perform(
            post("/api/v1/efficiency/years")
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\":" + year + "}"))
        .andExpect(status().isCreated());
    return year;
  }

  private org.springframework.test.web.servlet.ResultActions importXlsx(
      int year, String dataset, RequestPostProcessor as, List<List<?>> rows) throws Exception {
    var file =
        new MockMultipartFile(
            "file",
            dataset + ".xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            TestWorkbooks.xlsx(rows));
    return mvc.perform(
        multipart("/api/v1/efficiency/years/" + year + "/datasets/" + dataset + "/import")
            .file(file)
            .with(as));
  }

  /** Registers an enterprise; enterprises registered after a year opens join it on import. */
  private String register(String town, boolean aboveScale, String industry) {
    String uscc = newUscc();
    directory.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "亩均测试" + uscc.substring(10),
                "张三",
                "13812345678",
                industry,
                aboveScale,
                town,
                "测试路1号",
                null,
                null,
                CoordinateSystem.WGS84,
                BigDecimal.TEN,
                null,
                20,
                false)),
        "test");
    return uscc;
  }

  private RequestPostProcessor bureau() {
    if (bureau == null) {
      bureau = staff("ECONOMY");
    }
    return bureau;
  }

  private RequestPostProcessor staff(String department) {
    return user(departmentAccount(department)).roles(Role.DEPARTMENT_STAFF.name());
  }

  /** Review, then publicity: through the workflow API, as the bureau. */
  private void announce(long runId) throws Exception {
    for (String to : List.of("REVIEW", "PUBLICITY")) {
      mvc.perform(
              post("/api/v1/efficiency/runs/" + runId + "/transitions")
                  .with(bureau)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"to\":\"" + to + "\"}"))
          .andExpect(status().isOk());
    }
  }
}
