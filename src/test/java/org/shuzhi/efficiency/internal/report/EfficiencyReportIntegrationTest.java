package org.shuzhi.efficiency.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.TestUsccs;
import org.shuzhi.efficiency.TestYears;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results of a run for reading, on a small hand-checked dataset stored directly (so every rank is
 * known): the 一企一单 with ranks in group, town and industry and the other years through each year's
 * standing run; data scope (a town sees its own, an enterprise only itself); distribution counts;
 * the ranking list; the Excel export read back with POI; the class map layer.
 */
class EfficiencyReportIntegrationTest extends IntegrationTest {

  /** The latest year the platform accepts: the map layer shows the latest year's run. */
  private static final int MAP_YEAR = 2100;

  static final double CX_LON = 120.2484;
  static final double CX_LAT = 30.1673;
  static final double BG_LON = 120.2613;
  static final double BG_LAT = 30.1921;

  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired EnterpriseDirectory directory;

  /**
   * The hand-checked dataset of one run (group ABOVE_SCALE_INDUSTRY unless said):
   *
   * <pre>
   * e1 城厢 C2614 total 90 rank 1 A    e2 北干 C2614 total 80 rank 2 B
   * e3 城厢 C3311 total 70 rank 3 B    e4 城厢 C2614 total 70 rank 3 B (tie)
   * e5 北干 C3311 total 50 rank 5 C    e6 城厢 C2620 total 10 rank 6 D (vetoed)
   * e7 城厢 C2614 BELOW_SCALE_SMALL, unscored
   * </pre>
   *
   * The year before has two versions; only e4 is in them (v1: 40 C rank 4, v2: 60 B rank 2).
   */
  record Dataset(int year, long runId, long previousV1, long previousV2, List<String> e) {}

  private Dataset dataset() {
    int previous = TestYears.consecutive(2);
    int year = previous + 1;
    List<String> e = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      e.add(TestUsccs.newUscc());
    }
    String[] towns = {CHENGXIANG, BEIGAN, CHENGXIANG, CHENGXIANG, BEIGAN, CHENGXIANG, CHENGXIANG};
    String[] industries = {"C2614", "C2614", "C3311", "C2614", "C3311", "C2620", "C2614"};
    double[] land = {10, 20, 5, 8, 12, 30, 2};
    double[] tax = {100, 50, 30, 40, 10, 5, 1};
    openYear(previous);
    openYear(year);
    Map<String, Long> ids = register(e, towns, industries);
    for (int i = 0; i < 7; i++) {
      jdbc.sql(
              "INSERT INTO efficiency_enterprise (year, uscc, enterprise_id, name, industry_code,"
                  + " town_code, above_scale, sector, land_area_mu, tax)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, 'INDUSTRY', ?, ?)")
          .params(
              year,
              e.get(i),
              ids.get(e.get(i)),
              "报表企业" + (i + 1),
              industries[i],
              towns[i],
              i < 6,
              land[i],
              tax[i])
          .update();
    }
    long run = run(year, 1);
    result(run, e.get(0), 1, towns[0], industries[0], "ABOVE_SCALE_INDUSTRY", 90.0, 1, "A", false);
    result(run, e.get(1), 2, towns[1], industries[1], "ABOVE_SCALE_INDUSTRY", 80.0, 2, "B", false);
    result(run, e.get(2), 3, towns[2], industries[2], "ABOVE_SCALE_INDUSTRY", 70.0, 3, "B", false);
    result(run, e.get(3), 4, towns[3], industries[3], "ABOVE_SCALE_INDUSTRY", 70.0, 3, "B", false);
    result(run, e.get(4), 5, towns[4], industries[4], "ABOVE_SCALE_INDUSTRY", 50.0, 5, "C", false);
    result(run, e.get(5), 6, towns[5], industries[5], "ABOVE_SCALE_INDUSTRY", 10.0, 6, "D", true);
    result(run, e.get(6), 7, towns[6], industries[6], "BELOW_SCALE_SMALL", null, null, null, false);
    long v1 = run(previous, 1);
    result(v1, e.get(3), 4, CHENGXIANG, "C2614", "ABOVE_SCALE_INDUSTRY", 40.0, 4, "C", false);
    long v2 = run(previous, 2);
    result(v2, e.get(3), 4, CHENGXIANG, "C2614", "ABOVE_SCALE_INDUSTRY", 60.0, 2, "B", false);
    // announced (in publicity), so enterprises see them; v1 stays a draft
    announce(run);
    announce(v2);
    return new Dataset(year, run, v1, v2, e);
  }

  /** Moves a draft into publicity the way the workflow's triggers allow. */
  private void announce(long runId) {
    jdbc.sql("UPDATE efficiency_run SET status = 'REVIEW' WHERE id = ?").param(runId).update();
    jdbc.sql(
            "UPDATE efficiency_run SET status = 'PUBLICITY', publicity_start = now(),"
                + " publicity_end = now() + interval '7 days' WHERE id = ?")
        .param(runId)
        .update();
  }

  @Test
  void anEnterpriseSeesNoDraftRunButStaffDo() throws Exception {
    Dataset d = dataset();
    String e4 = d.e().get(3);
    var owner = as(account(Role.ENTERPRISE_USER, Set.of(), e4, false), Role.ENTERPRISE_USER);
    var town = as(account(Role.TOWN_STAFF), Role.TOWN_STAFF);
    String draft = "/api/v1/efficiency/runs/" + d.previousV1();
    // the draft v1 of the year before: staff read it, for the enterprise it does not exist
    mvc.perform(get(draft + "/enterprises/" + e4).with(town)).andExpect(status().isOk());
    mvc.perform(get(draft + "/enterprises/" + e4).with(owner)).andExpect(status().isNotFound());
    mvc.perform(get(draft + "/results").with(owner)).andExpect(status().isNotFound());
    mvc.perform(get(draft + "/distribution").with(owner)).andExpect(status().isNotFound());
    mvc.perform(get(draft + "/export.xlsx").with(owner)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/efficiency/years/" + (d.year() - 1) + "/runs").with(owner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", contains((int) d.previousV2())));
    mvc.perform(get("/api/v1/efficiency/years/" + (d.year() - 1) + "/runs").with(town))
        .andExpect(jsonPath("$", hasSize(2)));
  }

  @Test
  void theEnterpriseReportShowsItemsRanksInGroupTownAndIndustryAndTheOtherYears() throws Exception {
    Dataset d = dataset();
    String e4 = d.e().get(3);
    // e4: group 3 of 6 (tie with e3); 城厢 peers ranked 1, 3, 3, 6 → 2 of 4; C26 peers 1, 2, 3, 6
    // → 3 of 4. Items: tax/mu 5 against 4 → 30 × 5 / 4 = 37.5 (ratio 1.25); added value/mu 10
    // against 20 → 10 (ratio 0.5).
    mvc.perform(get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + e4).with(bureau()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("报表企业4"))
        .andExpect(jsonPath("$.group").value("ABOVE_SCALE_INDUSTRY"))
        .andExpect(jsonPath("$.townName").value("城厢街道"))
        .andExpect(jsonPath("$.industryName").value("C26 化学原料和化学制品制造业"))
        .andExpect(jsonPath("$.total").value(70.0))
        .andExpect(jsonPath("$.efficiencyClass").value("B"))
        .andExpect(jsonPath("$.rankInGroup.rank").value(3))
        .andExpect(jsonPath("$.rankInGroup.of").value(6))
        .andExpect(jsonPath("$.rankInTown.rank").value(2))
        .andExpect(jsonPath("$.rankInTown.of").value(4))
        .andExpect(jsonPath("$.rankInIndustry.rank").value(3))
        .andExpect(jsonPath("$.rankInIndustry.of").value(4))
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[0].code").value("TAX_PER_MU"))
        .andExpect(jsonPath("$.items[0].name").value("亩均税收"))
        .andExpect(jsonPath("$.items[0].unit").value("万元/亩"))
        .andExpect(jsonPath("$.items[0].value").value(5.0))
        .andExpect(jsonPath("$.items[0].benchmark").value(4.0))
        .andExpect(jsonPath("$.items[0].score").value(37.5))
        .andExpect(jsonPath("$.items[0].weight").value(30.0))
        .andExpect(jsonPath("$.items[0].ratio").value(closeTo(1.25, 1e-9)))
        .andExpect(jsonPath("$.items[1].ratio").value(closeTo(0.5, 1e-9)))
        // the year before: its standing run is the latest version (v2), not v1
        .andExpect(jsonPath("$.years", hasSize(2)))
        .andExpect(jsonPath("$.years[0].year").value(d.year() - 1))
        .andExpect(jsonPath("$.years[0].runId").value(d.previousV2()))
        .andExpect(jsonPath("$.years[0].version").value(2))
        .andExpect(jsonPath("$.years[0].total").value(60.0))
        .andExpect(jsonPath("$.years[0].efficiencyClass").value("B"))
        .andExpect(jsonPath("$.years[0].rank.rank").value(2))
        .andExpect(jsonPath("$.years[0].rank.of").value(1))
        .andExpect(jsonPath("$.years[0].shown").value(false))
        .andExpect(jsonPath("$.years[1].year").value(d.year()))
        .andExpect(jsonPath("$.years[1].shown").value(true));

    // e3 (C33): first of the two C33 enterprises; in town tied with e4 at 2 of 4
    mvc.perform(
            get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + d.e().get(2))
                .with(bureau()))
        .andExpect(jsonPath("$.rankInTown.rank").value(2))
        .andExpect(jsonPath("$.rankInIndustry.rank").value(1))
        .andExpect(jsonPath("$.rankInIndustry.of").value(2))
        .andExpect(jsonPath("$.years", hasSize(1)));
    // e6, vetoed, last everywhere; e7 of an unscored group has no ranks
    mvc.perform(
            get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + d.e().get(5))
                .with(bureau()))
        .andExpect(jsonPath("$.vetoed").value(true))
        .andExpect(jsonPath("$.rankInTown.rank").value(4))
        .andExpect(jsonPath("$.rankInIndustry.rank").value(4));
    mvc.perform(
            get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + d.e().get(6))
                .with(bureau()))
        .andExpect(jsonPath("$.rankInGroup.rank").doesNotExist())
        .andExpect(jsonPath("$.rankInTown.rank").doesNotExist())
        .andExpect(jsonPath("$.efficiencyClass").doesNotExist());

    // the page, both languages
    mvc.perform(get("/efficiency/runs/" + d.runId() + "/enterprises/" + e4).with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("第 2 名 / 共 4 家")))
        .andExpect(content().string(containsString("B 提升发展类")))
        .andExpect(content().string(containsString("万元/亩")))
        .andExpect(content().string(containsString("report-radar")))
        .andExpect(content().string(containsString("/efficiency/report.js")));
    mvc.perform(
            get("/efficiency/runs/" + d.runId() + "/enterprises/" + e4)
                .param("lang", "en")
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rank in town (same group)")))
        .andExpect(content().string(containsString("3 of 4")));
    mvc.perform(get("/efficiency/report/" + e4).with(bureau()))
        .andExpect(redirectedUrl("/efficiency/runs/" + d.runId() + "/enterprises/" + e4));
    mvc.perform(
            get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + TestUsccs.newUscc())
                .with(bureau()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aTownSeesItsOwnEnterprisesAndAnEnterpriseOnlyItself() throws Exception {
    Dataset d = dataset();
    String e2 = d.e().get(1); // 北干
    String e4 = d.e().get(3); // 城厢
    var town = as(account(Role.TOWN_STAFF), Role.TOWN_STAFF);
    mvc.perform(get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + e4).with(town))
        .andExpect(status().isOk())
        // ranks are the evaluation's, not recomputed within what the viewer may see
        .andExpect(jsonPath("$.rankInGroup.of").value(6));
    mvc.perform(get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + e2).with(town))
        .andExpect(status().isNotFound());
    mvc.perform(get("/efficiency/runs/" + d.runId() + "/enterprises/" + e2).with(town))
        .andExpect(status().isNotFound());

    var owner = as(account(Role.ENTERPRISE_USER, Set.of(), e4, false), Role.ENTERPRISE_USER);
    mvc.perform(get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + e4).with(owner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.years", hasSize(2)));
    mvc.perform(
            get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + d.e().get(0))
                .with(owner))
        .andExpect(status().isNotFound());
    mvc.perform(get("/efficiency/report").with(owner))
        .andExpect(redirectedUrl("/efficiency/runs/" + d.runId() + "/enterprises/" + e4));
    mvc.perform(get("/efficiency/report/" + d.e().get(0)).with(owner))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/efficiency/runs/" + d.runId() + "/distribution").with(owner))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enterprises").value(1));
    mvc.perform(
            get("/api/v1/efficiency/runs/" + d.runId() + "/enterprises/" + e4)
                .with(as(account(Role.SECURITY_ADMIN), Role.SECURITY_ADMIN)))
        .andExpect(status().isForbidden());
  }

  @Test
  void distributionCountsClassesPerTownAndIndustryWithLandAndTaxAndTheRankingFilters()
      throws Exception {
    Dataset d = dataset();
    String base = "/api/v1/efficiency/runs/" + d.runId();
    String cx = "$.towns[?(@.code=='" + CHENGXIANG + "')]";
    String bg = "$.towns[?(@.code=='" + BEIGAN + "')]";
    mvc.perform(get(base + "/distribution").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.enterprises").value(7))
        .andExpect(jsonPath(cx + ".counts.A").value(contains(1)))
        .andExpect(jsonPath(cx + ".counts.B").value(contains(2)))
        .andExpect(jsonPath(cx + ".counts.C").value(contains(0)))
        .andExpect(jsonPath(cx + ".counts.D").value(contains(1)))
        .andExpect(jsonPath(cx + ".counts.-").value(contains(1)))
        .andExpect(jsonPath(cx + ".total").value(contains(5)))
        .andExpect(jsonPath(cx + ".averageTotal").value(contains(60.0))) // (90+70+70+10)/4
        .andExpect(jsonPath(bg + ".counts.B").value(contains(1)))
        .andExpect(jsonPath(bg + ".counts.C").value(contains(1)))
        .andExpect(jsonPath(bg + ".averageTotal").value(contains(65.0)))
        .andExpect(jsonPath(bg + ".name").value(contains("北干街道")))
        .andExpect(jsonPath("$.industries[?(@.code=='C26')].counts.B").value(contains(2)))
        .andExpect(jsonPath("$.industries[?(@.code=='C26')].total").value(contains(5)))
        .andExpect(jsonPath("$.industries[?(@.code=='C33')].counts.C").value(contains(1)))
        .andExpect(jsonPath("$.industries[?(@.code=='C33')].name").value(contains("C33 金属制品业")))
        // class B: e2, e3, e4 → land 20 + 5 + 8, tax 50 + 30 + 40
        .andExpect(jsonPath("$.classes[1].efficiencyClass").value("B"))
        .andExpect(jsonPath("$.classes[1].enterprises").value(3))
        .andExpect(jsonPath("$.classes[1].landMu").value(33.0))
        .andExpect(jsonPath("$.classes[1].tax").value(120.0))
        .andExpect(jsonPath("$.classes[3].landMu").value(30.0));
    // one group only
    mvc.perform(get(base + "/distribution").param("group", "BELOW_SCALE_SMALL").with(bureau()))
        .andExpect(jsonPath("$.enterprises").value(1))
        .andExpect(jsonPath("$.towns", hasSize(1)));
    // a town sees its own town only
    mvc.perform(get(base + "/distribution").with(as(account(Role.TOWN_STAFF), Role.TOWN_STAFF)))
        .andExpect(jsonPath("$.enterprises").value(5))
        .andExpect(jsonPath(bg).isEmpty());
    mvc.perform(get(base + "/distribution").param("group", "NOPE").with(bureau()))
        .andExpect(status().isBadRequest());

    // ranking: by group rank (ties by name), filtered by town or industry prefix
    mvc.perform(get(base + "/ranking").param("town", CHENGXIANG).with(bureau()))
        .andExpect(jsonPath("$.group").value("ABOVE_SCALE_INDUSTRY"))
        .andExpect(jsonPath("$.total").value(4))
        .andExpect(
            jsonPath("$.rows[*].uscc")
                .value(contains(d.e().get(0), d.e().get(2), d.e().get(3), d.e().get(5))))
        .andExpect(jsonPath("$.rows[*].rank").value(contains(1, 3, 3, 6)));
    mvc.perform(get(base + "/ranking").param("industry", "C33").param("size", "1").with(bureau()))
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.rows[*].uscc").value(contains(d.e().get(2))));
    mvc.perform(
            get(base + "/ranking")
                .param("industry", "C33")
                .param("size", "1")
                .param("page", "1")
                .with(bureau()))
        .andExpect(jsonPath("$.rows[*].uscc").value(contains(d.e().get(4))));
    mvc.perform(get(base + "/ranking").param("industry", "26';--").with(bureau()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("行业代码")));

    // the page draws from its tables
    mvc.perform(
            get("/efficiency/runs/" + d.runId() + "/distribution")
                .param("town", CHENGXIANG)
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("各镇街类别分布")))
        .andExpect(content().string(containsString("报表企业4")))
        .andExpect(content().string(not(containsString("报表企业2<"))))
        .andExpect(content().string(containsString("/efficiency/distribution.js")));
    mvc.perform(
            get("/efficiency/runs/" + d.runId() + "/distribution")
                .param("lang", "en")
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Classes by town")));
    mvc.perform(
            get("/efficiency/runs/" + d.runId() + "/distribution")
                .param("industry", "x")
                .with(bureau()))
        .andExpect(status().isBadRequest());
    for (String script : List.of("report.js", "distribution.js", "report.css")) {
      mvc.perform(get("/efficiency/" + script).with(bureau())).andExpect(status().isOk());
    }
    // the results page links to the report, the distribution and the export
    mvc.perform(get("/efficiency/runs/" + d.runId()).with(bureau()))
        .andExpect(
            content().string(containsString("/efficiency/runs/" + d.runId() + "/distribution")))
        .andExpect(
            content().string(containsString("/efficiency/runs/" + d.runId() + "/export.xlsx")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "/efficiency/runs/" + d.runId() + "/enterprises/" + d.e().get(0))));
  }

  @Test
  void theExportHasEveryEnterpriseInScopeWithItemsAndIsAudited() throws Exception {
    Dataset d = dataset();
    String bureauName = departmentAccount("ECONOMY");
    byte[] file =
        mvc.perform(
                get("/api/v1/efficiency/runs/" + d.runId() + "/export.xlsx")
                    .with(as(bureauName, Role.DEPARTMENT_STAFF)))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Map<String, Map<String, String>> rows = read(file);
    assertThat(rows).hasSize(7).containsKeys(d.e().toArray(String[]::new));
    Map<String, String> e4 = rows.get(d.e().get(3));
    assertThat(e4)
        .containsEntry("企业名称", "报表企业4")
        .containsEntry("镇街", "城厢街道")
        .containsEntry("行业代码", "C2614")
        .containsEntry("行业（大类）", "C26 化学原料和化学制品制造业")
        .containsEntry("评价分组", "规上工业")
        .containsEntry("亩均税收 指标值", "5")
        .containsEntry("亩均税收 基准值", "4")
        .containsEntry("亩均税收 得分", "37.5")
        .containsEntry("亩均增加值 得分", "10")
        .containsEntry("加减分", "22.5")
        .containsEntry("总分", "70")
        .containsEntry("组内排名", "3")
        .containsEntry("类别", "B")
        .containsEntry("一票否决", "否");
    // every indicator of the method has its three columns; blank where the group has none
    assertThat(e4).containsKeys("单位电耗税收 得分", "亩均营业收入 指标值", "R&D占比 基准值");
    assertThat(e4.get("单位电耗税收 得分")).isEmpty();
    assertThat(rows.get(d.e().get(5))).containsEntry("一票否决", "是").containsEntry("类别", "D");
    assertThat(rows.get(d.e().get(6))).containsEntry("总分", "").containsEntry("类别", "");
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE action = 'EXPORT'"
                        + " AND target_type = 'efficiency_run' AND target_id = ? AND actor = ?")
                .params(String.valueOf(d.runId()), bureauName)
                .query(String.class)
                .list())
        .containsExactly("7 rows");

    // scoped: the town's five, the enterprise's one; English headers
    byte[] townFile =
        mvc.perform(
                get("/efficiency/runs/" + d.runId() + "/export.xlsx")
                    .with(as(account(Role.TOWN_STAFF), Role.TOWN_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(read(townFile)).hasSize(5).doesNotContainKeys(d.e().get(1), d.e().get(4));
    byte[] own =
        mvc.perform(
                get("/api/v1/efficiency/runs/" + d.runId() + "/export.xlsx")
                    .param("lang", "en")
                    .with(
                        as(
                            account(Role.ENTERPRISE_USER, Set.of(), d.e().get(3), false),
                            Role.ENTERPRISE_USER)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Map<String, Map<String, String>> ownRows = read(own, "USCC");
    assertThat(ownRows).containsOnlyKeys(d.e().get(3));
    assertThat(ownRows.get(d.e().get(3))).containsEntry("Tax per mu score", "37.5");
    mvc.perform(get("/api/v1/efficiency/runs/999999999/export.xlsx").with(bureau()))
        .andExpect(status().isNotFound());
  }

  @Test
  void theClassLayerShowsTheLatestYearsClassesInScope() throws Exception {
    openYear(MAP_YEAR);
    List<String> e = List.of(TestUsccs.newUscc(), TestUsccs.newUscc(), TestUsccs.newUscc());
    String[] towns = {CHENGXIANG, CHENGXIANG, BEIGAN};
    String[] industries = {"C2614", "C2614", "C2614"};
    Map<String, Long> ids = register(e, towns, industries);
    for (int i = 0; i < 3; i++) {
      jdbc.sql(
              "INSERT INTO efficiency_enterprise (year, uscc, enterprise_id, name, industry_code,"
                  + " town_code, above_scale, sector) VALUES (?, ?, ?, ?, 'C2614', ?, true,"
                  + " 'INDUSTRY')")
          .params(MAP_YEAR, e.get(i), ids.get(e.get(i)), "地图企业" + i, towns[i])
          .update();
    }
    long run = run(MAP_YEAR, 1);
    result(run, e.get(0), 1, towns[0], "C2614", "ABOVE_SCALE_INDUSTRY", 90.0, 1, "A", false);
    result(run, e.get(1), 2, towns[1], "C2614", "ABOVE_SCALE_INDUSTRY", 20.0, 3, "D", false);
    result(run, e.get(2), 3, towns[2], "C2614", "ABOVE_SCALE_INDUSTRY", 50.0, 2, "C", false);
    announce(run);

    Map<Long, List<Object>> all = points(bureau(), null);
    assertThat(all).containsKeys(ids.get(e.get(0)), ids.get(e.get(1)), ids.get(e.get(2)));
    List<Object> a = all.get(ids.get(e.get(0)));
    assertThat(a.get(4)).isEqualTo("#2e7d32");
    assertThat((String) a.get(3)).contains("报表企业1").endsWith("A");
    assertThat(((Number) a.get(1)).doubleValue()).isCloseTo(CX_LON, within(1e-9));
    assertThat(all.get(ids.get(e.get(1))).get(4)).isEqualTo("#c62828");
    assertThat(all.get(ids.get(e.get(2))).get(4)).isEqualTo("#ef6c00");
    assertThat(points(bureau(), "D"))
        .containsKey(ids.get(e.get(1)))
        .doesNotContainKeys(ids.get(e.get(0)), ids.get(e.get(2)));
    assertThat(points(bureau(), "RED")).isEmpty();
    assertThat(points(as(account(Role.TOWN_STAFF), Role.TOWN_STAFF), null))
        .containsKeys(ids.get(e.get(0)), ids.get(e.get(1)))
        .doesNotContainKey(ids.get(e.get(2)));
    assertThat(
            points(
                as(account(Role.ENTERPRISE_USER, Set.of(), e.get(2), false), Role.ENTERPRISE_USER),
                null))
        .containsOnlyKeys(ids.get(e.get(2)));
    // the popup link leads to the report in the latest run
    mvc.perform(get("/efficiency/report/enterprise/" + ids.get(e.get(1))).with(bureau()))
        .andExpect(redirectedUrl("/efficiency/runs/" + run + "/enterprises/" + e.get(1)));
    mvc.perform(get("/map/layers").with(bureau()))
        .andExpect(jsonPath("$[?(@.id=='efficiency-classes')].title").value(contains("亩均评价类别")));
  }

  private Map<Long, List<Object>> points(RequestPostProcessor as, String category)
      throws Exception {
    var request = get("/map/layers/efficiency-classes").with(as);
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

  private static Map<String, Map<String, String>> read(byte[] file) throws Exception {
    return read(file, "统一社会信用代码");
  }

  /** The sheet's rows by USCC, each as header → cell text. */
  private static Map<String, Map<String, String>> read(byte[] file, String usccHeader)
      throws Exception {
    Map<String, Map<String, String>> rows = new HashMap<>();
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(0);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
          cells.put(
              header.getCell(c).getStringCellValue(), formatter.formatCellValue(row.getCell(c)));
        }
        rows.put(cells.get(usccHeader), cells);
      }
    }
    return rows;
  }

  private void openYear(int year) {
    jdbc.sql(
            "INSERT INTO efficiency_year (year, method, created_by, updated_by)"
                + " VALUES (?, ?::jsonb, 'test', 'test')")
        .params(year, json.writeValueAsString(EvaluationMethod.defaults()))
        .update();
  }

  private long run(int year, int version) {
    return jdbc.sql(
            "INSERT INTO efficiency_run (year, version, method, method_version, enterprise_count,"
                + " created_by) VALUES (?, ?, ?::jsonb, 0, 7, 'test') RETURNING id")
        .params(year, version, json.writeValueAsString(EvaluationMethod.defaults()))
        .query(Long.class)
        .single();
  }

  /**
   * A stored result; scored ones get two items — e4's are hand-checked (tax/mu 5 vs 4 → 37.5, added
   * value/mu 10 vs 20 → 10, adjustment 22.5), the others' simply add up to their total.
   */
  private void result(
      long run,
      String uscc,
      int n,
      String town,
      String industry,
      String group,
      Double total,
      Integer rank,
      String efficiencyClass,
      boolean vetoed) {
    boolean scored = total != null;
    String codes = scored ? "{TAX_PER_MU,ADDED_VALUE_PER_MU}" : "{}";
    String values = scored ? (n == 4 ? "{5,10}" : "{3,NULL}") : "{}";
    String benchmarks = scored ? "{4,20}" : "{}";
    String scores = scored ? (n == 4 ? "{37.5,10}" : "{" + total + ",0}") : "{}";
    double adjustment = scored && n == 4 ? total - 47.5 : 0;
    jdbc.sql(
            "INSERT INTO efficiency_result (run_id, uscc, name, town_code, industry_code,"
                + " eval_group, item_codes, item_values, item_benchmarks, item_scores,"
                + " adjustment, total, rank_in_group, efficiency_class, vetoed) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?::text[], ?::float8[], ?::float8[], ?::float8[], ?, ?, ?,"
                + " ?, ?)")
        .params(
            run,
            uscc,
            "报表企业" + n,
            town,
            industry,
            group,
            codes,
            values,
            benchmarks,
            scores,
            adjustment,
            total,
            rank,
            efficiencyClass,
            vetoed)
        .update();
  }

  /** Registers located enterprises; returns their registry ids. */
  private Map<String, Long> register(List<String> usccs, String[] towns, String[] industries) {
    List<EnterpriseDraft> drafts = new ArrayList<>();
    for (int i = 0; i < usccs.size(); i++) {
      boolean cx = CHENGXIANG.equals(towns[i]);
      drafts.add(
          new EnterpriseDraft(
              usccs.get(i),
              "报表测试" + usccs.get(i).substring(10),
              "张三",
              "13812345678",
              industries[i],
              true,
              towns[i],
              "测试路1号",
              cx ? CX_LON : BG_LON,
              cx ? CX_LAT : BG_LAT,
              CoordinateSystem.WGS84,
              BigDecimal.TEN,
              null,
              20,
              false));
    }
    directory.registerAll(drafts, "test");
    Map<String, Long> ids = new HashMap<>();
    directory.byUsccs(usccs).forEach(s -> ids.put(s.uscc(), s.id()));
    return ids;
  }

  private RequestPostProcessor bureau() {
    return as(departmentAccount("ECONOMY"), Role.DEPARTMENT_STAFF);
  }

  private static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }
}
