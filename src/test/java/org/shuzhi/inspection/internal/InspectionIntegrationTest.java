package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.InspectionFindings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Inspections through the pages with real accounts: plan, findings as hazards, scope, rules. */
class InspectionIntegrationTest extends InspectionTestSupport {

  @Autowired InspectionPlanner planner;
  @Autowired InspectionFindings findings;
  @Autowired Clock clock;

  long startAdHoc(String username, Role role, String uscc, String checklist) throws Exception {
    String location =
        mvc.perform(
                post("/inspections")
                    .with(as(username, role))
                    .with(csrf())
                    .param("uscc", uscc)
                    .param("checklist", checklist))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  List<Long> itemIds(String checklist) {
    return jdbc.sql(
            "SELECT id FROM inspection_checklist_item WHERE checklist_code = ? ORDER BY position")
        .param(checklist)
        .query(Long.class)
        .list();
  }

  boolean itemMajor(long id) {
    return jdbc.sql("SELECT major FROM inspection_checklist_item WHERE id = ?")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  /** Answers every item PASS except {@code failed}, and finishes. */
  void finishWith(String username, Role role, long inspection, String checklist, Set<Long> failed)
      throws Exception {
    var request =
        post("/inspections/" + inspection + "/results")
            .with(as(username, role))
            .with(csrf())
            .param("finish", "true");
    for (long id : itemIds(checklist)) {
      request.param("outcome-" + id, failed.contains(id) ? "FAIL" : "PASS");
      request.param("note-" + id, failed.contains(id) ? "现场发现问题" : "");
    }
    mvc.perform(request).andExpect(status().is3xxRedirection());
  }

  @Test
  void planHoldsOnlyDueEnterprisesAndIsIdempotent() throws Exception {
    String monthly = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String halfYearly = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String unsupervised = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    chlorineSite(monthly, 200);
    chlorineSite(halfYearly, 0);
    String regulator = departmentAccount("EMERGENCY");
    for (String uscc : List.of(monthly, halfYearly)) {
      long id = startAdHoc(regulator, Role.DEPARTMENT_STAFF, uscc, "DUST");
      finishWith(regulator, Role.DEPARTMENT_STAFF, id, "DUST", Set.of());
    }
    YearMonth next = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(1);

    var first = planner.generatePlan(next, "test");
    var second = planner.generatePlan(next, "test");

    assertThat(first.ran()).isTrue();
    assertThat(planned(monthly, next)).isEqualTo(1);
    assertThat(planned(halfYearly, next)).isZero();
    assertThat(planned(unsupervised, next)).isZero();
    assertThat(second.ran()).isTrue();
    assertThat(planned(monthly, next)).isEqualTo(1);
    String tier =
        jdbc.sql("SELECT tier FROM inspection WHERE enterprise_uscc = ? AND plan_month IS NOT NULL")
            .param(monthly)
            .query(String.class)
            .single();
    assertThat(tier).isEqualTo("TIER_1");

    mvc.perform(
            get("/inspections/plan")
                .param("month", next.toString())
                .with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(monthly.substring(10))));
    mvc.perform(
            get("/inspections/plan/export")
                .param("month", next.toString())
                .with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  int planned(String uscc, YearMonth month) {
    return jdbc.sql("SELECT count(*) FROM inspection WHERE enterprise_uscc = ? AND plan_month = ?")
        .params(uscc, java.sql.Date.valueOf(month.atDay(1)))
        .query(Integer.class)
        .single();
  }

  @Test
  void failedItemsBecomeHazardsMajorWhenFlagged() throws Exception {
    String uscc = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String regulator = departmentAccount("EMERGENCY");
    long id = startAdHoc(regulator, Role.DEPARTMENT_STAFF, uscc, "SHIP_REPAIR");
    List<Long> items = itemIds("SHIP_REPAIR");
    long major = items.stream().filter(this::itemMajor).findFirst().orElseThrow();
    long general = items.stream().filter(i -> !itemMajor(i)).findFirst().orElseThrow();

    finishWith(regulator, Role.DEPARTMENT_STAFF, id, "SHIP_REPAIR", Set.of(major, general));

    Long majorHazard = hazardOf(id, major);
    Long generalHazard = hazardOf(id, general);
    assertThat(majorHazard).isNotNull();
    assertThat(generalHazard).isNotNull();
    mvc.perform(get("/api/v1/hazards/" + majorHazard).with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"grade\":\"MAJOR\"")))
        .andExpect(content().string(containsString("\"source\":\"INSPECTION\"")))
        .andExpect(content().string(containsString(uscc)));
    mvc.perform(get("/api/v1/hazards/" + generalHazard).with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"grade\":\"GENERAL\"")));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM inspection_result WHERE inspection_id = ? AND hazard_id IS NULL")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(items.size() - 2);

    // The safety code's port counts both findings as open (their hazards are not closed).
    assertThat(findings.openFindingsOf(List.of(uscc))).containsEntry(uscc, 2L);

    // A fine with its amount; then the enterprise ranks with its reasons shown.
    mvc.perform(
            post("/inspections/" + id + "/violations")
                .with(as(regulator, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("violation", "未落实有限空间作业审批")
                .param("legalBasis", "《安全生产法》第一百零一条")
                .param("penaltyKind", "FINE")
                .param("amount", "20000.50"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("SELECT amount_yuan FROM inspection_violation WHERE inspection_id = ?")
                .param(id)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("20000.50");
    mvc.perform(
            get("/inspections/enforcement")
                .param("town", CHENGXIANG)
                .param("top", "500")
                .with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(uscc)))
        .andExpect(content().string(containsString("近12个月检查不合格项")));
    mvc.perform(get("/inspections/enforcement/export").with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk());
  }

  @Test
  void badViolationChangesNothing() throws Exception {
    String uscc = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String regulator = departmentAccount("EMERGENCY");
    long id = startAdHoc(regulator, Role.DEPARTMENT_STAFF, uscc, "DUST");
    mvc.perform(
            post("/inspections/" + id + "/violations")
                .with(as(regulator, Role.DEPARTMENT_STAFF))
                .with(csrf())
                .param("violation", "x")
                .param("legalBasis", "y")
                .param("penaltyKind", "FINE")
                .param("amount", "-5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("罚款金额须为大于 0 的金额")));
    assertThat(
            jdbc.sql("SELECT count(*) FROM inspection_violation WHERE inspection_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isZero();
  }

  Long hazardOf(long inspection, long item) {
    return jdbc.sql(
            "SELECT hazard_id FROM inspection_result WHERE inspection_id = ? AND item_id = ?")
        .params(inspection, item)
        .query(Long.class)
        .single();
  }

  @Test
  void townStaffCannotOpenAnotherTownsInspection() throws Exception {
    String elsewhere = enterprise(BEIGAN, null, null);
    String regulator = departmentAccount("EMERGENCY");
    long id = startAdHoc(regulator, Role.DEPARTMENT_STAFF, elsewhere, "AMMONIA");
    String town = account(Role.TOWN_STAFF);

    mvc.perform(get("/inspections/" + id).with(as(town, Role.TOWN_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/inspections/" + id).with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk());
    // Staff of another department have no business with inspections.
    String economy = departmentAccount("ECONOMY");
    mvc.perform(get("/inspections/" + id).with(as(economy, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isForbidden());
  }

  @Test
  void onlyTheSystemAdministratorEditsTierRules() throws Exception {
    var blue =
        jdbc.sql(
                "SELECT id, version, frequency_months FROM inspection_tier_rule"
                    + " WHERE criterion = 'RISK_COLOUR' AND criterion_value = 'BLUE'")
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .single();
    String town = account(Role.TOWN_STAFF);
    String regulator = departmentAccount("EMERGENCY");
    String admin = account(Role.SYSTEM_ADMIN);
    for (var who : List.of(as(town, Role.TOWN_STAFF), as(regulator, Role.DEPARTMENT_STAFF))) {
      mvc.perform(
              post("/inspections/rules/" + blue[0])
                  .with(who)
                  .with(csrf())
                  .param("tier", "TIER_4")
                  .param("frequencyMonths", "11")
                  .param("version", String.valueOf(blue[1])))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/inspections/rules/" + blue[0])
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("tier", "TIER_4")
                .param("frequencyMonths", "99")
                .param("version", String.valueOf(blue[1])))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("检查频次须为 1 至 36 个月")));
    mvc.perform(
            post("/inspections/rules/" + blue[0])
                .with(as(admin, Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("tier", "TIER_4")
                .param("frequencyMonths", String.valueOf(blue[2]))
                .param("version", String.valueOf(blue[1])))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE target_type = 'inspection_tier_rule'"
                        + " AND target_id = ?")
                .param(String.valueOf(blue[0]))
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void pagesRenderInChineseAndEnglish() throws Exception {
    String uscc = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String regulator = departmentAccount("EMERGENCY");
    long id = startAdHoc(regulator, Role.DEPARTMENT_STAFF, uscc, "SPRAYING");
    String admin = account(Role.SYSTEM_ADMIN);
    record Page(String path, RequestPostProcessor who, String zh, String en) {}
    for (Page p :
        List.of(
            new Page(
                "/inspections/plan",
                as(regulator, Role.DEPARTMENT_STAFF),
                "月度检查计划",
                "Monthly inspection plan"),
            new Page(
                "/inspections/enforcement",
                as(regulator, Role.DEPARTMENT_STAFF),
                "精准执法清单",
                "Enforcement list"),
            new Page(
                "/inspections/" + id,
                as(regulator, Role.DEPARTMENT_STAFF),
                "喷漆室",
                "Finish inspection"),
            new Page(
                "/inspections/rules",
                as(admin, Role.SYSTEM_ADMIN),
                "分级监管规则",
                "Supervision tier rules"))) {
      mvc.perform(get(p.path()).with(p.who()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(p.zh())));
      mvc.perform(get(p.path()).param("lang", "en").with(p.who()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(p.en())));
    }
  }
}
