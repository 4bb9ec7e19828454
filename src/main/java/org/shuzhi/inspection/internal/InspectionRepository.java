package org.shuzhi.inspection.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code inspection}, its results and violations; reads filtered by the data scope in SQL. */
@Repository
class InspectionRepository {

  /**
   * The data scope stays at town level although inspections carry the grid their enterprise lay in:
   * an inspection is the town's (or the regulator's) business, so grid workers see those of the
   * towns their grids lie in, as before the grid was kept. The grid serves as a filter.
   */
  static final ScopeColumns SCOPE = new ScopeColumns("i.town_code", null, "i.enterprise_uscc");

  static final String COLUMNS =
      "i.id, i.enterprise_uscc, i.enterprise_name, i.town_code, i.grid_id, i.plan_month, i.tier,"
          + " i.checklist_code, i.state, i.inspector, i.started_at, i.finished_at, i.synthetic,"
          + " i.version";

  /** An inspection as the map shows it: located, with its failed items when finished. */
  record MapRow(
      long id,
      String uscc,
      String name,
      double lon,
      double lat,
      SupervisionTier tier,
      LocalDate planMonth,
      int failedItems,
      int openFindings,
      boolean synthetic) {}

  /** Plan filters; null means any (the month is required). */
  record PlanQuery(
      YearMonth month, String townCode, Long gridId, InspectionState state, SupervisionTier tier) {

    PlanQuery {
      townCode = townCode == null || townCode.isBlank() ? null : townCode.trim();
    }
  }

  private final JdbcClient jdbc;

  InspectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes the plan generator's cluster-wide lock for the transaction, or false at once. */
  boolean tryPlanLock() {
    return Boolean.TRUE.equals(
        jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('inspection_plan'))")
            .query(Boolean.class)
            .single());
  }

  /** Day of the last finished inspection per enterprise (Asia/Shanghai). */
  Map<String, LocalDate> lastInspected() {
    Map<String, LocalDate> last = new HashMap<>();
    jdbc.sql(
            "SELECT enterprise_uscc, max(finished_at AT TIME ZONE 'Asia/Shanghai')::date AS day"
                + " FROM inspection WHERE state = 'FINISHED' GROUP BY enterprise_uscc")
        .query(
            rs -> {
              last.put(rs.getString("enterprise_uscc"), rs.getDate("day").toLocalDate());
            });
    return last;
  }

  /** As {@link #lastInspected()}, for these enterprises only (a page of a list). */
  Map<String, LocalDate> lastInspected(Collection<String> usccs) {
    Map<String, LocalDate> last = new HashMap<>();
    if (usccs.isEmpty()) {
      return last;
    }
    jdbc.sql(
            "SELECT enterprise_uscc, max(finished_at AT TIME ZONE 'Asia/Shanghai')::date AS day"
                + " FROM inspection WHERE state = 'FINISHED' AND enterprise_uscc = ANY(:usccs)"
                + " GROUP BY enterprise_uscc")
        .param("usccs", usccs.toArray(String[]::new))
        .query(
            rs -> {
              last.put(rs.getString("enterprise_uscc"), rs.getDate("day").toLocalDate());
            });
    return last;
  }

  /**
   * Plans one inspection of each enterprise in one statement; an enterprise that already has one in
   * that month keeps it. Returns how many were planned.
   */
  int insertPlanned(List<SupervisedEnterprise> due, YearMonth month, Instant now) {
    if (due.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "INSERT INTO inspection (enterprise_uscc, enterprise_name, town_code, plan_month,"
                + " tier, state, created_at)"
                + " SELECT uscc, name, town, :month, tier, 'PLANNED', :now"
                + " FROM unnest(:usccs, :names, :towns, :tiers) AS d (uscc, name, town, tier)"
                + " ON CONFLICT (enterprise_uscc, plan_month) WHERE plan_month IS NOT NULL"
                + " DO NOTHING")
        .param("usccs", due.stream().map(SupervisedEnterprise::uscc).toArray(String[]::new))
        .param("names", due.stream().map(SupervisedEnterprise::name).toArray(String[]::new))
        .param("towns", due.stream().map(SupervisedEnterprise::townCode).toArray(String[]::new))
        .param("tiers", due.stream().map(e -> e.supervision().tier().name()).toArray(String[]::new))
        .param("month", Date.valueOf(month.atDay(1)))
        .param("now", Timestamp.from(now))
        .update();
  }

  long insertAdHoc(
      String uscc,
      String name,
      String townCode,
      Place place,
      String checklist,
      String inspector,
      Instant now,
      boolean synthetic) {
    return jdbc.sql(
            "INSERT INTO inspection (enterprise_uscc, enterprise_name, town_code, lon, lat,"
                + " grid_id, located, checklist_code, state, inspector, started_at, created_at,"
                + " synthetic) VALUES (:uscc, :name, :town, :lon, :lat, :grid, TRUE, :checklist,"
                + " 'IN_PROGRESS', :inspector, :now, :now, :synthetic) RETURNING id")
        .param("uscc", uscc)
        .param("name", name)
        .param("town", townCode)
        .param("lon", place.lon())
        .param("lat", place.lat())
        .param("grid", place.gridId())
        .param("checklist", checklist)
        .param("inspector", inspector)
        .param("now", Timestamp.from(now))
        .param("synthetic", synthetic)
        .query(Long.class)
        .single();
  }

  Optional<Inspection> find(long id, DataScope scope, boolean lock) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String where = SCOPE.predicate(scope, params);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM inspection i WHERE i.id = :id AND "
                + where
                + (lock ? " FOR UPDATE" : ""))
        .params(params)
        .query(InspectionRepository::inspection)
        .optional();
  }

  void start(long id, String checklist, String inspector, Instant now) {
    jdbc.sql(
            "UPDATE inspection SET state = 'IN_PROGRESS', checklist_code = :checklist,"
                + " inspector = :inspector, started_at = :now, version = version + 1"
                + " WHERE id = :id")
        .param("checklist", checklist)
        .param("inspector", inspector)
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  void finish(long id, Instant now) {
    jdbc.sql(
            "UPDATE inspection SET state = 'FINISHED', finished_at = :now, version = version + 1"
                + " WHERE id = :id")
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  void saveResult(long inspectionId, long itemId, Outcome outcome, String note) {
    jdbc.sql(
            "INSERT INTO inspection_result (inspection_id, item_id, outcome, note)"
                + " VALUES (:i, :item, :outcome, :note) ON CONFLICT (inspection_id, item_id)"
                + " DO UPDATE SET outcome = EXCLUDED.outcome, note = EXCLUDED.note")
        .param("i", inspectionId)
        .param("item", itemId)
        .param("outcome", outcome.name())
        .param("note", note)
        .update();
  }

  void linkHazard(long inspectionId, long itemId, long hazardId, String hazardState) {
    jdbc.sql(
            "UPDATE inspection_result SET hazard_id = :h, hazard_state = :s"
                + " WHERE inspection_id = :i AND item_id = :item")
        .param("h", hazardId)
        .param("s", hazardState)
        .param("i", inspectionId)
        .param("item", itemId)
        .update();
  }

  /** Keeps the state of a finding's hazard up to date (from the hazard module's events). */
  int updateHazardState(long hazardId, String state) {
    return jdbc.sql("UPDATE inspection_result SET hazard_state = :s WHERE hazard_id = :h")
        .param("s", state)
        .param("h", hazardId)
        .update();
  }

  List<InspectionResult> results(long inspectionId) {
    return jdbc.sql(
            "SELECT item_id, outcome, note, hazard_id, hazard_state FROM inspection_result"
                + " WHERE inspection_id = ?")
        .param(inspectionId)
        .query(
            (rs, n) ->
                new InspectionResult(
                    rs.getLong("item_id"),
                    Outcome.valueOf(rs.getString("outcome")),
                    rs.getString("note"),
                    rs.getObject("hazard_id", Long.class),
                    rs.getString("hazard_state")))
        .list();
  }

  long insertViolation(Violation v) {
    return jdbc.sql(
            "INSERT INTO inspection_violation (inspection_id, violation, legal_basis,"
                + " penalty_kind, amount_yuan, recorded_by, recorded_at) VALUES (:i, :v, :basis,"
                + " :kind, :amount, :by, :at) RETURNING id")
        .param("i", v.inspectionId())
        .param("v", v.violation())
        .param("basis", v.legalBasis())
        .param("kind", v.penaltyKind().name())
        .param("amount", v.amountYuan())
        .param("by", v.recordedBy())
        .param("at", Timestamp.from(v.recordedAt()))
        .query(Long.class)
        .single();
  }

  List<Violation> violations(long inspectionId) {
    return jdbc.sql(
            "SELECT id, inspection_id, violation, legal_basis, penalty_kind, amount_yuan,"
                + " recorded_by, recorded_at FROM inspection_violation WHERE inspection_id = ?"
                + " ORDER BY id")
        .param(inspectionId)
        .query(
            (rs, n) ->
                new Violation(
                    rs.getLong("id"),
                    rs.getLong("inspection_id"),
                    rs.getString("violation"),
                    rs.getString("legal_basis"),
                    PenaltyKind.valueOf(rs.getString("penalty_kind")),
                    rs.getBigDecimal("amount_yuan"),
                    rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  List<Inspection> plan(PlanQuery q, DataScope scope, int offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = planWhere(q, scope, params);
    params.put("offset", offset);
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM inspection i WHERE "
                + where
                + " ORDER BY i.tier, i.town_code, i.enterprise_name, i.id"
                + " OFFSET :offset LIMIT :limit")
        .params(params)
        .query(InspectionRepository::inspection)
        .list();
  }

  long countPlan(PlanQuery q, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = planWhere(q, scope, params);
    return jdbc.sql("SELECT count(*) FROM inspection i WHERE " + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String planWhere(PlanQuery q, DataScope scope, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(SCOPE.predicate(scope, params));
    where.append(" AND i.plan_month = :month");
    params.put("month", Date.valueOf(q.month().atDay(1)));
    townFilter(q.townCode(), where, params);
    if (q.gridId() != null) {
      where.append(" AND i.grid_id = :grid");
      params.put("grid", q.gridId());
    }
    if (q.state() != null) {
      where.append(" AND i.state = :state");
      params.put("state", q.state().name());
    }
    if (q.tier() != null) {
      where.append(" AND i.tier = :tier");
      params.put("tier", q.tier().name());
    }
    return where.toString();
  }

  /** A page of the inspection list, newest first. */
  List<Inspection> search(InspectionQuery q, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = searchWhere(q, scope, params);
    params.put("offset", (long) q.page() * q.size());
    params.put("limit", q.size());
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM inspection i WHERE "
                + where
                + " ORDER BY i.id DESC OFFSET :offset LIMIT :limit")
        .params(params)
        .query(InspectionRepository::inspection)
        .list();
  }

  long count(InspectionQuery q, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = searchWhere(q, scope, params);
    return jdbc.sql("SELECT count(*) FROM inspection i WHERE " + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String searchWhere(
      InspectionQuery q, DataScope scope, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(SCOPE.predicate(scope, params));
    townFilter(q.townCode(), where, params);
    if (q.gridId() != null) {
      where.append(" AND i.grid_id = :grid");
      params.put("grid", q.gridId());
    }
    if (q.state() != null) {
      where.append(" AND i.state = :state");
      params.put("state", q.state().name());
    }
    if (q.enterpriseUscc() != null) {
      where.append(" AND i.enterprise_uscc = :uscc");
      params.put("uscc", q.enterpriseUscc());
    }
    if (q.checklist() != null) {
      where.append(" AND i.checklist_code = :checklist");
      params.put("checklist", q.checklist());
    }
    return where.toString();
  }

  /** The enterprises some inspection of which has not been located yet. */
  List<String> unlocatedEnterprises() {
    return jdbc.sql("SELECT DISTINCT enterprise_uscc FROM inspection WHERE NOT located")
        .query(String.class)
        .list();
  }

  /** Sets the place of every not yet located inspection of the given enterprises. */
  int locate(Map<String, Place> places) {
    if (places.isEmpty()) {
      return 0;
    }
    List<String> usccs = List.copyOf(places.keySet());
    return jdbc.sql(
            "UPDATE inspection i SET lon = p.lon, lat = p.lat, grid_id = p.grid, located = TRUE"
                + " FROM unnest(CAST(:usccs AS text[]), CAST(:lons AS float8[]),"
                + " CAST(:lats AS float8[]), CAST(:grids AS bigint[])) AS p(uscc, lon, lat, grid)"
                + " WHERE i.enterprise_uscc = p.uscc AND NOT i.located")
        .param("usccs", usccs.toArray(String[]::new))
        .param("lons", usccs.stream().map(u -> places.get(u).lon()).toArray(Double[]::new))
        .param("lats", usccs.stream().map(u -> places.get(u).lat()).toArray(Double[]::new))
        .param("grids", usccs.stream().map(u -> places.get(u).gridId()).toArray(Long[]::new))
        .update();
  }

  /** Recent inspections of the user's scope (ad hoc and planned, newest first). */
  List<Inspection> recent(DataScope scope, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = SCOPE.predicate(scope, params);
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM inspection i WHERE i.state <> 'PLANNED' AND "
                + where
                + " ORDER BY i.started_at DESC NULLS LAST, i.id DESC LIMIT :limit")
        .params(params)
        .query(InspectionRepository::inspection)
        .list();
  }

  /** Failed items of finished inspections since {@code since}, per enterprise. */
  Map<String, Long> failedItemsSince(Instant since) {
    return countPerEnterprise(
        "SELECT i.enterprise_uscc AS uscc, count(*) AS n FROM inspection_result r"
            + " JOIN inspection i ON i.id = r.inspection_id WHERE r.outcome = 'FAIL'"
            + " AND i.state = 'FINISHED' AND i.finished_at >= :since GROUP BY i.enterprise_uscc",
        since);
  }

  Map<String, Long> penaltiesSince(Instant since) {
    return countPerEnterprise(
        "SELECT i.enterprise_uscc AS uscc, count(*) AS n FROM inspection_violation v"
            + " JOIN inspection i ON i.id = v.inspection_id WHERE v.recorded_at >= :since"
            + " GROUP BY i.enterprise_uscc",
        since);
  }

  /** Name and town of the enterprises inspected since {@code since}. */
  Map<String, String[]> inspectedSince(Instant since) {
    Map<String, String[]> out = new HashMap<>();
    jdbc.sql(
            "SELECT DISTINCT ON (enterprise_uscc) enterprise_uscc, enterprise_name, town_code"
                + " FROM inspection WHERE state = 'FINISHED' AND finished_at >= :since"
                + " ORDER BY enterprise_uscc, finished_at DESC")
        .param("since", Timestamp.from(since))
        .query(
            rs -> {
              out.put(
                  rs.getString("enterprise_uscc"),
                  new String[] {rs.getString("enterprise_name"), rs.getString("town_code")});
            });
    return out;
  }

  /** Failed items whose hazard is not closed, per enterprise. */
  Map<String, Long> openFindings(Collection<String> usccs) {
    Map<String, Long> out = new HashMap<>();
    if (usccs.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "SELECT i.enterprise_uscc AS uscc, count(*) AS n FROM inspection_result r"
                + " JOIN inspection i ON i.id = r.inspection_id WHERE r.outcome = 'FAIL'"
                + " AND i.state = 'FINISHED' AND r.hazard_state IS DISTINCT FROM 'CLOSED'"
                + " AND i.enterprise_uscc = ANY(:usccs) GROUP BY i.enterprise_uscc")
        .param("usccs", usccs.toArray(String[]::new))
        .query(
            rs -> {
              out.put(rs.getString("uscc"), rs.getLong("n"));
            });
    return out;
  }

  /**
   * Per enterprise its oldest plan entry of {@code month} or earlier that is still open: not
   * finished, and no inspection of the enterprise finished since its plan month began (an ad hoc or
   * a later planned visit meets the obligation). Located entries within the scope only.
   */
  List<MapRow> openPlanEntries(YearMonth month, String townCode, DataScope scope, int limit) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(SCOPE.predicate(scope, params));
    where.append(
        " AND i.plan_month IS NOT NULL AND i.plan_month <= :month AND i.state <> 'FINISHED'"
            + " AND i.lon IS NOT NULL AND NOT EXISTS (SELECT 1 FROM inspection f"
            + " WHERE f.enterprise_uscc = i.enterprise_uscc AND f.state = 'FINISHED'"
            + " AND f.finished_at >= (i.plan_month::timestamp AT TIME ZONE 'Asia/Shanghai'))");
    params.put("month", Date.valueOf(month.atDay(1)));
    townFilter(townCode, where, params);
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT DISTINCT ON (i.enterprise_uscc) i.id, i.enterprise_uscc, i.enterprise_name,"
                + " i.lon, i.lat, i.tier, i.plan_month, 0 AS failed, 0 AS open_findings,"
                + " i.synthetic FROM inspection i WHERE "
                + where
                + " ORDER BY i.enterprise_uscc, i.plan_month LIMIT :limit")
        .params(params)
        .query(InspectionRepository::mapRow)
        .list();
  }

  /**
   * Per enterprise its latest inspection finished since {@code since} with failed items, with how
   * many failed and how many of those hazards are not closed. Located ones within the scope only.
   */
  List<MapRow> withFindings(Instant since, String townCode, DataScope scope, int limit) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(SCOPE.predicate(scope, params));
    where.append(" AND i.state = 'FINISHED' AND i.finished_at >= :since AND i.lon IS NOT NULL");
    params.put("since", Timestamp.from(since));
    townFilter(townCode, where, params);
    params.put("limit", limit);
    return jdbc.sql(
            "SELECT DISTINCT ON (i.enterprise_uscc) i.id, i.enterprise_uscc, i.enterprise_name,"
                + " i.lon, i.lat, i.tier, i.plan_month, r.failed, r.open_findings, i.synthetic"
                + " FROM inspection i JOIN (SELECT inspection_id, count(*) AS failed,"
                + " count(*) FILTER (WHERE hazard_state IS DISTINCT FROM 'CLOSED') AS open_findings"
                + " FROM inspection_result WHERE outcome = 'FAIL' GROUP BY inspection_id) r"
                + " ON r.inspection_id = i.id WHERE "
                + where
                + " ORDER BY i.enterprise_uscc, i.finished_at DESC, i.id DESC LIMIT :limit")
        .params(params)
        .query(InspectionRepository::mapRow)
        .list();
  }

  private static void townFilter(String townCode, StringBuilder where, Map<String, Object> params) {
    if (townCode != null) {
      where.append(" AND i.town_code = :town");
      params.put("town", townCode);
    }
  }

  private static MapRow mapRow(ResultSet rs, int n) throws SQLException {
    Date month = rs.getDate("plan_month");
    String tier = rs.getString("tier");
    return new MapRow(
        rs.getLong("id"),
        rs.getString("enterprise_uscc"),
        rs.getString("enterprise_name"),
        rs.getDouble("lon"),
        rs.getDouble("lat"),
        tier == null ? null : SupervisionTier.valueOf(tier),
        month == null ? null : month.toLocalDate(),
        rs.getInt("failed"),
        rs.getInt("open_findings"),
        rs.getBoolean("synthetic"));
  }

  private Map<String, Long> countPerEnterprise(String sql, Instant since) {
    Map<String, Long> out = new HashMap<>();
    jdbc.sql(sql)
        .param("since", Timestamp.from(since))
        .query(
            rs -> {
              out.put(rs.getString("uscc"), rs.getLong("n"));
            });
    return out;
  }

  private static Inspection inspection(ResultSet rs, int n) throws SQLException {
    Date month = rs.getDate("plan_month");
    String tier = rs.getString("tier");
    Timestamp started = rs.getTimestamp("started_at");
    Timestamp finished = rs.getTimestamp("finished_at");
    return new Inspection(
        rs.getLong("id"),
        rs.getString("enterprise_uscc"),
        rs.getString("enterprise_name"),
        rs.getString("town_code"),
        rs.getObject("grid_id", Long.class),
        month == null ? null : month.toLocalDate(),
        tier == null ? null : SupervisionTier.valueOf(tier),
        rs.getString("checklist_code"),
        InspectionState.valueOf(rs.getString("state")),
        rs.getString("inspector"),
        started == null ? null : started.toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getBoolean("synthetic"),
        rs.getInt("version"));
  }
}
