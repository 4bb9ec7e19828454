package org.shuzhi.risk.internal.safetycode;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;
import org.springframework.jdbc.core.RowCallbackHandler;
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

  /** The stored columns a computation may change (all but the key, the token and the time). */
  private static final String VALUES =
      "enterprise_name, town_code, lon, lat, synthetic, colour, rule_version, rule_position,"
          + " rule_text, risk_colour, major_hazard_level, open_hazards, open_major_hazards,"
          + " supervised_major_hazards, overdue_hazards, max_days_overdue, highest_escalation,"
          + " inspection_findings, active_alarms";

  /**
   * Stores a whole batch in one statement: the computed rows arrive as arrays (one per column),
   * rows equal to the stored ones are dropped before the write, new ones are inserted with a fresh
   * token, changed ones rewritten — never their token (printed QR codes stay valid). Per-row
   * statements cost a parse and plan each (the pool plans every statement afresh), which was most
   * of a full recompute; and an unchanged row is neither rewritten nor locked. ON CONFLICT keeps a
   * concurrent single recompute of the same enterprise safe.
   *
   * <p>{@code OFFSET 0} keeps the comparison a probe of the uscc index per incoming row: without it
   * the planner may turn it into a hash join over the whole table (120,000 rows per batch), notably
   * right after a first computation, when the statistics still say the table is empty.
   */
  private static final String STORE =
      "WITH incoming (uscc, token, "
          + VALUES
          + ") AS (SELECT * FROM unnest(CAST(:uscc AS text[]), CAST(:token AS text[]),"
          + " CAST(:name AS text[]), CAST(:town AS text[]), CAST(:lon AS float8[]),"
          + " CAST(:lat AS float8[]), CAST(:synthetic AS boolean[]), CAST(:colour AS text[]),"
          + " CAST(:ruleVersion AS int[]), CAST(:rulePosition AS int[]), CAST(:ruleText AS text[]),"
          + " CAST(:riskColour AS text[]), CAST(:level AS text[]), CAST(:open AS bigint[]),"
          + " CAST(:openMajor AS bigint[]), CAST(:supervised AS bigint[]),"
          + " CAST(:overdue AS bigint[]), CAST(:daysOverdue AS bigint[]),"
          + " CAST(:escalation AS text[]), CAST(:findings AS bigint[]), CAST(:alarms AS bigint[]))),"
          + " changed AS (SELECT * FROM incoming i WHERE NOT EXISTS (SELECT 1 FROM"
          + " risk_safety_code c WHERE c.uscc = i.uscc AND ("
          + prefixed("c.")
          + ") IS NOT DISTINCT FROM ("
          + prefixed("i.")
          + ") OFFSET 0))"
          + " INSERT INTO risk_safety_code (uscc, token, "
          + VALUES
          + ", computed_at) SELECT uscc, token, "
          + VALUES
          + ", CAST(:at AS timestamptz) FROM changed"
          + " ON CONFLICT (uscc) DO UPDATE SET ("
          + VALUES
          + ", computed_at) = ("
          + prefixed("EXCLUDED.")
          + ", EXCLUDED.computed_at) WHERE ("
          + prefixed("risk_safety_code.")
          + ") IS DISTINCT FROM ("
          + prefixed("EXCLUDED.")
          + ")";

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  SafetyCodeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static String prefixed(String prefix) {
    return prefix + VALUES.replace(", ", ", " + prefix);
  }

  /** Stores the codes; returns how many rows were inserted or changed. */
  int store(List<Computed> codes, Instant at) {
    if (codes.isEmpty()) {
      return 0;
    }
    int n = codes.size();
    String[] uscc = new String[n];
    String[] token = new String[n];
    String[] name = new String[n];
    String[] town = new String[n];
    Double[] lon = new Double[n];
    Double[] lat = new Double[n];
    Boolean[] synthetic = new Boolean[n];
    String[] colour = new String[n];
    Integer[] ruleVersion = new Integer[n];
    Integer[] rulePosition = new Integer[n];
    String[] ruleText = new String[n];
    String[] riskColour = new String[n];
    String[] level = new String[n];
    Long[] open = new Long[n];
    Long[] openMajor = new Long[n];
    Long[] supervised = new Long[n];
    Long[] overdue = new Long[n];
    Long[] daysOverdue = new Long[n];
    String[] escalation = new String[n];
    Long[] findings = new Long[n];
    Long[] alarms = new Long[n];
    for (int i = 0; i < n; i++) {
      Computed c = codes.get(i);
      SafetyCodeInputs in = c.inputs();
      SafetyCodeRule rule = c.verdict().rule();
      uscc[i] = c.enterprise().uscc();
      token[i] = newToken();
      name[i] = c.enterprise().name();
      town[i] = c.enterprise().townCode();
      lon[i] = c.enterprise().lon();
      lat[i] = c.enterprise().lat();
      synthetic[i] = c.enterprise().synthetic();
      colour[i] = c.verdict().colour().name();
      ruleVersion[i] = c.ruleVersion();
      rulePosition[i] = rule == null ? null : rule.position();
      ruleText[i] = rule == null ? null : rule.text();
      riskColour[i] = name(in.riskColour());
      level[i] = name(in.majorHazardLevel());
      open[i] = in.openHazards();
      openMajor[i] = in.openMajorHazards();
      supervised[i] = in.supervisedMajorHazards();
      overdue[i] = in.overdueHazards();
      daysOverdue[i] = in.maxDaysOverdue();
      escalation[i] = name(in.highestEscalation());
      findings[i] = in.inspectionFindings();
      alarms[i] = in.activeAlarms();
    }
    return jdbc.sql(STORE)
        .param("uscc", uscc)
        .param("token", token)
        .param("name", name)
        .param("town", town)
        .param("lon", lon)
        .param("lat", lat)
        .param("synthetic", synthetic)
        .param("colour", colour)
        .param("ruleVersion", ruleVersion)
        .param("rulePosition", rulePosition)
        .param("ruleText", ruleText)
        .param("riskColour", riskColour)
        .param("level", level)
        .param("open", open)
        .param("openMajor", openMajor)
        .param("supervised", supervised)
        .param("overdue", overdue)
        .param("daysOverdue", daysOverdue)
        .param("escalation", escalation)
        .param("findings", findings)
        .param("alarms", alarms)
        .param("at", Timestamp.from(at))
        .update();
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

  /** Codes in the scope per colour, one grouped query for the cockpit. */
  Map<RiskColour, Long> countsByColour(DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String predicate = SCOPE.predicate(scope, params);
    Map<RiskColour, Long> counts = new EnumMap<>(RiskColour.class);
    jdbc.sql(
            "SELECT colour, count(*) AS n FROM risk_safety_code WHERE "
                + predicate
                + " GROUP BY colour")
        .params(params)
        .query(
            (RowCallbackHandler)
                rs -> counts.put(RiskColour.valueOf(rs.getString("colour")), rs.getLong("n")));
    return counts;
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
