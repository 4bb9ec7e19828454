package org.shuzhi.risk.internal.safetycode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.risk.RiskColour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of the safety-code rules; the highest version is current, older ones stay. */
@Repository
class SafetyCodeRuleRepository {

  private final JdbcClient jdbc;

  SafetyCodeRuleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  SafetyCodeRuleSet current() {
    int version =
        jdbc.sql("SELECT max(version) FROM risk_safety_code_rule_set")
            .query(Integer.class)
            .single();
    Map<Integer, RiskColour> colours = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT position, colour FROM risk_safety_code_rule WHERE version = ? ORDER BY position")
        .param(version)
        .query(
            rs -> {
              colours.put(rs.getInt("position"), RiskColour.valueOf(rs.getString("colour")));
            });
    Map<Integer, Map<SafetyCodeInput, String>> conditions = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT position, input, threshold FROM risk_safety_code_condition WHERE version = ?"
                + " ORDER BY position, ordinal")
        .param(version)
        .query(
            rs -> {
              conditions
                  .computeIfAbsent(rs.getInt("position"), p -> new LinkedHashMap<>())
                  .put(SafetyCodeInput.valueOf(rs.getString("input")), rs.getString("threshold"));
            });
    List<SafetyCodeRule> rules = new ArrayList<>();
    colours.forEach(
        (position, colour) ->
            rules.add(
                new SafetyCodeRule(position, colour, conditions.getOrDefault(position, Map.of()))));
    return new SafetyCodeRuleSet(version, rules);
  }

  /** Stores the rules as the next version (serialised by a table lock) and returns it. */
  SafetyCodeRuleSet addVersion(List<SafetyCodeRule> rules, String actor) {
    jdbc.sql("LOCK TABLE risk_safety_code_rule_set IN EXCLUSIVE MODE").update();
    int version =
        jdbc.sql("SELECT max(version) + 1 FROM risk_safety_code_rule_set")
            .query(Integer.class)
            .single();
    jdbc.sql("INSERT INTO risk_safety_code_rule_set (version, created_by) VALUES (?, ?)")
        .params(version, actor)
        .update();
    for (SafetyCodeRule r : rules) {
      jdbc.sql("INSERT INTO risk_safety_code_rule (version, position, colour) VALUES (?, ?, ?)")
          .params(version, r.position(), r.colour().name())
          .update();
      int ordinal = 0;
      for (var c : r.conditions().entrySet()) {
        jdbc.sql(
                "INSERT INTO risk_safety_code_condition (version, position, ordinal, input,"
                    + " threshold) VALUES (?, ?, ?, ?, ?)")
            .params(version, r.position(), ++ordinal, c.getKey().name(), c.getValue())
            .update();
      }
    }
    return new SafetyCodeRuleSet(version, rules);
  }
}
