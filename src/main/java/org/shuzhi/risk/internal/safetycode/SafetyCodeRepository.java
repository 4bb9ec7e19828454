package org.shuzhi.risk.internal.safetycode;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored codes: batched upserts, scoped reads, and the public lookup by token. */
@Repository
class SafetyCodeRepository {

  static final ScopeColumns SCOPE = new ScopeColumns("town_code", null, "uscc");

  /** A computed code ready to store. */
  record Computed(
      EnterpriseRoster.Entry enterprise,
      SafetyCodeInputs inputs,
      SafetyCodeRuleSet.Verdict verdict,
      int ruleVersion) {}

  /** One page of a list. */
  record Page(List<SafetyCodeView> items, long total) {}

  private static final String COLUMNS =
      "id, uscc, token, enterprise_name, town_code, lon, lat, synthetic, colour, rule_version,"
          + " rule_position, rule_text, risk_colour, major_hazard_level, open_hazards,"
          + " open_major_hazards, supervised_major_hazards, overdue_hazards, max_days_overdue,"
          + " highest_escalation, inspection_findings, active_alarms, computed_at";

  private static final String VALUES =
      "enterprise_name, town_code, lon, lat, synthetic, colour, rule_version, rule_position,"
          + " rule_text, risk_colour, major_hazard_level, open_hazards, open_major_hazards,"
          + " supervised_major_hazards, overdue_hazards, max_days_overdue, highest_escalation,"
          + " inspection_findings, active_alarms";

  /**
   * Inserts new codes with a fresh token; rewrites an existing row only when something in it
   * changed, and never its token (printed QR codes stay valid).
   */
  private static final String UPSERT =
      "INSERT INTO risk_safety_code (uscc, token, "
          + VALUES
          + ", computed_at) VALUES (:uscc, :token, :name, :town, :lon, :lat, :synthetic, :colour,"
          + " :ruleVersion, :rulePosition, :ruleText, :riskColour, :level, :open, :openMajor,"
          + " :supervised, :overdue, :daysOverdue, :escalation, :findings, :alarms, :at)"
          + " ON CONFLICT (uscc) DO UPDATE SET ("
          + VALUES
          + ", computed_at) = (EXCLUDED."
          + VALUES.replace(", ", ", EXCLUDED.")
          + ", EXCLUDED.computed_at) WHERE ("
          + VALUES.replace(", ", ", risk_safety_code.").replaceFirst("^", "risk_safety_code.")
          + ") IS DISTINCT FROM (EXCLUDED."
          + VALUES.replace(", ", ", EXCLUDED.")
          + ")";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;
  private final SecureRandom random = new SecureRandom();

  SafetyCodeRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  /** Stores the codes; returns how many rows were inserted or changed. */
  int store(List<Computed> codes, Instant at) {
    MapSqlParameterSource[] batch = new MapSqlParameterSource[codes.size()];
    for (int i = 0; i < batch.length; i++) {
      Computed c = codes.get(i);
      SafetyCodeInputs in = c.inputs();
      SafetyCodeRule rule = c.verdict().rule();
      batch[i] =
          new MapSqlParameterSource()
              .addValue("uscc", c.enterprise().uscc())
              .addValue("token", newToken())
              .addValue("name", c.enterprise().name())
              .addValue("town", c.enterprise().townCode())
              .addValue("lon", c.enterprise().lon())
              .addValue("lat", c.enterprise().lat())
              .addValue("synthetic", c.enterprise().synthetic())
              .addValue("colour", c.verdict().colour().name())
              .addValue("ruleVersion", c.ruleVersion())
              .addValue("rulePosition", rule == null ? null : rule.position())
              .addValue("ruleText", rule == null ? null : rule.text())
              .addValue("riskColour", name(in.riskColour()))
              .addValue("level", name(in.majorHazardLevel()))
              .addValue("open", in.openHazards())
              .addValue("openMajor", in.openMajorHazards())
              .addValue("supervised", in.supervisedMajorHazards())
              .addValue("overdue", in.overdueHazards())
              .addValue("daysOverdue", in.maxDaysOverdue())
              .addValue("escalation", name(in.highestEscalation()))
              .addValue("findings", in.inspectionFindings())
              .addValue("alarms", in.activeAlarms())
              .addValue("at", Timestamp.from(at));
    }
    int changed = 0;
    for (int n : named.batchUpdate(UPSERT, batch)) {
      changed += Math.max(n, 0);
    }
    return changed;
  }

  /** 128 random bits, base64url without padding (22 characters). */
  private String newToken() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  Page search(String townCode, RiskColour colour, DataScope scope, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    List<String> where = new ArrayList<>();
    where.add(SCOPE.predicate(scope, params));
    if (townCode != null) {
      where.add("town_code = :town");
      params.put("town", townCode);
    }
    if (colour != null) {
      where.add("colour = :colour");
      params.put("colour", colour.name());
    }
    String clause = " WHERE " + String.join(" AND ", where);
    long total =
        jdbc.sql("SELECT count(*) FROM risk_safety_code" + clause)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<SafetyCodeView> items =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM risk_safety_code"
                    + clause
                    + " ORDER BY CASE colour WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1"
                    + " WHEN 'YELLOW' THEN 2 ELSE 3 END, enterprise_name, id"
                    + " LIMIT :limit OFFSET :offset")
            .params(params)
            .query(SafetyCodeRepository::map)
            .list();
    return new Page(items, total);
  }

  Optional<SafetyCodeView> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String predicate = SCOPE.predicate(scope, params);
    params.put("id", id);
    return jdbc.sql("SELECT " + COLUMNS + " FROM risk_safety_code WHERE id = :id AND " + predicate)
        .params(params)
        .query(SafetyCodeRepository::map)
        .optional();
  }

  Optional<SafetyCodeView> byToken(String token) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM risk_safety_code WHERE token = ?")
        .param(token)
        .query(SafetyCodeRepository::map)
        .optional();
  }

  Optional<SafetyCodeView> byUscc(String uscc) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM risk_safety_code WHERE uscc = ?")
        .param(uscc)
        .query(SafetyCodeRepository::map)
        .optional();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  static SafetyCodeView map(ResultSet rs, int n) throws SQLException {
    return new SafetyCodeView(
        rs.getLong("id"),
        rs.getString("uscc"),
        rs.getString("enterprise_name"),
        rs.getString("town_code"),
        (Double) rs.getObject("lon"),
        (Double) rs.getObject("lat"),
        rs.getBoolean("synthetic"),
        RiskColour.valueOf(rs.getString("colour")),
        rs.getInt("rule_version"),
        (Integer) rs.getObject("rule_position"),
        rs.getString("rule_text"),
        new SafetyCodeInputs(
            parse(RiskColour.class, rs.getString("risk_colour")),
            parse(MajorHazardLevel.class, rs.getString("major_hazard_level")),
            rs.getLong("open_hazards"),
            rs.getLong("open_major_hazards"),
            rs.getLong("supervised_major_hazards"),
            rs.getLong("overdue_hazards"),
            rs.getLong("max_days_overdue"),
            parse(EscalationLevel.class, rs.getString("highest_escalation")),
            rs.getLong("inspection_findings"),
            rs.getLong("active_alarms")),
        rs.getTimestamp("computed_at").toInstant(),
        rs.getString("token"));
  }
}
