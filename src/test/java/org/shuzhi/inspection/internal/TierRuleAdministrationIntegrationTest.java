package org.shuzhi.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Adding and removing tier rules on the admin page: admin only, validated (criterion and value, no
 * duplicate, frequency 1–36, at least one rule left, no stale removal), every version kept in the
 * rule history and the audit trail. Each test leaves the rules as it found them.
 */
class TierRuleAdministrationIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;

  /**
   * Every rule change refreshes the register after commit, asynchronously: let those refreshes
   * finish before the next test, which may count supervision changes of its own enterprises.
   */
  @AfterEach
  void registerRefreshed() {
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.sql(
                            "SELECT count(*) FROM event_publication"
                                + " WHERE event_type LIKE '%TierRulesChanged'")
                        .query(Integer.class)
                        .single()
                    == 0);
  }

  record Rule(long id, String criterion, String value, String tier, int months, int version) {}

  List<Rule> rules() {
    return jdbc.sql(
            "SELECT id, criterion, criterion_value, tier, frequency_months, version"
                + " FROM inspection_tier_rule ORDER BY id")
        .query(
            (rs, n) ->
                new Rule(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getInt(6)))
        .list();
  }

  Rule rule(String criterion, String value) {
    return rules().stream()
        .filter(r -> r.criterion().equals(criterion) && r.value().equals(value))
        .findFirst()
        .orElseThrow();
  }

  RequestPostProcessor admin() {
    return InspectionTestSupport.as(account(Role.SYSTEM_ADMIN), Role.SYSTEM_ADMIN);
  }

  ResultActions add(
      RequestPostProcessor who, String criterion, String value, String tier, String months)
      throws Exception {
    var request = post("/inspections/rules").with(who).with(csrf()).param("criterion", criterion);
    request.param("value", value).param("tier", tier).param("frequencyMonths", months);
    return mvc.perform(request);
  }

  ResultActions remove(RequestPostProcessor who, Rule rule) throws Exception {
    return mvc.perform(
        post("/inspections/rules/" + rule.id() + "/delete")
            .with(who)
            .with(csrf())
            .param("version", String.valueOf(rule.version())));
  }

  int history(long ruleId, String action) {
    return jdbc.sql(
            "SELECT count(*) FROM inspection_tier_rule_history WHERE rule_id = ? AND action = ?")
        .params(ruleId, action)
        .query(Integer.class)
        .single();
  }

  int audit(long ruleId, String action) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE target_type = 'inspection_tier_rule'"
                + " AND target_id = ? AND action = ?")
        .params(String.valueOf(ruleId), action)
        .query(Integer.class)
        .single();
  }

  @Test
  void removedRuleCanBeAddedAgainAndBothChangesAreKept() throws Exception {
    var admin = admin();
    Rule blue = rule("RISK_COLOUR", "BLUE");

    remove(admin, blue).andExpect(status().is3xxRedirection());
    assertThat(rules()).extracting(Rule::id).doesNotContain(blue.id());
    // A second administrator's stale page: the rule is gone already.
    remove(admin, blue)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("该规则已被他人修改")));
    add(admin, "RISK_COLOUR", "BLUE", blue.tier(), String.valueOf(blue.months()))
        .andExpect(status().is3xxRedirection());

    Rule again = rule("RISK_COLOUR", "BLUE");
    assertThat(again.id()).isNotEqualTo(blue.id());
    assertThat(again.tier()).isEqualTo(blue.tier());
    assertThat(again.months()).isEqualTo(blue.months());
    assertThat(history(blue.id(), "DELETE")).isEqualTo(1);
    assertThat(history(again.id(), "CREATE")).isEqualTo(1);
    assertThat(audit(blue.id(), "DELETE")).isEqualTo(1);
    assertThat(audit(again.id(), "CREATE")).isEqualTo(1);
    mvc.perform(get("/inspections/rules").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("规则变更记录")))
        .andExpect(content().string(containsString("新增规则")));
    mvc.perform(get("/inspections/rules").param("lang", "en").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rule history")))
        .andExpect(content().string(containsString("Add rule")));

    // Edits are versioned in the same history.
    mvc.perform(
            post("/inspections/rules/" + again.id())
                .with(admin)
                .with(csrf())
                .param("tier", again.tier())
                .param("frequencyMonths", String.valueOf(again.months()))
                .param("version", String.valueOf(again.version())))
        .andExpect(status().is3xxRedirection());
    assertThat(history(again.id(), "UPDATE")).isEqualTo(1);
  }

  @Test
  void badRulesAreRefusedWithReasonsAndNothingChanges() throws Exception {
    var admin = admin();
    List<Rule> before = rules();
    Rule red = rule("RISK_COLOUR", "RED");

    add(admin, "RISK_COLOUR", "RED", "TIER_1", "1")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("该依据和取值已有规则")));
    add(admin, "RISK_COLOUR", "LEVEL_1", "TIER_1", "1")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("“LEVEL_1”不是所选依据的有效取值")));
    add(admin, "POPULATION", "RED", "TIER_1", "1")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请选择有效的依据")));
    add(admin, "MAJOR_HAZARD_LEVEL", "LEVEL_2", "TIER_2", "0")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("检查频次须为 1 至 36 个月")));
    add(admin, "MAJOR_HAZARD_LEVEL", "LEVEL_2", "TIER_2", "37")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("检查频次须为 1 至 36 个月")));
    mvc.perform(
            post("/inspections/rules")
                .with(admin)
                .with(csrf())
                .param("lang", "en")
                .param("criterion", "RISK_COLOUR")
                .param("value", "RED")
                .param("tier", "TIER_1")
                .param("frequencyMonths", "monthly"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not a valid number")));
    // A removal based on an old version is refused.
    remove(
            admin,
            new Rule(
                red.id(),
                red.criterion(),
                red.value(),
                red.tier(),
                red.months(),
                red.version() + 7))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("该规则已被他人修改")));

    // Only the system administrator adds or removes.
    String regulator = departmentAccount("EMERGENCY");
    String town = account(Role.TOWN_STAFF);
    for (var who :
        List.of(
            InspectionTestSupport.as(regulator, Role.DEPARTMENT_STAFF),
            InspectionTestSupport.as(town, Role.TOWN_STAFF))) {
      remove(who, red).andExpect(status().isForbidden());
      add(who, "RISK_COLOUR", "RED", "TIER_1", "1").andExpect(status().isForbidden());
    }
    assertThat(rules()).isEqualTo(before);
  }

  @Test
  void theLastRuleStays() throws Exception {
    var admin = admin();
    List<Rule> before = rules();
    List<Rule> removed = new ArrayList<>();
    try {
      for (Rule r : before.subList(0, before.size() - 1)) {
        remove(admin, r).andExpect(status().is3xxRedirection());
        removed.add(r);
      }
      Rule last = before.get(before.size() - 1);
      remove(admin, last)
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("至少须保留一条分级监管规则")));
      assertThat(rules()).extracting(Rule::id).containsExactly(last.id());
    } finally {
      for (Rule r : removed) {
        add(admin, r.criterion(), r.value(), r.tier(), String.valueOf(r.months()))
            .andExpect(status().is3xxRedirection());
      }
    }
    assertThat(rules())
        .extracting(r -> r.criterion() + r.value() + r.tier() + r.months())
        .containsExactlyInAnyOrderElementsOf(
            before.stream().map(r -> r.criterion() + r.value() + r.tier() + r.months()).toList());
  }
}
