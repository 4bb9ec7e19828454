package org.shuzhi.efficiency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.efficiency.EfficiencyClass;
import org.shuzhi.efficiency.EfficiencyIncentives;
import org.shuzhi.efficiency.EfficiencyResultsPublished;
import org.shuzhi.efficiency.EnterpriseIncentive;
import org.shuzhi.efficiency.TestYears;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Differentiated policies (economy.md §1.5): the year's policy table edited by the bureau with
 * validation and history, the water company's dataset, surcharges computed from consumption within
 * data scope, the utilities' export from a published run only, and the A/B incentive list made when
 * results are published.
 */
class PolicyIntegrationTest extends IntegrationTest {

  @Autowired EnterpriseDirectory directory;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired EfficiencyIncentives incentives;

  private RequestPostProcessor bureau;

  /** A year with four enterprises of known class and figures, evaluated in one run. */
  private record Setup(int year, long runId, String a, String b, String c, String d) {}

  @Test
  void surchargesOfAClassDEnterpriseAreConsumptionTimesTheDefaultRates() throws Exception {
    Setup s = setUp();

    // D (default rates 0.3 yuan/kWh, 1.0 yuan/m³, 300 yuan/eq. t), by hand:
    // 1,234,567 kWh × 0.3 = 370,370.10; 45,678 m³ × 1.0 = 45,678.00; 12.5 eq. t × 300 = 3,750.00;
    // total 419,798.10. C (0.1, 0.5, 100): 100,000 × 0.1 = 10,000.00, no water delivered,
    // 2 × 100 = 200.00; total 10,200.00.
    mvc.perform(
            get("/api/v1/efficiency/years/" + s.year() + "/surcharges")
                .param("run", String.valueOf(s.runId()))
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.charged").value(2))
        .andExpect(jsonPath("$.lines[?(@.uscc=='" + s.d() + "')].electricity").value(370370.10))
        .andExpect(jsonPath("$.lines[?(@.uscc=='" + s.d() + "')].water").value(45678.00))
        .andExpect(jsonPath("$.lines[?(@.uscc=='" + s.d() + "')].emissionAmount").value(3750.00))
        .andExpect(jsonPath("$.lines[?(@.uscc=='" + s.d() + "')].total").value(419798.10))
        .andExpect(jsonPath("$.lines[?(@.uscc=='" + s.c() + "')].total").value(10200.00))
        .andExpect(jsonPath("$.lines[?(@.uscc=='" + s.c() + "')].incomplete").value(true))
        .andExpect(jsonPath("$.lines[?(@.uscc=='" + s.a() + "')]", hasSize(0)))
        .andExpect(jsonPath("$.byClass[?(@.key=='D')].total").value(419798.10))
        .andExpect(jsonPath("$.byClass[?(@.key=='A')].enterprises").value(1))
        .andExpect(jsonPath("$.byClass[?(@.key=='A')].total").value(0.0))
        .andExpect(jsonPath("$.byTown[?(@.key=='" + CHENGXIANG + "')].total").value(419798.10))
        .andExpect(jsonPath("$.byTown[?(@.key=='" + BEIGAN + "')].total").value(10200.00))
        .andExpect(jsonPath("$.overall.total").value(429998.10));

    // town staff of 城厢 see d (their town) and not c (北干)
    String town = account(Role.TOWN_STAFF);
    mvc.perform(
            get("/api/v1/efficiency/years/" + s.year() + "/surcharges")
                .param("run", String.valueOf(s.runId()))
                .with(user(town).roles("TOWN_STAFF")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.charged").value(1))
        .andExpect(jsonPath("$.lines[0].uscc").value(s.d()))
        .andExpect(jsonPath("$.byTown", hasSize(1)))
        .andExpect(jsonPath("$.byClass[?(@.key=='C')].enterprises").value(0))
        .andExpect(jsonPath("$.overall.total").value(419798.10));

    // the page (default run = the year's current one) shows the same figures
    mvc.perform(get("/efficiency/years/" + s.year() + "/surcharges").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("370,370.10")))
        .andExpect(content().string(containsString("419,798.10")))
        .andExpect(content().string(containsString("该评价尚未发布")));
  }

  @Test
  void theUtilitiesListIsExportedFromAPublishedRunOnly() throws Exception {
    Setup s = setUp();
    String url = "/api/v1/efficiency/years/" + s.year() + "/surcharges/export";

    mvc.perform(get(url).param("run", String.valueOf(s.runId())).with(bureau()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("只能导出已发布的评价结果")));
    mvc.perform(
            get("/efficiency/years/" + s.year() + "/surcharges/export")
                .param("run", String.valueOf(s.runId()))
                .with(bureau()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("差别化价格按已发布的分类执行")));

    publish(s.runId());
    mvc.perform(get(url).with(user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF")))
        .andExpect(status().isForbidden());
    byte[] file =
        mvc.perform(get(url).with(bureau()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      Sheet electricity = workbook.getSheetAt(0);
      assertThat(electricity.getSheetName()).isEqualTo("差别化电价");
      assertThat(texts(electricity.getRow(0)))
          .containsExactly("统一社会信用代码", "企业", "类别", "用电量（千瓦时）", "加价标准（元/千瓦时）", "加收金额（元）");
      assertThat(rows(electricity))
          .containsExactlyInAnyOrder(
              List.of(s.c(), "测试C", "C", 100000.0, 0.1, 10000.0),
              List.of(s.d(), "测试D", "D", 1234567.0, 0.3, 370370.1));
      // c delivered no water: not on the water company's list
      assertThat(rows(workbook.getSheetAt(1)))
          .containsExactly(List.of(s.d(), "测试D", "D", 45678.0, 1.0, 45678.0));
      assertThat(rows(workbook.getSheetAt(2)))
          .containsExactlyInAnyOrder(
              List.of(s.c(), "测试C", "C", 2.0, 100.0, 200.0),
              List.of(s.d(), "测试D", "D", 12.5, 300.0, 3750.0));
    }
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE action = 'EXPORT'"
                        + " AND target_type = 'efficiency_surcharge' AND target_id = ?")
                .param(String.valueOf(s.runId()))
                .query(String.class)
                .list())
        .containsExactly("year " + s.year() + " v1: electricity 2, water 1, emission 2 rows");
  }

  @Test
  void policiesAreEditedByTheBureauOnlyValidatedAndKeptInTheHistory() throws Exception {
    int year = openYear();
    String url = "/api/v1/efficiency/years/" + year + "/policies";
    mvc.perform(get(url).with(bureau()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.defaults").value(true))
        .andExpect(jsonPath("$.classes[3].efficiencyClass").value("D"))
        .andExpect(jsonPath("$.classes[3].electricitySurcharge").value(0.3))
        .andExpect(jsonPath("$.rebates[0].basis").value("TAX_PERCENT"));

    mvc.perform(get("/efficiency/years/" + year + "/policies").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("本年度尚未设定，使用系统默认值")))
        .andExpect(content().string(containsString("亩均效益领跑奖励")));

    String bad = policyJson(0, "-0.2", "120");
    mvc.perform(put(url).with(bureau()).contentType(MediaType.APPLICATION_JSON).content(bad))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(2)))
        .andExpect(jsonPath("$.errors[0].message").value("A 类：城镇土地使用税减免（%）须在 0 至 100 之间（现为 120）"))
        .andExpect(jsonPath("$.errors[1].message").value("C 类：差别化电价（元/千瓦时）不能为负数（-0.2）"));
    mvc.perform(
            put(url)
                .with(bureau())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(bad))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[1].message")
                .value("Class C: Electricity surcharge (yuan/kWh) cannot be negative (-0.2)"));
    mvc.perform(
            put(url)
                .with(staff("TAX"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(policyJson(0, "0.2", "80")))
        .andExpect(status().isForbidden());
    assertThat(countRows("efficiency_policy", year)).isZero();

    mvc.perform(
            put(url)
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content(policyJson(0, "0.2", "80")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.defaults").value(false))
        .andExpect(jsonPath("$.classes[0].landUseTaxReliefPercent").value(80.0))
        .andExpect(jsonPath("$.classes[2].electricitySurcharge").value(0.2))
        .andExpect(jsonPath("$.rebates[0].basis").value("FIXED"));
    mvc.perform(
            put(url)
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content(policyJson(0, "0.25", "80")))
        .andExpect(status().isConflict());
    var history =
        jdbc.sql(
                "SELECT old_policy #>> '{classes,2,electricitySurcharge}',"
                    + " new_policy #>> '{classes,2,electricitySurcharge}', changed_by"
                    + " FROM efficiency_policy_history WHERE year = ?")
            .param(year)
            .query((rs, n) -> rs.getString(1) + ">" + rs.getString(2) + "|" + rs.getString(3))
            .list();
    assertThat(history).hasSize(1);
    assertThat(history.get(0)).startsWith("0.1>0.2|department-staff-");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE action = 'UPDATE'"
                        + " AND target_type = 'efficiency_policy' AND target_id = ?")
                .param(String.valueOf(year))
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    // the form: a relief of 150 % is refused with the message and nothing changes
    var form =
        post("/efficiency/years/" + year + "/policies")
            .with(bureau())
            .with(csrf())
            .param("version", "1")
            .param("rebate.name", "领跑奖")
            .param("rebate.class", "A")
            .param("rebate.basis", "FIXED")
            .param("rebate.rate", "30000")
            .param("rebate.cap", "");
    for (String letter : List.of("A", "B", "C", "D")) {
      form.param(letter + ".electricitySurcharge", letter.equals("D") ? "0.35" : "0")
          .param(letter + ".waterSurcharge", "0")
          .param(letter + ".emissionSurcharge", "0")
          .param(letter + ".landUseTaxReliefPercent", letter.equals("A") ? "150" : "0")
          .param(letter + ".energyQuotaChangePercent", "0")
          .param(letter + ".emissionQuotaChangePercent", "0");
    }
    mvc.perform(form)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("须在 0 至 100 之间（现为 150）")))
        .andExpect(content().string(containsString("value=\"150\"")));
    assertThat(version(year)).isEqualTo(1);
    var fixed =
        post("/efficiency/years/" + year + "/policies")
            .with(bureau())
            .with(csrf())
            .param("version", "1");
    for (String letter : List.of("A", "B", "C", "D")) {
      fixed
          .param(letter + ".electricitySurcharge", letter.equals("D") ? "0.35" : "0")
          .param(letter + ".waterSurcharge", "0")
          .param(letter + ".emissionSurcharge", "0")
          .param(letter + ".landUseTaxReliefPercent", letter.equals("A") ? "90" : "0")
          .param(letter + ".energyQuotaChangePercent", letter.equals("D") ? "-15" : "0")
          .param(letter + ".emissionQuotaChangePercent", "0");
    }
    mvc.perform(fixed)
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/efficiency/years/" + year + "/policies?saved"));
    mvc.perform(get(url).with(bureau()))
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.classes[3].electricitySurcharge").value(0.35))
        .andExpect(jsonPath("$.classes[3].energyQuotaChangePercent").value(-15.0))
        .andExpect(jsonPath("$.rebates", hasSize(0)));
    mvc.perform(get("/efficiency/years/" + year + "/policies").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"D.electricitySurcharge\"")))
        .andExpect(content().string(containsString("value=\"0.35\"")));
  }

  @Test
  void publishingMakesAStableIncentiveListOfTheAAndBEnterprises() throws Exception {
    Setup s = setUp();
    assertThat(incentives.incentives(s.year())).isEmpty();
    publish(s.runId());
    transactions.executeWithoutResult(
        t ->
            events.publishEvent(
                new EfficiencyResultsPublished(s.year(), s.runId(), 1, 4, "test", Instant.now())));
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM efficiency_incentive_run WHERE run_id = ?")
                        .param(s.runId())
                        .query(Integer.class)
                        .single()
                    == 1);

    // a policy edit after publication leaves the published list as it was
    mvc.perform(
            put("/api/v1/efficiency/years/" + s.year() + "/policies")
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content(policyJson(0, "0.2", "10")))
        .andExpect(status().isOk());

    List<EnterpriseIncentive> list = incentives.incentives(s.year());
    assertThat(list).extracting(EnterpriseIncentive::uscc).containsExactly(s.a(), s.b());
    EnterpriseIncentive a = list.get(0);
    assertThat(a.efficiencyClass()).isEqualTo(EfficiencyClass.A_PRIORITY);
    assertThat(a.landUseTaxReliefPercent()).isEqualByComparingTo("100");
    assertThat(a.energyQuotaChangePercent()).isEqualByComparingTo("10");
    // default A rebate: 5 % of the tax paid, 40 (10,000 yuan) → 20,000 yuan, under the 500,000 cap
    assertThat(a.rebates()).hasSize(1);
    assertThat(a.rebates().get(0).amountYuan()).isEqualByComparingTo("20000");
    EnterpriseIncentive b = list.get(1);
    assertThat(b.efficiencyClass()).isEqualTo(EfficiencyClass.B_UPGRADE);
    assertThat(b.landUseTaxReliefPercent()).isEqualByComparingTo("50");
    assertThat(b.rebates()).isEmpty();

    mvc.perform(
            get("/api/v1/efficiency/years/" + s.year() + "/incentives")
                .with(user(account(Role.DISTRICT_LEADER)).roles("DISTRICT_LEADER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].efficiencyClass").value("A_PRIORITY"))
        .andExpect(jsonPath("$[0].rebates[0].amountYuan").value(20000.0));
  }

  @Test
  void theWaterCompanyImportsItsOwnTemplate() throws Exception {
    int year = openYear();
    String a = register(CHENGXIANG, "测试W");

    mvc.perform(get("/api/v1/efficiency/datasets/WATER/template").with(staff("WATER")))
        .andExpect(status().isOk());
    importXlsx(
            year,
            "WATER",
            staff("WATER"),
            List.of(List.of("统一社会信用代码", "企业名称", "用水量（立方米）"), List.of(a, "测试W", 3200)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(1));
    assertThat(
            jdbc.sql(
                    "SELECT e.water_m3 || '|' || i.department || '|' || i.dataset"
                        + " FROM efficiency_enterprise e JOIN efficiency_import i"
                        + " ON i.id = e.water_m3_src WHERE e.year = ? AND e.uscc = ?")
                .params(year, a)
                .query(String.class)
                .single())
        .isEqualTo("3200|WATER|WATER");

    importXlsx(
            year,
            "WATER",
            staff("WATER"),
            List.of(List.of("统一社会信用代码", "企业名称", "用水量（立方米）"), List.of(a, "测试W", -5)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].column").value("用水量（立方米）"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("不能为负数")));
    importXlsx(
            year,
            "WATER",
            staff("WATER"),
            List.of(List.of("统一社会信用代码", "企业名称", "用电量（千瓦时）"), List.of(a, "测试W", 10)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("这是“用电（供电）”的模板")));
    importXlsx(
            year,
            "WATER",
            staff("POWER"),
            List.of(List.of("统一社会信用代码", "企业名称", "用水量（立方米）"), List.of(a, "测试W", 1)))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql("SELECT water_m3 FROM efficiency_enterprise WHERE year = ? AND uscc = ?")
                .params(year, a)
                .query(Double.class)
                .single())
        .isEqualTo(3200.0);
  }

  // --- setup ---

  private Setup setUp() throws Exception {
    int year = openYear();
    String a = register(CHENGXIANG, "测试A");
    String b = register(BEIGAN, "测试B");
    String c = register(BEIGAN, "测试C");
    String d = register(CHENGXIANG, "测试D");
    rows(
        year,
        "POWER",
        """
        [{"uscc":"%s","electricityKwh":500000},{"uscc":"%s","electricityKwh":300000},
         {"uscc":"%s","electricityKwh":100000},{"uscc":"%s","electricityKwh":1234567}]
        """
            .formatted(a, b, c, d));
    rows(year, "WATER", "[{\"uscc\":\"%s\",\"waterM3\":45678}]".formatted(d));
    rows(
        year,
        "ECOLOGY",
        """
        [{"uscc":"%s","energyTce":100,"emission":2},{"uscc":"%s","energyTce":900,"emission":12.5}]
        """
            .formatted(c, d));
    rows(year, "TAX", "[{\"uscc\":\"%s\",\"tax\":40}]".formatted(a));
    String run =
        mvc.perform(post("/api/v1/efficiency/years/" + year + "/runs").with(bureau()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long runId = Long.parseLong(run.replaceAll(".*\"id\":(\\d+).*", "$1"));
    // the classes are set by hand: the run holds every registry enterprise in scope, and the
    // ranking of a handful of test enterprises among them is not what these tests are about
    jdbc.sql("UPDATE efficiency_result SET efficiency_class = NULL WHERE run_id = ?")
        .param(runId)
        .update();
    for (var e : Map.of(a, "A", b, "B", c, "C", d, "D").entrySet()) {
      jdbc.sql("UPDATE efficiency_result SET efficiency_class = ? WHERE run_id = ? AND uscc = ?")
          .params(e.getValue(), runId, e.getKey())
          .update();
    }
    return new Setup(year, runId, a, b, c, d);
  }

  /**
   * Test setup stands in for the publication workflow, through the steps its triggers allow (the
   * classes were set while the run was a draft).
   */
  private void publish(long runId) {
    jdbc.sql("UPDATE efficiency_run SET status = 'REVIEW' WHERE id = ?").param(runId).update();
    jdbc.sql(
            "UPDATE efficiency_run SET status = 'PUBLICITY', publicity_start = now() - interval '8"
                + " days', publicity_end = now() - interval '1 day' WHERE id = ?")
        .param(runId)
        .update();
    jdbc.sql("UPDATE efficiency_run SET status = 'PUBLISHED' WHERE id = ?").param(runId).update();
  }

  private int openYear() throws Exception {
    while (true) {
      int year = TestYears.next();
      int status =
          mvc.perform(
                  post("/api/v1/efficiency/years")
                      .with(bureau())
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"year\":" + year + "}"))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status == 201) {
        return year;
      }
    }
  }

  private void rows(int year, String dataset, String json) throws Exception {
    mvc.perform(
            post("/api/v1/efficiency/years/" + year + "/datasets/" + dataset + "/rows")
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rows\":" + json + "}"))
        .andExpect(status().isOk());
  }

  private ResultActions importXlsx(
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

  /** All four classes with defaults except C's electricity surcharge and A's relief. */
  private static String policyJson(int version, String cElectricity, String aRelief) {
    return """
        {"version":%d,
         "classes":[
          {"efficiencyClass":"A","electricitySurcharge":0,"waterSurcharge":0,"emissionSurcharge":0,
           "landUseTaxReliefPercent":%s,"energyQuotaChangePercent":10,"emissionQuotaChangePercent":10},
          {"efficiencyClass":"B","electricitySurcharge":0,"waterSurcharge":0,"emissionSurcharge":0,
           "landUseTaxReliefPercent":50,"energyQuotaChangePercent":5,"emissionQuotaChangePercent":5},
          {"efficiencyClass":"C","electricitySurcharge":%s,"waterSurcharge":0.5,"emissionSurcharge":100,
           "landUseTaxReliefPercent":0,"energyQuotaChangePercent":-5,"emissionQuotaChangePercent":-5},
          {"efficiencyClass":"D","electricitySurcharge":0.3,"waterSurcharge":1.0,"emissionSurcharge":300,
           "landUseTaxReliefPercent":0,"energyQuotaChangePercent":-10,"emissionQuotaChangePercent":-10}],
         "rebates":[{"name":"领跑奖","efficiencyClass":"A","basis":"FIXED","rate":30000}]}
        """
        .formatted(version, aRelief, cElectricity);
  }

  private int countRows(String table, int year) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE year = ?")
        .param(year)
        .query(Integer.class)
        .single();
  }

  private int version(int year) {
    return jdbc.sql("SELECT max(version) FROM efficiency_policy WHERE year = ?")
        .param(year)
        .query(Integer.class)
        .single();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static List<List<Object>> rows(Sheet sheet) {
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      rows.add(
          List.of(
              row.getCell(0).getStringCellValue(),
              row.getCell(1).getStringCellValue(),
              row.getCell(2).getStringCellValue(),
              row.getCell(3).getNumericCellValue(),
              row.getCell(4).getNumericCellValue(),
              row.getCell(5).getNumericCellValue()));
    }
    return rows;
  }

  /** Registers an above-scale industrial enterprise; it joins the year on its first import. */
  private String register(String town, String name) {
    String uscc = newUscc();
    directory.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                name,
                "张三",
                "13812345678",
                "C2614",
                true,
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
}
