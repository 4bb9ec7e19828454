package org.shuzhi.inspection.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference data: tier rules, score weights, checklists. */
@Repository
class ReferenceRepository {

  private final JdbcClient jdbc;

  ReferenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<TierRule> tierRules() {
    return jdbc.sql(
            "SELECT id, criterion, criterion_value, tier, frequency_months, updated_by, version"
                + " FROM inspection_tier_rule ORDER BY criterion DESC, criterion_value")
        .query(
            (rs, n) ->
                new TierRule(
                    rs.getLong("id"),
                    TierCriterion.valueOf(rs.getString("criterion")),
                    rs.getString("criterion_value"),
                    SupervisionTier.valueOf(rs.getString("tier")),
                    rs.getInt("frequency_months"),
                    rs.getString("updated_by"),
                    rs.getInt("version")))
        .list();
  }

  Optional<TierRule> tierRule(long id) {
    return tierRules().stream().filter(r -> r.id() == id).findFirst();
  }

  /** Updates a rule if it is still at {@code version}; false when someone changed it meanwhile. */
  boolean updateTierRule(
      long id, SupervisionTier tier, int frequencyMonths, int version, String by, Instant at) {
    return jdbc.sql(
                "UPDATE inspection_tier_rule SET tier = :tier, frequency_months = :months,"
                    + " updated_by = :by, updated_at = :at, version = version + 1"
                    + " WHERE id = :id AND version = :version")
            .param("tier", tier.name())
            .param("months", frequencyMonths)
            .param("by", by)
            .param("at", Timestamp.from(at))
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /**
   * Serialises additions and removals of tier rules for the transaction (so two administrators
   * cannot both remove "the second-last" rule, or add the same criterion twice).
   */
  void lockTierRules() {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('inspection_tier_rule'))")
        .query((rs, n) -> 1)
        .list();
  }

  long insertTierRule(
      TierCriterion criterion,
      String value,
      SupervisionTier tier,
      int frequencyMonths,
      String by,
      Instant at) {
    return jdbc.sql(
            "INSERT INTO inspection_tier_rule (criterion, criterion_value, tier, frequency_months,"
                + " updated_by, updated_at) VALUES (:criterion, :value, :tier, :months, :by, :at)"
                + " RETURNING id")
        .param("criterion", criterion.name())
        .param("value", value)
        .param("tier", tier.name())
        .param("months", frequencyMonths)
        .param("by", by)
        .param("at", Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  /** Removes a rule if it is still at {@code version}; false when it changed or went meanwhile. */
  boolean deleteTierRule(long id, int version) {
    return jdbc.sql("DELETE FROM inspection_tier_rule WHERE id = :id AND version = :version")
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /** Keeps a version of a rule: as it stands after {@code action}, or as it was when deleted. */
  void keepHistory(TierRule rule, String action, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO inspection_tier_rule_history (rule_id, action, criterion,"
                + " criterion_value, tier, frequency_months, version, changed_by, changed_at)"
                + " VALUES (:id, :action, :criterion, :value, :tier, :months, :version, :by, :at)")
        .param("id", rule.id())
        .param("action", action)
        .param("criterion", rule.criterion().name())
        .param("value", rule.value())
        .param("tier", rule.tier().name())
        .param("months", rule.frequencyMonths())
        .param("version", rule.version())
        .param("by", by)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** The latest kept versions of the tier rules, newest first. */
  List<TierRuleChange> tierRuleHistory(int limit) {
    return jdbc.sql(
            "SELECT rule_id, action, criterion, criterion_value, tier, frequency_months, version,"
                + " changed_by, changed_at FROM inspection_tier_rule_history"
                + " ORDER BY changed_at DESC, id DESC LIMIT :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                new TierRuleChange(
                    rs.getLong("rule_id"),
                    rs.getString("action"),
                    TierCriterion.valueOf(rs.getString("criterion")),
                    rs.getString("criterion_value"),
                    SupervisionTier.valueOf(rs.getString("tier")),
                    rs.getInt("frequency_months"),
                    rs.getInt("version"),
                    rs.getString("changed_by"),
                    rs.getTimestamp("changed_at").toInstant()))
        .list();
  }

  Map<ScoreFactor, BigDecimal> weights() {
    Map<ScoreFactor, BigDecimal> weights = new EnumMap<>(ScoreFactor.class);
    jdbc.sql("SELECT factor, points FROM inspection_score_weight")
        .query(
            rs -> {
              weights.put(ScoreFactor.valueOf(rs.getString("factor")), rs.getBigDecimal("points"));
            });
    return weights;
  }

  void updateWeight(ScoreFactor factor, BigDecimal points, String by, Instant at) {
    jdbc.sql(
            "UPDATE inspection_score_weight SET points = :points, updated_by = :by,"
                + " updated_at = :at WHERE factor = :factor")
        .param("points", points)
        .param("by", by)
        .param("at", Timestamp.from(at))
        .param("factor", factor.name())
        .update();
  }

  List<String> checklistCodes() {
    return jdbc.sql("SELECT code FROM inspection_checklist ORDER BY position")
        .query(String.class)
        .list();
  }

  List<ChecklistItem> items(String checklistCode) {
    return jdbc.sql(
            "SELECT id, checklist_code, position, text, major FROM inspection_checklist_item"
                + " WHERE checklist_code = ? ORDER BY position")
        .param(checklistCode)
        .query(
            (rs, n) ->
                new ChecklistItem(
                    rs.getLong("id"),
                    rs.getString("checklist_code"),
                    rs.getInt("position"),
                    rs.getString("text"),
                    rs.getBoolean("major")))
        .list();
  }
}
