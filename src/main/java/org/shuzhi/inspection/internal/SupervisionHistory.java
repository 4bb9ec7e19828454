package org.shuzhi.inspection.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditTrail;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps every supervision change ({@code inspection_supervision_change}, one batched insert per
 * refreshed batch) and audits it: a change caused by a risk change one entry each (it follows one
 * user's edit of the risk census), a plan refresh one entry with its count (its changes follow the
 * rules and are itemised in the history).
 */
@Component
class SupervisionHistory {

  static final String TARGET = "inspection_supervision";

  /** Audit actor of changes made by the application itself (jobs, event listeners). */
  static final String SYSTEM = "system";

  private final NamedParameterJdbcTemplate named;
  private final AuditTrail trail;

  SupervisionHistory(NamedParameterJdbcTemplate named, AuditTrail trail) {
    this.named = named;
    this.trail = trail;
  }

  void record(List<TierChange> changes, TierChange.Cause cause, Instant at) {
    if (changes.isEmpty()) {
      return;
    }
    MapSqlParameterSource[] rows = new MapSqlParameterSource[changes.size()];
    for (int i = 0; i < rows.length; i++) {
      TierChange c = changes.get(i);
      rows[i] =
          new MapSqlParameterSource()
              .addValue("uscc", c.uscc())
              .addValue("town", c.townCode())
              .addValue("fromTier", c.from() == null ? null : c.from().tier().name())
              .addValue("fromFrequency", c.from() == null ? null : c.from().frequencyMonths())
              .addValue("toTier", c.to() == null ? null : c.to().tier().name())
              .addValue("toFrequency", c.to() == null ? null : c.to().frequencyMonths())
              .addValue("colour", c.colour() == null ? null : c.colour().name())
              .addValue("level", c.level() == null ? null : c.level().name())
              .addValue("cause", cause.name())
              .addValue("at", Timestamp.from(at));
    }
    named.batchUpdate(
        "INSERT INTO inspection_supervision_change (enterprise_uscc, town_code, from_tier,"
            + " from_frequency, to_tier, to_frequency, risk_colour, major_level, cause,"
            + " changed_at) VALUES (:uscc, :town, :fromTier, :fromFrequency, :toTier,"
            + " :toFrequency, :colour, :level, :cause, :at)",
        rows);
    if (cause == TierChange.Cause.RISK_CHANGED) {
      for (TierChange c : changes) {
        trail.record(
            AuditEntry.updated(TARGET, c.uscc(), state(c.from()), state(c.to()))
                .withDetail(cause.name())
                .asActor(SYSTEM, null));
      }
    }
  }

  /** One entry for a refresh of every enterprise, with the number of changes it made. */
  void refreshed(int changes, String actor, TierChange.Cause cause) {
    AuditEntry entry =
        AuditEntry.change(AuditAction.UPDATE, TARGET, null, null, null)
            .withDetail(cause.name() + ": " + changes + " supervision changes");
    trail.record(actor == null ? entry : entry.asActor(actor, null));
  }

  /** Audit state of a supervision; null when not under planned supervision. */
  private static Map<String, Object> state(Supervision s) {
    if (s == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tier", s.tier());
    m.put("frequencyMonths", s.frequencyMonths());
    return m;
  }
}
