package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The inspection REST API with real accounts: recording with findings as hazards, violations, the
 * plan with its filters, supervision, the enforcement list; bad input, wrong roles and other towns'
 * records refused with nothing changed.
 */
class InspectionApiIntegrationTest extends InspectionTestSupport {

  @Autowired InspectionPlanner planner;
  @Autowired Clock clock;

  /** A results array answering every item PASS except {@code failed}. */
  String results(String checklist, Set<Long> failed) {
    return itemIds(checklist).stream()
        .map(
            id ->
                "{\"itemId\":%d,\"outcome\":\"%s\",\"note\":\"%s\"}"
                    .formatted(id, failed.contains(id) ? "FAIL" : "PASS", "现场检查"))
        .collect(Collectors.joining(",", "[", "]"));
  }

  ResultActions record(RequestPostProcessor who, String json) throws Exception {
    return mvc.perform(
        post("/api/v1/inspections")
            .with(who)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  String newInspection(String uscc, String checklist, String results, boolean finish) {
    return "{\"enterpriseUscc\":\"%s\",\"checklist\":\"%s\",\"results\":%s,\"finish\":%s}"
        .formatted(uscc, checklist, results, finish);
  }

  long hazards(String uscc) {
    return jdbc.sql("SELECT count(*) FROM hazard WHERE enterprise_uscc = ?")
        .param(uscc)
        .query(Long.class)
        .single();
  }

  @Test
  void recordsAnInspectionWhoseFailedItemsBecomeHazardsThenAViolation() throws Exception {
    String uscc = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String regulator = departmentAccount("EMERGENCY");
    var who = as(regulator, Role.DEPARTMENT_STAFF);
    List<Long> items = itemIds("CONFINED_SPACE");
    long major = items.stream().filter(this::itemMajor).findFirst().orElseThrow();

    String body =
        record(
                who,
                newInspection(
                    uscc, "CONFINED_SPACE", results("CONFINED_SPACE", Set.of(major)), true))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.inspection.state").value("FINISHED"))
            .andExpect(jsonPath("$.inspection.enterpriseUscc").value(uscc))
            .andExpect(jsonPath("$.inspection.townCode").value(CHENGXIANG))
            .andExpect(jsonPath("$.items.length()").value(items.size()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.inspection.id")).longValue();
    List<Number> hazardIds =
        JsonPath.read(body, "$.items[?(@.item.id == " + major + ")].result.hazardId");
    assertThat(hazardIds).hasSize(1);
    mvc.perform(get("/api/v1/hazards/" + hazardIds.get(0).longValue()).with(who))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hazard.grade").value("MAJOR"))
        .andExpect(jsonPath("$.hazard.source").value("INSPECTION"));

    mvc.perform(
            post("/api/v1/inspections/" + id + "/violations")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"violation\":\"未落实有限空间作业审批\",\"legalBasis\":\"《安全生产法》第一百零一条\","
                        + "\"penaltyKind\":\"FINE\",\"amountYuan\":20000.50}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.violations[0].penaltyKind").value("FINE"))
        .andExpect(jsonPath("$.violations[0].amountYuan").value(20000.50));

    mvc.perform(get("/api/v1/inspections/" + id).with(who))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.violations.length()").value(1));
    mvc.perform(get("/api/v1/inspections").param("enterprise", uscc).with(who))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(id));

    // Ranked with its reasons, in the caller's language.
    mvc.perform(
            get("/api/v1/inspections/enforcement")
                .param("town", CHENGXIANG)
                .param("top", "500")
                .header("Accept-Language", "en")
                .with(who))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.uscc == '" + uscc + "')].reasons[*].factor")
                .value(Matchers.hasItems("FAILED_ITEM", "PENALTY", "OPEN_MAJOR_HAZARD")))
        .andExpect(
            jsonPath("$[?(@.uscc == '" + uscc + "')].reasons[*].text")
                .value(Matchers.hasItem(Matchers.startsWith("Penalties (12 months) ×1 = "))));
  }

  @Test
  void theApiIsDocumented() throws Exception {
    mvc.perform(get("/v3/api-docs").with(as(account(Role.SYSTEM_ADMIN), Role.SYSTEM_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/inspections'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/inspections/plan'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/violations'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/inspections/enforcement'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/inspections/supervision/{uscc}'].get").exists());
  }

  @Test
  void checklistsListTheirItems() throws Exception {
    String regulator = departmentAccount("EMERGENCY");
    mvc.perform(get("/api/v1/inspections/checklists").with(as(regulator, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(6))
        .andExpect(jsonPath("$[?(@.code == 'DUST')].items[0].text").exists());
  }

  @Test
  void planFiltersByTownGridTierAndStateAndPlannedInspectionsAreRecorded() throws Exception {
    var grid = grid(0);
    double[] at = centreOf(0);
    String inGrid = enterprise(JINGJIANG, at[0], at[1]);
    String noPlace = enterprise(JINGJIANG, null, null);
    chlorineSite(inGrid, 200);
    chlorineSite(noPlace, 200);
    String regulator = departmentAccount("EMERGENCY");
    var who = as(regulator, Role.DEPARTMENT_STAFF);
    YearMonth month = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(2);
    planner.generatePlan(month, "test");

    String plan =
        mvc.perform(
                get("/api/v1/inspections/plan")
                    .param("month", month.toString())
                    .param("town", JINGJIANG)
                    .param("tier", "TIER_1")
                    .param("state", "PLANNED")
                    .param("size", "2000")
                    .with(who))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.month").value(month.toString()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> planned = JsonPath.read(plan, "$.items[*].enterpriseUscc");
    assertThat(planned).contains(inGrid, noPlace);
    List<Number> planId =
        JsonPath.read(plan, "$.items[?(@.enterpriseUscc == '" + inGrid + "')].id");
    long id = planId.get(0).longValue();

    String byGrid =
        mvc.perform(
                get("/api/v1/inspections/plan")
                    .param("month", month.toString())
                    .param("grid", String.valueOf(grid.id()))
                    .with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(byGrid, "$.items[*].enterpriseUscc"))
        .containsExactly(inGrid);
    mvc.perform(
            get("/api/v1/inspections/plan")
                .param("month", month.toString())
                .param("town", JINGJIANG)
                .param("tier", "TIER_4")
                .with(who))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[*].enterpriseUscc").value(Matchers.not(Matchers.hasItem(inGrid))));

    // Supervision: tier 1, monthly, never inspected so due now.
    mvc.perform(get("/api/v1/inspections/supervision/" + inGrid).with(who))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tier").value("TIER_1"))
        .andExpect(jsonPath("$.frequencyMonths").value(1))
        .andExpect(jsonPath("$.majorHazardLevel").value("LEVEL_1"))
        .andExpect(jsonPath("$.lastInspected").doesNotExist())
        .andExpect(jsonPath("$.dueThisMonth").value(true));
    mvc.perform(
            get("/api/v1/inspections/supervision")
                .param("town", JINGJIANG)
                .param("tier", "TIER_1")
                .param("size", "1000")
                .with(who))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].uscc").value(Matchers.hasItems(inGrid, noPlace)));

    // The planned inspection: started, answered, finished through the API.
    mvc.perform(
            post("/api/v1/inspections/" + id + "/start")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"checklist\":\"AMMONIA\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inspection.state").value("IN_PROGRESS"))
        .andExpect(jsonPath("$.inspection.gridId").value(grid.id()));
    mvc.perform(
            post("/api/v1/inspections/" + id + "/results")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"results\":%s,\"finish\":true}".formatted(results("AMMONIA", Set.of()))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inspection.state").value("FINISHED"))
        .andExpect(jsonPath("$.editable").value(false));
    mvc.perform(get("/api/v1/inspections/supervision/" + inGrid).with(who))
        .andExpect(jsonPath("$.lastInspected").exists())
        .andExpect(jsonPath("$.nextDueBy").exists());
  }

  @Test
  void badInputIsRefusedInTheCallersLanguageAndNothingIsKept() throws Exception {
    String uscc = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String regulator = departmentAccount("EMERGENCY");
    var who = as(regulator, Role.DEPARTMENT_STAFF);
    long foreignItem = itemIds("DUST").get(0);

    // An item of another checklist: the ad hoc inspection is not kept either.
    record(
            who,
            newInspection(
                uscc,
                "AMMONIA",
                "[{\"itemId\":%d,\"outcome\":\"FAIL\"}]".formatted(foreignItem),
                false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("item"))
        .andExpect(jsonPath("$.errors[0].message").value("检查项“" + foreignItem + "”不属于该检查表"));
    record(
            who,
            newInspection(
                uscc,
                "AMMONIA",
                "[{\"itemId\":%d,\"outcome\":\"FAIL\"}]".formatted(foreignItem),
                false))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/inspections")
                .with(who)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    newInspection(
                        uscc,
                        "AMMONIA",
                        "[{\"itemId\":%d,\"outcome\":\"FAIL\"}]".formatted(foreignItem),
                        false)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Item \"" + foreignItem + "\" is not on this checklist"));
    // Finishing with items unanswered; an unknown outcome; an unknown checklist.
    long first = itemIds("AMMONIA").get(0);
    record(
            who,
            newInspection(
                uscc, "AMMONIA", "[{\"itemId\":%d,\"outcome\":\"FAIL\"}]".formatted(first), true))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("第 2 项尚未填写结果"));
    record(
            who,
            newInspection(
                uscc, "AMMONIA", "[{\"itemId\":%d,\"outcome\":\"MAYBE\"}]".formatted(first), false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("结果“MAYBE”无效"));
    record(who, newInspection(uscc, "NO_SUCH_LIST", "[]", false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("checklist"));
    mvc.perform(get("/api/v1/inspections/plan").param("month", "2025-13").with(who))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("月份“2025-13”无效，请使用 YYYY-MM 格式"));
    assertThat(inspectionsOf(uscc)).isZero();
    assertThat(hazards(uscc)).isZero();

    // A fine without a valid amount, an unknown penalty: no violation recorded.
    long id =
        ((Number)
                JsonPath.read(
                    record(who, newInspection(uscc, "DUST", "[]", false))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                    "$.inspection.id"))
            .longValue();
    for (String violation :
        List.of(
            "{\"violation\":\"x\",\"legalBasis\":\"y\",\"penaltyKind\":\"FINE\",\"amountYuan\":-5}",
            "{\"violation\":\"x\",\"legalBasis\":\"y\",\"penaltyKind\":\"JAIL\"}")) {
      mvc.perform(
              post("/api/v1/inspections/" + id + "/violations")
                  .with(who)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(violation))
          .andExpect(status().isBadRequest());
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM inspection_violation WHERE inspection_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void wrongRolesAndOtherTownsAreRefusedAndNothingChanges() throws Exception {
    String own = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    String elsewhere = enterprise(BEIGAN, BG_LON, BG_LAT);
    String regulator = departmentAccount("EMERGENCY");
    long foreign =
        ((Number)
                JsonPath.read(
                    record(
                            as(regulator, Role.DEPARTMENT_STAFF),
                            newInspection(elsewhere, "SPRAYING", "[]", false))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                    "$.inspection.id"))
            .longValue();
    String town = account(Role.TOWN_STAFF);
    var townStaff = as(town, Role.TOWN_STAFF);

    // Another town's enterprise is unknown to town staff; its inspection is not found.
    record(townStaff, newInspection(elsewhere, "DUST", "[]", false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("uscc"));
    mvc.perform(get("/api/v1/inspections/" + foreign).with(townStaff))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/inspections/" + foreign + "/results")
                .with(townStaff)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"results\":%s,\"finish\":true}".formatted(results("SPRAYING", Set.of()))))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/inspections/" + foreign + "/violations")
                .with(townStaff)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"violation\":\"x\",\"legalBasis\":\"y\",\"penaltyKind\":\"WARNING\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/inspections").param("enterprise", elsewhere).with(townStaff))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/inspections/supervision/" + elsewhere).with(townStaff))
        .andExpect(status().isNotFound());

    // Roles without business here: another department's staff, an enterprise user; a district
    // leader reads but does not record.
    String economy = departmentAccount("ECONOMY");
    String company = account(Role.ENTERPRISE_USER, Set.of(), own, false);
    String leader = account(Role.DISTRICT_LEADER);
    record(as(economy, Role.DEPARTMENT_STAFF), newInspection(own, "DUST", "[]", false))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.status").value(403));
    record(as(company, Role.ENTERPRISE_USER), newInspection(own, "DUST", "[]", false))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/inspections/enforcement").with(as(company, Role.ENTERPRISE_USER)))
        .andExpect(status().isForbidden());
    record(as(leader, Role.DISTRICT_LEADER), newInspection(own, "DUST", "[]", false))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/inspections/" + foreign).with(as(leader, Role.DISTRICT_LEADER)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/inspections/" + foreign).with(as(economy, Role.DEPARTMENT_STAFF)))
        .andExpect(status().isForbidden());

    assertThat(inspectionsOf(own)).isZero();
    assertThat(
            jdbc.sql("SELECT state FROM inspection WHERE id = ?")
                .param(foreign)
                .query(String.class)
                .single())
        .isEqualTo("IN_PROGRESS");
    assertThat(
            jdbc.sql("SELECT count(*) FROM inspection_result WHERE inspection_id = ?")
                .param(foreign)
                .query(Integer.class)
                .single())
        .isZero();
  }
}
