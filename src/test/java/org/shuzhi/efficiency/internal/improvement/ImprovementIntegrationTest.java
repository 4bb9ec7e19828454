package org.shuzhi.efficiency.internal.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.shuzhi.core.TestUsccs.newUscc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.efficiency.TestYears;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Low-efficiency and zero-tax enterprises end to end on hand-built figures: the rules at their
 * boundaries, idempotent case generation, the case workflow with history and refusals, town scope
 * and the dashboard's tax gained. Each test opens its own years (the first free ones from 2060).
 */
class ImprovementIntegrationTest extends IntegrationTest {

  /** 进化镇: a town no other test uses, so the dashboard sums are this test's own. */
  private static final String JINHUA = "330109104";

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired EnterpriseDirectory directory;
  @Autowired JdbcClient jdbc;
  @Autowired org.shuzhi.efficiency.EfficiencyImprovementDemo demo;

  private RequestPostProcessor bureau;

  /** The hand-built dataset of one year: which enterprise is which. */
  private record Dataset(
      int year,
      String above59,
      String above60,
      String below28,
      String below30,
      String below12Mu,
      String zeroAbove,
      String negativeBelow,
      String landZero,
      String noTax) {}

  private Dataset dataset() throws Exception {
    int year = openYear();
    Dataset d =
        new Dataset(
            year,
            register(CHENGXIANG, true),
            register(CHENGXIANG, true),
            register(CHENGXIANG, false),
            register(CHENGXIANG, false),
            register(BEIGAN, false),
            register(CHENGXIANG, true),
            register(BEIGAN, false),
            register(CHENGXIANG, false),
            register(CHENGXIANG, true));
    Map<String, Double> land = new LinkedHashMap<>();
    Map<String, Double> tax = new LinkedHashMap<>();
    // 59 (10,000 yuan) on 10 mu = 59,000 yuan/mu < 60,000; 60 on 10 mu is exactly the threshold
    figure(land, tax, d.above59(), 10, 59.0);
    figure(land, tax, d.above60(), 10, 60.0);
    // below scale: 14 on 5 mu = 28,000 < 30,000; 15 on 5 mu = 30,000
    figure(land, tax, d.below28(), 5, 14.0);
    figure(land, tax, d.below30(), 5, 15.0);
    // 12 mu below scale with a good 83,333 yuan/mu: listed for its land alone
    figure(land, tax, d.below12Mu(), 12, 100.0);
    figure(land, tax, d.zeroAbove(), 8, 0.0);
    figure(land, tax, d.negativeBelow(), 3, -2.0);
    figure(land, tax, d.landZero(), 0, 0.0);
    land.put(d.noTax(), 10.0);
    figures(year, land, tax);
    return d;
  }

  @Test
  void theRulesListTheBoundaryCasesAndZeroTaxSeparately() throws Exception {
    Dataset d = dataset();
    int year = d.year();
    mvc.perform(
            get("/api/v1/efficiency/improvement/years/" + year + "/lists/LOW_EFFICIENCY")
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(
            jsonPath("$.enterprises[*].uscc")
                .value(containsInAnyOrder(d.above59(), d.below28(), d.below12Mu())))
        .andExpect(
            jsonPath("$.enterprises[?(@.uscc=='" + d.above59() + "')].findings[0].rule")
                .value(contains("ABOVE_SCALE_TAX_PER_MU")))
        .andExpect(
            jsonPath("$.enterprises[?(@.uscc=='" + d.above59() + "')].findings[0].value")
                .value(contains(closeTo(59_000, 1e-6))))
        .andExpect(
            jsonPath("$.enterprises[?(@.uscc=='" + d.above59() + "')].findings[0].threshold")
                .value(contains(closeTo(60_000, 1e-6))))
        .andExpect(
            jsonPath("$.enterprises[?(@.uscc=='" + d.below28() + "')].findings[*].rule")
                .value(contains("BELOW_SCALE_TAX_PER_MU")))
        .andExpect(
            jsonPath("$.enterprises[?(@.uscc=='" + d.below12Mu() + "')].findings[*].rule")
                .value(contains("BELOW_SCALE_LARGE_LAND")))
        .andExpect(jsonPath("$.landAreaMu").value(closeTo(27, 1e-9)));
    mvc.perform(
            get("/api/v1/efficiency/improvement/years/" + year + "/lists/ZERO_TAX").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(
            jsonPath("$.enterprises[*].uscc")
                .value(containsInAnyOrder(d.zeroAbove(), d.negativeBelow())));
    // filtered by town
    mvc.perform(
            get("/api/v1/efficiency/improvement/years/" + year + "/lists/LOW_EFFICIENCY")
                .param("town", BEIGAN)
                .with(bureau()))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.enterprises[0].uscc").value(d.below12Mu()));

    // rules: defaults at version 0; a negative threshold is refused and nothing changes
    mvc.perform(get("/api/v1/efficiency/improvement/years/" + year + "/rules").with(bureau()))
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.rules.aboveScaleTaxPerMu").value(60_000.0))
        .andExpect(jsonPath("$.rules.belowScaleLandMu").value(10.0));
    putRules(year, 0, -1, 30_000, 10, bureau())
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("规上企业亩均税收阈值（元/亩）不能为负数")));
    putRules(year, 0, 59_000, 30_000, 10, user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/efficiency/improvement/years/" + year + "/rules").with(bureau()))
        .andExpect(jsonPath("$.version").value(0));
    // lowered to 59,000: 59,000 yuan/mu is no longer below it; a 13-mu land threshold drops 12 mu
    putRules(year, 0, 59_000, 30_000, 13, bureau())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    putRules(year, 0, 59_000, 30_000, 13, bureau()).andExpect(status().isConflict());
    mvc.perform(
            get("/api/v1/efficiency/improvement/years/" + year + "/lists/LOW_EFFICIENCY")
                .with(bureau()))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.enterprises[0].uscc").value(d.below28()));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type ="
                        + " 'efficiency_improvement_rules' AND target_id = ?")
                .param(String.valueOf(year))
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    // the Excel export carries the list in the user's language
    mvc.perform(
            get("/api/v1/efficiency/improvement/years/" + year + "/lists/ZERO_TAX/export")
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  @Test
  void generationIsIdempotentAndEnterprisesThatLeaveTheListKeepTheirCases() throws Exception {
    Dataset d = dataset();
    int year = d.year();
    generate(year)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lowEfficiency").value(3))
        .andExpect(jsonPath("$.zeroTax").value(2));
    generate(year)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lowEfficiency").value(0))
        .andExpect(jsonPath("$.zeroTax").value(0));
    assertThat(casesOfYear(year)).isEqualTo(5);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM efficiency_improvement_history h JOIN"
                        + " efficiency_improvement_case c ON c.id = h.case_id"
                        + " WHERE c.opened_year = ? AND h.action = 'CREATED'")
                .param(year)
                .query(Integer.class)
                .single())
        .isEqualTo(5);
    // the case keeps the figures at opening and defaults the responsible town to the enterprise's
    long id = caseOf(d.below12Mu(), "LOW_EFFICIENCY");
    mvc.perform(get("/api/v1/efficiency/improvement/cases/" + id).with(bureau()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.improvementCase.responsibleTown").value(BEIGAN))
        .andExpect(jsonPath("$.improvementCase.status").value("OPEN"))
        .andExpect(jsonPath("$.improvementCase.rules[0]").value("BELOW_SCALE_LARGE_LAND"))
        .andExpect(jsonPath("$.improvementCase.landAreaMu").value(12.0))
        .andExpect(jsonPath("$.trend", hasSize(1)))
        .andExpect(jsonPath("$.trend[0].year").value(year));

    // a corrected tax takes above59 off the list; its case stays, and nothing is duplicated
    Map<String, Double> tax = Map.of(d.above59(), 70.0);
    figures(year, Map.of(), tax);
    generate(year).andExpect(jsonPath("$.lowEfficiency").value(0));
    mvc.perform(
            get("/api/v1/efficiency/improvement/years/" + year + "/lists/LOW_EFFICIENCY")
                .with(bureau()))
        .andExpect(jsonPath("$.total").value(2));
    assertThat(casesOfYear(year)).isEqualTo(5);
    assertThat(caseOf(d.above59(), "LOW_EFFICIENCY")).isPositive();

    // only the bureau generates
    mvc.perform(
            post("/api/v1/efficiency/improvement/years/" + year + "/cases")
                .with(user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aCaseIsPlannedStartedAndClosedWithHistoryAndBadInputIsRefused() throws Exception {
    Dataset d = dataset();
    generate(d.year()).andExpect(status().isCreated());
    long id = caseOf(d.above59(), "LOW_EFFICIENCY");
    String url = "/api/v1/efficiency/improvement/cases/" + id;
    LocalDate today = LocalDate.now(ZONE);

    // starting needs a plan, measures and a deadline
    postJson(url + "/start", "{\"version\":0}", bureau())
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("开始整治前请填写整治方案")))
        .andExpect(content().string(containsString("至少选择一项整治措施")))
        .andExpect(content().string(containsString("请设定完成期限")));
    // an unknown measure and a deadline in the past are refused together, nothing saved
    edit(url, 0, "技改", "[\"UPGRADE\",\"TELEPORT\"]", today.minusDays(1).toString(), bureau())
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("未知的整治措施：TELEPORT")))
        .andExpect(content().string(containsString("已过")));
    mvc.perform(get(url).with(bureau()))
        .andExpect(jsonPath("$.improvementCase.version").value(0))
        .andExpect(jsonPath("$.improvementCase.plan").doesNotExist());
    // English messages for the English reader
    mvc.perform(
            put(url)
                .with(bureau())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"measures\":[\"TELEPORT\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Unknown measure: TELEPORT")));

    String deadline = today.plusDays(90).toString();
    edit(url, 0, "技改扩能，提高亩产", "[\"UPGRADE\",\"LAND_RECOVERY\"]", deadline, bureau())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.measures", contains("UPGRADE", "LAND_RECOVERY")))
        .andExpect(jsonPath("$.deadline").value(deadline));
    // a stale version is a conflict
    edit(url, 0, "别的方案", "[]", deadline, bureau()).andExpect(status().isConflict());
    // closing before work started is out of order
    postJson(
            url + "/close", "{\"version\":1,\"reason\":\"TARGET_MET\",\"result\":\"达标\"}", bureau())
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("请先开始整治")));
    postJson(url + "/start", "{\"version\":1,\"note\":\"启动\"}", bureau())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    // closing needs a result and a known reason
    postJson(
            url + "/close", "{\"version\":2,\"reason\":\"TARGET_MET\",\"result\":\"  \"}", bureau())
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("销号须填写整治结果")));
    postJson(url + "/close", "{\"version\":2,\"reason\":\"MAGIC\",\"result\":\"达标\"}", bureau())
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("请选择销号原因")));
    postJson(
            url + "/close",
            "{\"version\":2,\"reason\":\"TARGET_MET\",\"result\":\"亩均税收 7 万元，达标\"}",
            bureau())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.closureReason").value("TARGET_MET"))
        .andExpect(jsonPath("$.closureResult").value("亩均税收 7 万元，达标"));
    // a closed case is final
    edit(url, 3, "再改", "[]", deadline, bureau())
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("已销号")));

    mvc.perform(get(url).with(bureau()))
        .andExpect(
            jsonPath("$.history[*].action")
                .value(contains("CREATED", "UPDATED", "STARTED", "CLOSED")))
        .andExpect(
            jsonPath("$.history[*].status")
                .value(contains("OPEN", "OPEN", "IN_PROGRESS", "CLOSED")))
        .andExpect(jsonPath("$.history[1].changes").value(containsString("LAND_RECOVERY")))
        .andExpect(jsonPath("$.history[2].note").value("启动"))
        .andExpect(jsonPath("$.history[3].author").value(bureauName));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type ="
                        + " 'efficiency_improvement_case' AND target_id = ?")
                .param(String.valueOf(id))
                .query(Integer.class)
                .single())
        .isEqualTo(3);

    // an open case past its deadline shows as overdue (a stored past deadline is allowed)
    long other = caseOf(d.below28(), "LOW_EFFICIENCY");
    jdbc.sql("UPDATE efficiency_improvement_case SET deadline = ? WHERE id = ?")
        .params(java.sql.Date.valueOf(today.minusDays(3)), other)
        .update();
    mvc.perform(get("/api/v1/efficiency/improvement/cases/" + other).with(bureau()))
        .andExpect(jsonPath("$.improvementCase.overdue").value(true));
    mvc.perform(
            get("/api/v1/efficiency/improvement/cases")
                .param("year", "" + d.year())
                .param("status", "OVERDUE")
                .with(bureau()))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.cases[0].id").value(other));
    // the unchanged past deadline does not block saving a plan
    edit(url.replace("" + id, "" + other), 0, "腾退", "[\"LAND_RECOVERY\"]", null, bureau())
        .andExpect(status().isOk());
  }

  @Test
  void aTownSeesAndEditsOnlyItsOwnCases() throws Exception {
    Dataset d = dataset();
    generate(d.year()).andExpect(status().isCreated());
    RequestPostProcessor town = user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF");
    long own = caseOf(d.below28(), "LOW_EFFICIENCY");
    long beigan = caseOf(d.below12Mu(), "LOW_EFFICIENCY");

    mvc.perform(get("/api/v1/efficiency/improvement/cases").param("year", "" + d.year()).with(town))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.cases[?(@.responsibleTown!='" + CHENGXIANG + "')]", hasSize(0)));
    mvc.perform(
            get("/api/v1/efficiency/improvement/years/" + d.year() + "/lists/LOW_EFFICIENCY")
                .with(town))
        .andExpect(jsonPath("$.total").value(2));
    mvc.perform(get("/api/v1/efficiency/improvement/cases/" + beigan).with(town))
        .andExpect(status().isNotFound());
    edit("/api/v1/efficiency/improvement/cases/" + beigan, 0, "越权", "[]", null, town)
        .andExpect(status().isNotFound());
    mvc.perform(get("/efficiency/improvement/cases/" + beigan).with(town))
        .andExpect(status().isNotFound());

    // its own: editable, but only the bureau hands a case to another town
    edit("/api/v1/efficiency/improvement/cases/" + own, 0, "规下提升", "[\"UPGRADE\"]", null, town)
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/v1/efficiency/improvement/cases/" + own)
                .with(town)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"responsibleTown\":\"" + BEIGAN + "\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            put("/api/v1/efficiency/improvement/cases/" + own)
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"responsibleTown\":\"" + BEIGAN + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.responsibleTown").value(BEIGAN));
    mvc.perform(get("/api/v1/efficiency/improvement/cases/" + own).with(town))
        .andExpect(status().isNotFound());

    // an enterprise user sees its own case only; a district leader reads but does not edit
    String owner = account(Role.ENTERPRISE_USER, Set.of(), d.zeroAbove(), false);
    mvc.perform(
            get("/api/v1/efficiency/improvement/cases")
                .param("year", "" + d.year())
                .with(user(owner).roles("ENTERPRISE_USER")))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.cases[0].uscc").value(d.zeroAbove()));
    RequestPostProcessor leader = user(account(Role.DISTRICT_LEADER)).roles("DISTRICT_LEADER");
    mvc.perform(get("/api/v1/efficiency/improvement/cases/" + beigan).with(leader))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.mayEdit").value(false));
    edit("/api/v1/efficiency/improvement/cases/" + beigan, 0, "领导改", "[]", null, leader)
        .andExpect(status().isForbidden());
  }

  @Test
  void theDashboardSumsCasesAndTaxGainedPerTown() throws Exception {
    int first = openYear();
    String closed = register(JINHUA, true);
    String open = register(JINHUA, false);
    String zero = register(JINHUA, true);
    String missing = register(JINHUA, false);
    Map<String, Double> land = new LinkedHashMap<>();
    Map<String, Double> tax = new LinkedHashMap<>();
    figure(land, tax, closed, 10, 50.0); // 50,000 yuan/mu
    figure(land, tax, open, 4, 8.0); // 20,000 yuan/mu
    figure(land, tax, zero, 6, 0.0);
    figure(land, tax, missing, 20, 30.0); // 15,000 yuan/mu, and ≥ 10 mu below scale
    figures(first, land, tax);
    generate(first).andExpect(jsonPath("$.lowEfficiency").value(3));

    int second = openYear();
    land.clear();
    tax.clear();
    figure(land, tax, closed, 10, 75.0); // +25
    figure(land, tax, open, 4, 10.0); // +2
    figure(land, tax, zero, 6, 12.0); // +12
    land.put(missing, 20.0); // no tax delivered this year
    figures(second, land, tax);

    // close the first case
    long id = caseOf(closed, "LOW_EFFICIENCY");
    String url = "/api/v1/efficiency/improvement/cases/" + id;
    edit(url, 0, "技改", "[\"UPGRADE\"]", LocalDate.now(ZONE).plusDays(30).toString(), bureau())
        .andExpect(status().isOk());
    postJson(url + "/start", "{\"version\":1}", bureau()).andExpect(status().isOk());
    postJson(
            url + "/close", "{\"version\":2,\"reason\":\"TARGET_MET\",\"result\":\"达标\"}", bureau())
        .andExpect(status().isOk());

    String row = "$.towns[?(@.townCode=='" + JINHUA + "')]";
    mvc.perform(
            get("/api/v1/efficiency/improvement/dashboard")
                .param("year", "" + second)
                .with(bureau()))
        .andExpect(status().isOk())
        // this year: open (25,000/mu), zero (now 20,000/mu above scale), missing (20 mu)
        .andExpect(jsonPath(row + ".listedLowEfficiency").value(contains(3)))
        .andExpect(jsonPath(row + ".listedZeroTax").value(contains(0)))
        .andExpect(jsonPath(row + ".listedLandAreaMu").value(contains(closeTo(30, 1e-9))))
        .andExpect(jsonPath(row + ".open").value(contains(3)))
        .andExpect(jsonPath(row + ".closed").value(contains(1)))
        .andExpect(jsonPath(row + ".caseLandAreaMu").value(contains(closeTo(40, 1e-9))))
        .andExpect(jsonPath(row + ".taxGained").value(contains(closeTo(25, 1e-9))))
        .andExpect(jsonPath(row + ".gainEnterprises").value(contains(1)));
    // over all cases: 25 + 2 + 12, the enterprise without this year's tax left out and counted
    mvc.perform(
            get("/api/v1/efficiency/improvement/dashboard")
                .param("year", "" + second)
                .param("basis", "ALL")
                .with(bureau()))
        .andExpect(jsonPath(row + ".taxGained").value(contains(closeTo(39, 1e-9))))
        .andExpect(jsonPath(row + ".gainEnterprises").value(contains(3)))
        .andExpect(jsonPath(row + ".gainWithoutFigures").value(contains(1)));
    // a town user of another town does not see this town's row
    mvc.perform(
            get("/api/v1/efficiency/improvement/dashboard")
                .param("year", "" + second)
                .with(user(account(Role.TOWN_STAFF)).roles("TOWN_STAFF")))
        .andExpect(jsonPath(row, hasSize(0)))
        .andExpect(jsonPath("$.towns[*].townCode").value(contains(CHENGXIANG)));
    mvc.perform(
            get("/api/v1/efficiency/improvement/dashboard")
                .param("year", "" + second)
                .param("basis", "SOME")
                .with(bureau()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void pagesRenderInBothLanguagesAndFormsRefuseBadInput() throws Exception {
    Dataset d = dataset();
    int year = d.year();
    mvc.perform(post("/efficiency/improvement/" + year + "/generate").with(bureau()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/efficiency/improvement").param("year", "" + year).with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("镇街看板")))
        .andExpect(content().string(containsString("improvement-towns")));
    mvc.perform(
            get("/efficiency/improvement")
                .param("year", "" + year)
                .param("lang", "en")
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tax gained (10,000 yuan)")));
    mvc.perform(get("/efficiency/improvement/" + year + "/lists/LOW_EFFICIENCY").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(d.above59())))
        .andExpect(content().string(containsString("规上低贡献")));
    mvc.perform(get("/efficiency/improvement/" + year + "/lists/NOPE").with(bureau()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/efficiency/improvement/towns/" + CHENGXIANG)
                .param("year", "" + year)
                .with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("城厢街道")));
    mvc.perform(get("/efficiency/improvement/cases").param("status", "WHATEVER").with(bureau()))
        .andExpect(status().isBadRequest());

    // rules form: a negative threshold is shown as a message and nothing is saved
    mvc.perform(
            post("/efficiency/improvement/" + year + "/rules")
                .param("version", "0")
                .param("aboveScaleTaxPerMu", "-5")
                .param("belowScaleTaxPerMu", "30000")
                .param("belowScaleLandMu", "10")
                .param("zeroTaxLandAboveMu", "0")
                .param("zeroTaxTaxAtMost", "abc")
                .with(bureau())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("abc")));
    mvc.perform(
            post("/efficiency/improvement/" + year + "/rules")
                .param("version", "0")
                .param("aboveScaleTaxPerMu", "-5")
                .param("belowScaleTaxPerMu", "30000")
                .param("belowScaleLandMu", "10")
                .param("zeroTaxLandAboveMu", "0")
                .param("zeroTaxTaxAtMost", "0")
                .with(bureau())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不能为负数")));
    mvc.perform(get("/efficiency/improvement/" + year + "/rules").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("默认规则")));

    // case page: form save, a past deadline refused with a message
    long id = caseOf(d.above59(), "LOW_EFFICIENCY");
    mvc.perform(get("/efficiency/improvement/cases/" + id).with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("case-trend")))
        .andExpect(content().string(containsString("生成任务")));
    mvc.perform(
            post("/efficiency/improvement/cases/" + id)
                .param("version", "0")
                .param("plan", "技改")
                .param("measures", "UPGRADE")
                .param("deadline", LocalDate.now(ZONE).minusDays(2).toString())
                .with(bureau())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请选择今天或以后的日期")));
    mvc.perform(
            post("/efficiency/improvement/cases/" + id)
                .param("version", "0")
                .param("plan", "技改")
                .param("measures", "UPGRADE", "MERGER")
                .param("deadline", LocalDate.now(ZONE).plusDays(20).toString())
                .with(bureau())
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/efficiency/improvement/cases/" + id).param("lang", "en").with(bureau()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Technical upgrade")))
        .andExpect(content().string(containsString("Start work")));
  }

  @Test
  void theDemoHookOpensCasesAndMovesSomeAlong() throws Exception {
    Dataset d = dataset();
    // a year that is not open is skipped
    assertThat(demo.createDemoCases(List.of(1999, d.year()))).isEqualTo(5);
    assertThat(
            jdbc.sql(
                    "SELECT status || ':' || count(*) FROM efficiency_improvement_case"
                        + " WHERE opened_year = ? GROUP BY status ORDER BY status")
                .param(d.year())
                .query(String.class)
                .list())
        .containsExactly("CLOSED:2", "IN_PROGRESS:2", "OPEN:1");
    assertThat(demo.createDemoCases(List.of(d.year()))).isZero();
  }

  // --- helpers ---

  private String bureauName;

  private RequestPostProcessor bureau() {
    if (bureau == null) {
      bureauName = departmentAccount("ECONOMY");
      bureau = user(bureauName).roles(Role.DEPARTMENT_STAFF.name());
    }
    return bureau;
  }

  /** Opens the next free year (another test class may hold some). */
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
      assertThat(status).isEqualTo(409);
    }
  }

  private static void figure(
      Map<String, Double> land, Map<String, Double> tax, String uscc, double mu, Double t) {
    land.put(uscc, mu);
    if (t != null) {
      tax.put(uscc, t);
    }
  }

  private void figures(int year, Map<String, Double> land, Map<String, Double> tax)
      throws Exception {
    if (!land.isEmpty()) {
      rows(year, "LAND", "landAreaMu", land);
    }
    if (!tax.isEmpty()) {
      rows(year, "TAX", "tax", tax);
    }
  }

  private void rows(int year, String dataset, String key, Map<String, Double> values)
      throws Exception {
    StringBuilder json = new StringBuilder("{\"rows\":[");
    values.forEach(
        (uscc, v) ->
            json.append("{\"uscc\":\"")
                .append(uscc)
                .append("\",\"")
                .append(key)
                .append("\":")
                .append(v)
                .append("},"));
    json.setLength(json.length() - 1);
    json.append("]}");
    mvc.perform(
            post("/api/v1/efficiency/years/" + year + "/datasets/" + dataset + "/rows")
                .with(bureau())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.toString()))
        .andExpect(status().isOk());
  }

  private ResultActions generate(int year) throws Exception {
    return mvc.perform(
        post("/api/v1/efficiency/improvement/years/" + year + "/cases").with(bureau()));
  }

  private ResultActions putRules(
      int year, int version, double above, double below, double land, RequestPostProcessor as)
      throws Exception {
    return mvc.perform(
        put("/api/v1/efficiency/improvement/years/" + year + "/rules")
            .with(as)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                ("{\"version\":%d,\"rules\":{\"aboveScaleTaxPerMu\":%s,\"belowScaleTaxPerMu\":%s,"
                        + "\"belowScaleLandMu\":%s,\"zeroTaxLandAboveMu\":0,\"zeroTaxTaxAtMost\":0,"
                        + "\"includeServices\":false}}")
                    .formatted(version, above, below, land)));
  }

  private ResultActions edit(
      String url,
      int version,
      String plan,
      String measuresJson,
      String deadline,
      RequestPostProcessor as)
      throws Exception {
    return mvc.perform(
        put(url)
            .with(as)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"version\":%d,\"plan\":\"%s\",\"measures\":%s%s}"
                    .formatted(
                        version,
                        plan,
                        measuresJson,
                        deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"")));
  }

  private ResultActions postJson(String url, String json, RequestPostProcessor as)
      throws Exception {
    return mvc.perform(post(url).with(as).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private long caseOf(String uscc, String kind) {
    return jdbc.sql("SELECT id FROM efficiency_improvement_case WHERE uscc = ? AND kind = ?")
        .params(uscc, kind)
        .query(Long.class)
        .single();
  }

  private int casesOfYear(int year) {
    return jdbc.sql("SELECT count(*) FROM efficiency_improvement_case WHERE opened_year = ?")
        .param(year)
        .query(Integer.class)
        .single();
  }

  private String register(String town, boolean aboveScale) {
    String uscc = newUscc();
    directory.registerAll(
        List.of(
            new EnterpriseDraft(
                uscc,
                "低效测试" + uscc.substring(10),
                "张三",
                "13812345678",
                "C2614",
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
}
