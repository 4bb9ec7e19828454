package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.RiskColour;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The inspection map layer: overdue, due (by tier) and with findings, one point per enterprise,
 * within the data scope, with the category filter and labels in both languages.
 */
class InspectionMapLayerIntegrationTest extends InspectionTestSupport {

  @Autowired InspectionPlanner planner;
  @Autowired Clock clock;

  /** The layer's rows by point id: [id, lon, lat, label, colour, synthetic]. */
  Map<Long, List<Object>> points(String username, Role role, String category, String lang)
      throws Exception {
    var request = get("/map/layers/inspections").param("town", CHENGXIANG).with(as(username, role));
    if (category != null) {
      request.param("category", category);
    }
    if (lang != null) {
      request.param("lang", lang);
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

  long plannedId(String uscc, YearMonth month) {
    return jdbc.sql("SELECT id FROM inspection WHERE enterprise_uscc = ? AND plan_month = ?")
        .params(uscc, java.sql.Date.valueOf(month.atDay(1)))
        .query(Long.class)
        .single();
  }

  /** Records and finishes an ad hoc inspection through the API; returns its id. */
  long inspect(String regulator, String uscc, String checklist, Set<Long> failed) throws Exception {
    String results =
        itemIds(checklist).stream()
            .map(
                id ->
                    "{\"itemId\":%d,\"outcome\":\"%s\"}"
                        .formatted(id, failed.contains(id) ? "FAIL" : "PASS"))
            .collect(Collectors.joining(",", "[", "]"));
    String body =
        mvc.perform(
                post("/api/v1/inspections")
                    .with(as(regulator, Role.DEPARTMENT_STAFF))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"enterpriseUscc\":\"%s\",\"checklist\":\"%s\",\"results\":%s,\"finish\":true}"
                            .formatted(uscc, checklist, results)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.inspection.id")).longValue();
  }

  @Test
  void overdueDueAndFindingsInScopeColouredAndLabelled() throws Exception {
    String regulator = departmentAccount("EMERGENCY");
    YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    // Planned last month and not inspected since: overdue. Tier 1 (level 一).
    String late = enterprise(CHENGXIANG, CX_LON, CX_LAT);
    chlorineSite(late, 200);
    planner.generatePlan(now.minusMonths(1), "test");
    // Supervised only from this month on: due, tier 3 (level 三, half-yearly).
    String due = enterprise(CHENGXIANG, CX_LON + 0.001, CX_LAT);
    chlorineSite(due, 0);
    planner.generatePlan(now, "test");
    // Inspected with one failed item, no plan: findings.
    String found = enterprise(CHENGXIANG, CX_LON + 0.002, CX_LAT);
    long major = itemIds("DUST").stream().filter(this::itemMajor).findFirst().orElseThrow();
    long findings = inspect(regulator, found, "DUST", Set.of(major));
    // Another town's enterprise with findings: outside a CHENGXIANG town officer's scope.
    String elsewhere = enterprise(BEIGAN, BG_LON, BG_LAT);
    long elsewhereFindings = inspect(regulator, elsewhere, "DUST", Set.of(major));

    long overdueId = plannedId(late, now.minusMonths(1));
    long dueId = plannedId(due, now);
    var all = points(regulator, Role.DEPARTMENT_STAFF, null, null);
    // One point per enterprise: the overdue entry, not this month's entry of the same enterprise.
    assertThat(all)
        .containsKeys(overdueId, dueId, findings)
        .doesNotContainKey(plannedId(late, now));
    assertThat(all.get(overdueId).get(4)).isEqualTo(InspectionMapLayer.OVERDUE_COLOUR);
    assertThat((String) all.get(overdueId).get(3))
        .contains("逾期未检")
        .contains(now.minusMonths(1).toString());
    assertThat(all.get(dueId).get(4)).isEqualTo(RiskColour.YELLOW.css());
    assertThat((String) all.get(dueId).get(3)).contains("本月待检").contains("三级监管");
    assertThat(all.get(findings).get(4)).isEqualTo(InspectionMapLayer.OPEN_FINDINGS_COLOUR);
    assertThat((String) all.get(findings).get(3)).contains("检查发现问题 1 项，未整改 1 项");
    assertThat(((Number) all.get(dueId).get(1)).doubleValue())
        .isCloseTo(CX_LON + 0.001, within(1e-9));
    // The town filter keeps other towns out even for the district-wide regulator.
    assertThat(all).doesNotContainKey(elsewhereFindings);

    var english = points(regulator, Role.DEPARTMENT_STAFF, null, "en");
    assertThat((String) english.get(overdueId).get(3)).contains("inspection overdue");
    assertThat((String) english.get(dueId).get(3))
        .contains("due for inspection this month (Tier 3)");
    assertThat((String) english.get(findings).get(3)).contains("1 findings, 1 not yet rectified");

    // Category filter: a status, a tier; another layer's category is ignored.
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, "OVERDUE", null))
        .containsKey(overdueId)
        .doesNotContainKeys(dueId, findings);
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, "TIER_3", null))
        .containsKey(dueId)
        .doesNotContainKeys(overdueId, findings);
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, "FINDINGS", null))
        .containsKey(findings)
        .doesNotContainKeys(overdueId, dueId);
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, "RED", null))
        .containsKeys(overdueId, dueId, findings);

    // Scope: town staff of 城厢 see theirs; BEIGAN's is not theirs (asked without town filter).
    String town = account(Role.TOWN_STAFF);
    assertThat(points(town, Role.TOWN_STAFF, null, null)).containsKeys(overdueId, dueId, findings);
    String body =
        mvc.perform(get("/map/layers/inspections").with(as(town, Role.TOWN_STAFF)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Number> ids = JsonPath.read(body, "$.points[*][0]");
    assertThat(ids.stream().map(Number::longValue).toList())
        .contains(findings)
        .doesNotContain(elsewhereFindings);
    // Staff of another department have no business with inspections: no points at all.
    assertThat(points(departmentAccount("ECONOMY"), Role.DEPARTMENT_STAFF, null, null)).isEmpty();

    // Inspecting the late enterprise meets the obligation: neither overdue nor due any more;
    // with all items passed it has no findings either.
    inspect(regulator, late, "DUST", Set.of());
    assertThat(points(regulator, Role.DEPARTMENT_STAFF, null, null))
        .doesNotContainKeys(overdueId, plannedId(late, now))
        .containsKeys(dueId, findings);
  }
}
