package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision tiers follow risk changes as they happen (not only when the monthly plan is
 * generated), keep every change in their history and audit trail, and never record a change twice;
 * the enforcement list reads hazard figures in bulk.
 */
class SupervisionTriggersIntegrationTest extends InspectionTestSupport {

  @Autowired SupervisionRegister register;
  @Autowired ReferenceRepository reference;
  @Autowired InspectionPlanner planner;
  @Autowired ReferenceAdministration administration;
  @Autowired EnforcementRanking ranking;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  String enterprise() {
    return enterprise(CHENGXIANG, CX_LON, CX_LAT);
  }

  static RequestPostProcessor as(String username) {
    return as(username, Role.DEPARTMENT_STAFF);
  }

  long create(String staff, String path, String json) throws Exception {
    return create(staff, path, json, "$.id");
  }

  long create(String staff, String path, String json, String idPath) throws Exception {
    var response =
        mvc.perform(
                post(path).with(as(staff)).contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse();
    return ((Number) JsonPath.read(response.getContentAsString(), idPath)).longValue();
  }

  static String objectJson(String uscc) {
    return """
        {"name":"分级测试对象","kind":"SPRAYING","enterpriseUscc":"%s","address":"测试路3号",
         "responsiblePersons":[]}"""
        .formatted(uscc);
  }

  Optional<String> tierOf(String uscc) {
    return jdbc.sql("SELECT tier FROM inspection_supervision WHERE enterprise_uscc = ?")
        .param(uscc)
        .query(String.class)
        .optional();
  }

  /** The history of one enterprise, oldest first: "from→to cause". */
  List<String> historyOf(String uscc) {
    return jdbc.sql(
            "SELECT coalesce(from_tier, '-') || '→' || coalesce(to_tier, '-') || ' ' || cause"
                + " FROM inspection_supervision_change WHERE enterprise_uscc = ? ORDER BY id")
        .param(uscc)
        .query(String.class)
        .list();
  }

  int auditedChanges(String uscc) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE target_type = 'inspection_supervision'"
                + " AND target_id = ? AND actor = 'system'")
        .param(uscc)
        .query(Integer.class)
        .single();
  }

  @Test
  void aRiskChangeMovesTheTierAtOnceAndAMoveChangesBothEnterprises() throws Exception {
    String from = enterprise();
    String to = enterprise();
    String staff = departmentAccount("EMERGENCY");
    long object = create(staff, "/api/v1/risk/objects", objectJson(from));
    long point =
        create(
            staff,
            "/api/v1/risk/objects/" + object + "/points",
            "{\"name\":\"喷漆房\",\"controlLevel\":\"COMPANY\"}");

    // D = 3·6·7 = 126: YELLOW → TIER_3, every 6 months.
    create(
        staff,
        "/api/v1/risk/points/" + point + "/assessments",
        "{\"method\":\"LEC\",\"l\":3,\"e\":6,\"c\":7}");
    await().atMost(Duration.ofSeconds(20)).until(() -> tierOf(from).isPresent());
    assertThat(tierOf(from)).contains("TIER_3");

    // Re-assessed to D = 420: RED → TIER_1.
    create(
        staff,
        "/api/v1/risk/points/" + point + "/assessments",
        "{\"method\":\"LEC\",\"l\":10,\"e\":6,\"c\":7}");
    await().atMost(Duration.ofSeconds(20)).until(() -> tierOf(from).equals(Optional.of("TIER_1")));
    assertThat(historyOf(from))
        .containsExactly("-→TIER_3 RISK_CHANGED", "TIER_3→TIER_1 RISK_CHANGED");
    assertThat(auditedChanges(from)).isEqualTo(2);

    // The object moves to another enterprise: the one it left is no longer supervised.
    var body =
        mvc.perform(get("/api/v1/risk/objects/" + object).with(as(staff)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    int version = JsonPath.read(body, "$.version");
    mvc.perform(
            put("/api/v1/risk/objects/" + object)
                .with(as(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"object\":" + objectJson(to) + "}"))
        .andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(20)).until(() -> tierOf(to).isPresent());
    await().atMost(Duration.ofSeconds(20)).until(() -> tierOf(from).isEmpty());
    assertThat(tierOf(to)).contains("TIER_1");
    assertThat(historyOf(to)).containsExactly("-→TIER_1 RISK_CHANGED");
    assertThat(historyOf(from)).endsWith("TIER_1→- RISK_CHANGED");

    // A redelivered event and the monthly refresh find nothing to change.
    TierRules rules = new TierRules(reference.tierRules());
    Boolean again = transactions.execute(s -> register.refresh(to, rules, clock.instant()));
    assertThat(again).isFalse();
    planner.generatePlan(
        YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1), "test");
    assertThat(historyOf(to)).hasSize(1);
    assertThat(historyOf(from)).hasSize(3);
    assertThat(auditedChanges(to)).isEqualTo(1);
  }

  @Test
  void aTierRuleChangeRefreshesEveryEnterpriseAtOnce() {
    String uscc = enterprise();
    chlorineSite(uscc, 200);
    planner.generatePlan(
        YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1), "test");
    assertThat(frequencyOf(uscc)).isEqualTo(1);
    TierRule levelOne =
        reference.tierRules().stream()
            .filter(
                r ->
                    r.criterion() == TierCriterion.MAJOR_HAZARD_LEVEL
                        && r.value().equals("LEVEL_1"))
            .findFirst()
            .orElseThrow();
    CurrentUser admin =
        new CurrentUser(
            account(Role.SYSTEM_ADMIN), Role.SYSTEM_ADMIN, null, DataScope.district(), false);
    try {
      administration.updateRule(levelOne.id(), levelOne.tier(), 2, levelOne.version(), admin);

      await().atMost(Duration.ofSeconds(30)).until(() -> frequencyOf(uscc) == 2);
      assertThat(historyOf(uscc)).containsExactly("-→TIER_1 PLAN", "TIER_1→TIER_1 RULES_CHANGED");
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM audit_event WHERE target_type = 'inspection_supervision'"
                          + " AND target_id IS NULL AND actor = ? AND detail LIKE 'RULES_CHANGED: %'")
                  .param(admin.username())
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
    } finally {
      TierRule changed = reference.tierRule(levelOne.id()).orElseThrow();
      administration.updateRule(
          levelOne.id(), levelOne.tier(), levelOne.frequencyMonths(), changed.version(), admin);
      await().atMost(Duration.ofSeconds(30)).until(() -> frequencyOf(uscc) == 1);
    }
  }

  int frequencyOf(String uscc) {
    return jdbc.sql("SELECT frequency_months FROM inspection_supervision WHERE enterprise_uscc = ?")
        .param(uscc)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  @Test
  void thePlanRefreshCatchesChangesMadeWithoutEventsAndKeepsThemInTheHistory() {
    String uscc = enterprise();
    // The trusted loader publishes no event: only the plan's refresh sees this site.
    chlorineSite(uscc, 200);
    assertThat(tierOf(uscc)).isEmpty();

    var run =
        planner.generatePlan(
            YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1), "test");

    assertThat(run.ran()).isTrue();
    assertThat(tierOf(uscc)).contains("TIER_1");
    assertThat(historyOf(uscc)).containsExactly("-→TIER_1 PLAN");
    String level =
        jdbc.sql("SELECT major_level FROM inspection_supervision WHERE enterprise_uscc = ?")
            .param(uscc)
            .query(String.class)
            .single();
    assertThat(level).isEqualTo("LEVEL_1");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type = 'inspection_supervision'"
                        + " AND target_id IS NULL AND actor = 'test' AND detail LIKE 'PLAN: %'")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void theEnforcementListCountsOpenHazardsFromTheBulkFigures() throws Exception {
    String uscc = enterprise();
    chlorineSite(uscc, 0); // 三级 → supervised, a candidate
    String staff = departmentAccount("EMERGENCY");
    for (String grade : List.of("MAJOR", "GENERAL")) {
      long id = create(staff, "/api/v1/hazards", hazardJson(uscc), "$.hazard.id");
      if (grade.equals("MAJOR")) {
        mvc.perform(
                post("/api/v1/hazards/" + id + "/transitions")
                    .with(as(staff))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"action\":\"GRADE\",\"grade\":\"MAJOR\"}"))
            .andExpect(status().isOk());
      }
    }
    planner.generatePlan(
        YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1), "test");
    CurrentUser regulator =
        new CurrentUser(staff, Role.DEPARTMENT_STAFF, "EMERGENCY", DataScope.district(), false);

    var row =
        ranking
            .top(new EnforcementQuery(CHENGXIANG, null, null, EnforcementQuery.MAX_TOP), regulator)
            .stream()
            .filter(r -> r.uscc().equals(uscc))
            .findFirst()
            .orElseThrow();

    Map<ScoreFactor, Long> counts =
        row.reasons().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    EnforcementScore.Reason::factor, EnforcementScore.Reason::count));
    assertThat(counts)
        .containsEntry(ScoreFactor.LEVEL_3, 1L)
        .containsEntry(ScoreFactor.OPEN_HAZARD, 2L)
        .containsEntry(ScoreFactor.OPEN_MAJOR_HAZARD, 1L)
        .doesNotContainKey(ScoreFactor.OVERDUE_HAZARD);
    assertThat(row.townName()).isNotBlank().isNotEqualTo(CHENGXIANG);
    assertThat(row.rank()).isPositive();
  }

  static String hazardJson(String uscc) {
    return "{\"title\":\"分级测试隐患\",\"description\":\"描述\",\"enterpriseUscc\":\"" + uscc + "\"}";
  }
}
