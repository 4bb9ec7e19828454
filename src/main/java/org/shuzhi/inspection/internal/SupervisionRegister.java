package org.shuzhi.inspection.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.RiskCensus;
import org.shuzhi.risk.RiskColour;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which enterprises are under planned supervision, and in which tier ({@code
 * inspection_supervision}), kept current in two ways: the monthly plan refreshes every enterprise,
 * and a change of one enterprise's risk refreshes that one ({@link SupervisionTierListener}).
 *
 * <p>Both go through the same batch step, which asks the risk module for the colours and levels of
 * a whole batch at once and writes only what changed: a full refresh over ~120,000 enterprises is a
 * handful of statements per batch of {@value #BATCH} (the registry page, the colours, the levels,
 * the stored rows, and the batched writes of changes), never one per enterprise. Every change of
 * tier or interval goes to {@link SupervisionHistory}.
 *
 * <p>Each row also keeps the enterprise's name, town and grid as the registry had them (the
 * supervision list's filters). A change of those alone rewrites the row but is no change of
 * supervision: it leaves no history.
 */
@Repository
class SupervisionRegister {

  static final int BATCH = 1000;

  private static final String COLUMNS =
      "enterprise_uscc, enterprise_name, town_code, grid_id, risk_colour, major_level, tier,"
          + " frequency_months";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;
  private final EnterpriseDirectory enterprises;
  private final RiskCensus census;
  private final MajorHazardRegistry majorHazards;
  private final SupervisionHistory history;

  SupervisionRegister(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate named,
      EnterpriseDirectory enterprises,
      RiskCensus census,
      MajorHazardRegistry majorHazards,
      SupervisionHistory history) {
    this.jdbc = jdbc;
    this.named = named;
    this.enterprises = enterprises;
    this.census = census;
    this.majorHazards = majorHazards;
    this.history = history;
  }

  /**
   * Recomputes every enterprise's supervision in batches; returns the enterprises under
   * supervision. Rows of enterprises no longer in the registry are removed.
   *
   * @param actor the audit actor: null for the signed-in user, a name for a job
   */
  List<SupervisedEnterprise> refresh(TierRules rules, Instant now, String actor) {
    return refresh(rules, now, actor, TierChange.Cause.PLAN);
  }

  /** As {@link #refresh(TierRules, Instant, String)}, with the cause kept in the history. */
  List<SupervisedEnterprise> refresh(
      TierRules rules, Instant now, String actor, TierChange.Cause cause) {
    // Exclusive against one-enterprise refreshes (which take it shared): a risk change committed
    // while this refresh runs is applied after it, by its listener, so the refresh's older reading
    // of that enterprise can never be the last word.
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('inspection_supervision_refresh'))")
        .query()
        .singleRow();
    List<SupervisedEnterprise> supervised = new ArrayList<>();
    Set<String> registered = new HashSet<>();
    int changes = 0;
    long after = 0;
    List<EnterpriseSummary> page;
    do {
      page = enterprises.page(after, BATCH);
      if (page.isEmpty()) {
        break;
      }
      changes += apply(page, rules, now, cause, supervised);
      page.forEach(e -> registered.add(e.uscc()));
      after = page.get(page.size() - 1).id();
    } while (page.size() == BATCH);
    List<String> gone = storedUsccs().stream().filter(uscc -> !registered.contains(uscc)).toList();
    changes += remove(gone, now, cause);
    history.refreshed(changes, actor, cause);
    return supervised;
  }

  /**
   * Recomputes one enterprise's supervision after its risk changed. Idempotent: when nothing
   * changed nothing is written. Returns whether its tier or interval changed.
   */
  boolean refresh(String uscc, TierRules rules, Instant now) {
    // Waits for a full refresh in progress (see above).
    jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtext('inspection_supervision_refresh'))")
        .query()
        .singleRow();
    // Two events for the same enterprise may be handled at once: one after the other, the second
    // sees the first's result and finds nothing to change (no duplicate history).
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('inspection_supervision'), hashtext(?))")
        .param(uscc)
        .query()
        .singleRow();
    Optional<EnterpriseSummary> enterprise = enterprises.byUscc(uscc);
    if (enterprise.isEmpty()) {
      return remove(List.of(uscc), now, TierChange.Cause.RISK_CHANGED) > 0;
    }
    return apply(List.of(enterprise.get()), rules, now, TierChange.Cause.RISK_CHANGED, null) > 0;
  }

  /**
   * Gives rows without a grid the registry's grid, without recomputing any tier (rows stored before
   * the register kept grids; enterprises located since their last refresh). Returns how many rows
   * got one. Harmless next to a refresh: both write the registry's value.
   */
  int fillMissingGrids() {
    List<String> missing =
        jdbc.sql("SELECT enterprise_uscc FROM inspection_supervision WHERE grid_id IS NULL")
            .query(String.class)
            .list();
    int filled = 0;
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<EnterpriseSummary> located =
          enterprises
              .byUsccs(missing.subList(from, Math.min(from + BATCH, missing.size())))
              .stream()
              .filter(e -> e.gridId() != null)
              .toList();
      if (located.isEmpty()) {
        continue;
      }
      filled +=
          jdbc.sql(
                  "UPDATE inspection_supervision s SET grid_id = g.grid FROM unnest(CAST(:usccs AS"
                      + " text[]), CAST(:grids AS bigint[])) AS g(uscc, grid)"
                      + " WHERE s.enterprise_uscc = g.uscc AND s.grid_id IS NULL")
              .param("usccs", located.stream().map(EnterpriseSummary::uscc).toArray(String[]::new))
              .param("grids", located.stream().map(EnterpriseSummary::gridId).toArray(Long[]::new))
              .update();
    }
    return filled;
  }

  /** The enterprises under supervision as last refreshed. */
  List<SupervisedEnterprise> current() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_supervision")
        .query((rs, n) -> map(rs))
        .list();
  }

  /**
   * Computes the supervision of a batch of enterprises, writes the rows that differ from the stored
   * ones and records the changes of tier or interval. Adds the supervised ones to {@code
   * supervised} when given. Returns the number of tier changes.
   */
  private int apply(
      List<EnterpriseSummary> batch,
      TierRules rules,
      Instant now,
      TierChange.Cause cause,
      List<SupervisedEnterprise> supervised) {
    List<String> usccs = batch.stream().map(EnterpriseSummary::uscc).toList();
    Map<String, RiskColour> colours = census.coloursOfEnterprises(usccs);
    Map<String, MajorHazardLevel> levels = majorHazards.highestLevels(usccs);
    Map<String, SupervisedEnterprise> stored = stored(usccs);
    List<SupervisedEnterprise> upserts = new ArrayList<>();
    List<String> removals = new ArrayList<>();
    List<TierChange> changes = new ArrayList<>();
    for (EnterpriseSummary e : batch) {
      RiskColour colour = colours.get(e.uscc());
      MajorHazardLevel level = levels.get(e.uscc());
      SupervisedEnterprise after =
          rules
              .supervisionOf(colour, level)
              .map(
                  s ->
                      new SupervisedEnterprise(
                          e.uscc(), e.name(), e.townCode(), e.gridId(), colour, level, s))
              .orElse(null);
      SupervisedEnterprise before = stored.get(e.uscc());
      if (after != null && supervised != null) {
        supervised.add(after);
      }
      if (Objects.equals(before, after)) {
        continue;
      }
      if (after == null) {
        removals.add(e.uscc());
      } else {
        upserts.add(after);
      }
      Supervision from = before == null ? null : before.supervision();
      Supervision to = after == null ? null : after.supervision();
      if (!Objects.equals(from, to)) {
        changes.add(new TierChange(e.uscc(), e.townCode(), from, to, colour, level));
      }
    }
    upsert(upserts, now);
    delete(removals);
    history.record(changes, cause, now);
    return changes.size();
  }

  /** Removes the rows of enterprises no longer in the registry; returns how many there were. */
  private int remove(List<String> usccs, Instant now, TierChange.Cause cause) {
    if (usccs.isEmpty()) {
      return 0;
    }
    List<TierChange> changes =
        stored(usccs).values().stream()
            .map(s -> new TierChange(s.uscc(), s.townCode(), s.supervision(), null, null, null))
            .toList();
    delete(usccs);
    history.record(changes, cause, now);
    return changes.size();
  }

  private Map<String, SupervisedEnterprise> stored(List<String> usccs) {
    Map<String, SupervisedEnterprise> result = new HashMap<>();
    jdbc.sql(
            "SELECT " + COLUMNS + " FROM inspection_supervision WHERE enterprise_uscc = ANY(:keys)")
        .param("keys", usccs.toArray(String[]::new))
        .query((rs, n) -> map(rs))
        .list()
        .forEach(s -> result.put(s.uscc(), s));
    return result;
  }

  private List<String> storedUsccs() {
    return jdbc.sql("SELECT enterprise_uscc FROM inspection_supervision")
        .query(String.class)
        .list();
  }

  private void upsert(List<SupervisedEnterprise> rows, Instant now) {
    if (rows.isEmpty()) {
      return;
    }
    MapSqlParameterSource[] params = new MapSqlParameterSource[rows.size()];
    for (int i = 0; i < params.length; i++) {
      SupervisedEnterprise s = rows.get(i);
      params[i] =
          new MapSqlParameterSource()
              .addValue("uscc", s.uscc())
              .addValue("name", s.name())
              .addValue("town", s.townCode())
              .addValue("grid", s.gridId())
              .addValue("colour", s.colour() == null ? null : s.colour().name())
              .addValue("level", s.level() == null ? null : s.level().name())
              .addValue("tier", s.supervision().tier().name())
              .addValue("months", s.supervision().frequencyMonths())
              .addValue("now", Timestamp.from(now));
    }
    named.batchUpdate(
        "INSERT INTO inspection_supervision (enterprise_uscc, enterprise_name, town_code,"
            + " grid_id, risk_colour, major_level, tier, frequency_months, refreshed_at)"
            + " VALUES (:uscc, :name, :town, :grid, :colour, :level, :tier, :months, :now)"
            + " ON CONFLICT (enterprise_uscc) DO UPDATE SET enterprise_name = EXCLUDED.enterprise_name,"
            + " town_code = EXCLUDED.town_code, grid_id = EXCLUDED.grid_id,"
            + " risk_colour = EXCLUDED.risk_colour,"
            + " major_level = EXCLUDED.major_level, tier = EXCLUDED.tier,"
            + " frequency_months = EXCLUDED.frequency_months, refreshed_at = EXCLUDED.refreshed_at",
        params);
  }

  private void delete(List<String> usccs) {
    if (usccs.isEmpty()) {
      return;
    }
    jdbc.sql("DELETE FROM inspection_supervision WHERE enterprise_uscc = ANY(:keys)")
        .param("keys", usccs.toArray(String[]::new))
        .update();
  }

  /** A row of {@code inspection_supervision} (columns named as in the table). */
  static SupervisedEnterprise map(java.sql.ResultSet rs) throws java.sql.SQLException {
    String colour = rs.getString("risk_colour");
    String level = rs.getString("major_level");
    return new SupervisedEnterprise(
        rs.getString("enterprise_uscc"),
        rs.getString("enterprise_name"),
        rs.getString("town_code"),
        rs.getObject("grid_id", Long.class),
        colour == null ? null : RiskColour.valueOf(colour),
        level == null ? null : MajorHazardLevel.valueOf(level),
        new Supervision(
            SupervisionTier.valueOf(rs.getString("tier")), rs.getInt("frequency_months")));
  }
}
