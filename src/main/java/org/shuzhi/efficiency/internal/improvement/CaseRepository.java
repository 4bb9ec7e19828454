package org.shuzhi.efficiency.internal.improvement;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Improvement cases and their history. Cases are placed in the data scope by their responsible town
 * (the town that works on them), their enterprise's grid and USCC (ADR 0004).
 */
@Repository
class CaseRepository {

  static final ScopeColumns SCOPE = new ScopeColumns("c.responsible_town", "c.grid_id", "c.uscc");

  private static final String COLUMNS =
      "c.id, c.kind, c.uscc, c.name, c.town_code, c.responsible_town, c.opened_year, c.rules,"
          + " c.land_area_mu, c.tax, c.plan, c.measures, c.deadline, c.status,"
          + " c.closure_reason, c.closure_result, c.closed_by, c.closed_at, c.version,"
          + " c.created_by, c.created_at, c.updated_by, c.updated_at";

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Opens a case for every enterprise on the {@code kind} list of {@code year} that has none yet:
   * none opened for this year, and none of this kind still not closed. Every new case gets its
   * CREATED history row in the same statement. Returns how many were opened.
   */
  int openListed(int year, ImprovementKind kind, ImprovementRules rules, String user, String note) {
    Map<String, Object> params = new HashMap<>();
    params.put("year", year);
    params.put("kind", kind.name());
    params.put("user", user);
    params.put("note", note);
    ListingConditions c = new ListingConditions(rules, params);
    return jdbc.sql(
            "WITH opened AS (INSERT INTO efficiency_improvement_case (kind, uscc, enterprise_id,"
                + " name, town_code, grid_id, responsible_town, opened_year, rules, land_area_mu,"
                + " tax, created_by, updated_by)"
                + " SELECT :kind, e.uscc, e.enterprise_id, e.name, e.town_code, e.grid_id,"
                + " e.town_code, e.year, "
                + c.matchedRules()
                + ", e.land_area_mu, e.tax, :user, :user FROM efficiency_enterprise e"
                + " WHERE e.year = :year AND "
                + c.of(kind)
                + " AND NOT EXISTS (SELECT 1 FROM efficiency_improvement_case x"
                + " WHERE x.uscc = e.uscc AND x.kind = :kind"
                + " AND (x.status <> 'CLOSED' OR x.opened_year = e.year))"
                + " ON CONFLICT DO NOTHING RETURNING id)"
                + " INSERT INTO efficiency_improvement_history (case_id, action, status, note,"
                + " author) SELECT id, 'CREATED', 'OPEN', :note, :user FROM opened")
        .params(params)
        .update();
  }

  Optional<ImprovementCase> find(long id, DataScope scope, LocalDate today) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM efficiency_improvement_case c WHERE c.id = :id AND "
                + SCOPE.predicate(scope, params))
        .params(params)
        .query((rs, n) -> map(rs, today))
        .optional();
  }

  /** Locks the case row for a change (the caller has checked it is in scope). */
  ImprovementCase lock(long id, LocalDate today) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM efficiency_improvement_case c WHERE c.id = ? FOR UPDATE")
        .param(id)
        .query((rs, n) -> map(rs, today))
        .single();
  }

  void update(ImprovementCase c, String user) {
    jdbc.sql(
            "UPDATE efficiency_improvement_case SET plan = ?, measures = ?::text[],"
                + " responsible_town = ?, deadline = ?, status = ?, closure_reason = ?,"
                + " closure_result = ?, closed_by = ?, closed_at = ?, version = version + 1,"
                + " updated_by = ?, updated_at = now() WHERE id = ?")
        .params(
            c.plan(),
            textArray(c.measures().stream().map(Enum::name).toList()),
            c.responsibleTown(),
            c.deadline() == null ? null : Date.valueOf(c.deadline()),
            c.status().name(),
            c.closureReason() == null ? null : c.closureReason().name(),
            c.closureResult(),
            c.closedBy(),
            c.closedAt() == null ? null : java.sql.Timestamp.from(c.closedAt()),
            user,
            c.id())
        .update();
  }

  void history(
      long caseId, String action, CaseStatus status, String changesJson, String note, String user) {
    jdbc.sql(
            "INSERT INTO efficiency_improvement_history (case_id, action, status, changes, note,"
                + " author) VALUES (?, ?, ?, ?::jsonb, ?, ?)")
        .params(caseId, action, status.name(), changesJson, note, user)
        .update();
  }

  record HistoryEntry(
      String action, String status, String changes, String note, String author, Instant at) {}

  List<HistoryEntry> history(long caseId) {
    return jdbc.sql(
            "SELECT action, status, changes::text, note, author, at"
                + " FROM efficiency_improvement_history WHERE case_id = ? ORDER BY id")
        .param(caseId)
        .query(
            (rs, n) ->
                new HistoryEntry(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant()))
        .list();
  }

  /** The enterprise's figures in every year it was in scope: the case's multi-year trend. */
  record YearFigures(int year, Double landAreaMu, Double tax) {
    /** Tax per mu, 10,000 yuan (the unit of the results pages). */
    public Double taxPerMu() {
      return landAreaMu == null || landAreaMu <= 0 || tax == null ? null : tax / landAreaMu;
    }
  }

  List<YearFigures> trend(String uscc) {
    return jdbc.sql(
            "SELECT year, land_area_mu, tax FROM efficiency_enterprise WHERE uscc = ?"
                + " ORDER BY year")
        .param(uscc)
        .query(
            (rs, n) ->
                new YearFigures(rs.getInt(1), Listings.number(rs, 2), Listings.number(rs, 3)))
        .list();
  }

  /** Filters of the case list; null = any. */
  record CaseFilter(
      Integer year, ImprovementKind kind, CaseStatus status, boolean overdueOnly, String town) {}

  record CasePage(long total, int page, int size, List<ImprovementCase> cases) {}

  CasePage page(CaseFilter filter, DataScope scope, LocalDate today, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(SCOPE.predicate(scope, params));
    if (filter.year() != null) {
      params.put("year", filter.year());
      where.append(" AND c.opened_year = :year");
    }
    if (filter.kind() != null) {
      params.put("kind", filter.kind().name());
      where.append(" AND c.kind = :kind");
    }
    if (filter.status() != null) {
      params.put("status", filter.status().name());
      where.append(" AND c.status = :status");
    }
    if (filter.overdueOnly()) {
      params.put("today", Date.valueOf(today));
      where.append(" AND c.status <> 'CLOSED' AND c.deadline < :today");
    }
    if (filter.town() != null) {
      params.put("town", filter.town());
      where.append(" AND c.responsible_town = :town");
    }
    long total =
        jdbc.sql("SELECT count(*) FROM efficiency_improvement_case c WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<ImprovementCase> cases =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM efficiency_improvement_case c WHERE "
                    + where
                    + " ORDER BY c.responsible_town NULLS LAST, c.status, c.deadline NULLS LAST,"
                    + " c.id LIMIT :limit OFFSET :offset")
            .params(params)
            .query((rs, n) -> map(rs, today))
            .list();
    return new CasePage(total, page, size, cases);
  }

  /** Per responsible town: cases opened for years up to {@code year}, by status, and their land. */
  record TownCases(
      String townCode, long open, long inProgress, long overdue, long closed, double landAreaMu) {}

  List<TownCases> casesByTown(int year, DataScope scope, LocalDate today) {
    Map<String, Object> params = new HashMap<>();
    params.put("year", year);
    params.put("today", Date.valueOf(today));
    return jdbc.sql(
            "SELECT c.responsible_town, count(*) FILTER (WHERE c.status = 'OPEN'),"
                + " count(*) FILTER (WHERE c.status = 'IN_PROGRESS'),"
                + " count(*) FILTER (WHERE c.status <> 'CLOSED' AND c.deadline < :today),"
                + " count(*) FILTER (WHERE c.status = 'CLOSED'),"
                + " coalesce(sum(c.land_area_mu), 0) FROM efficiency_improvement_case c"
                + " WHERE c.opened_year <= :year AND "
                + SCOPE.predicate(scope, params)
                + " GROUP BY c.responsible_town")
        .params(params)
        .query(
            (rs, n) ->
                new TownCases(
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getDouble(6)))
        .list();
  }

  /**
   * Per responsible town: tax gained (10,000 yuan) = the enterprise's tax in {@code year} − its tax
   * in the year its case was opened for, over the cases opened before {@code year} (closed ones
   * only unless {@code allCases}), counting each enterprise once (its earliest such case). Both
   * years' current figures are used, so corrections count; an enterprise without tax in either year
   * is left out and counted in {@code withoutFigures}.
   */
  record TownGain(String townCode, double taxGained, long enterprises, long withoutFigures) {}

  List<TownGain> taxGained(int year, boolean allCases, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("year", year);
    params.put("all", allCases);
    return jdbc.sql(
            "SELECT b.responsible_town, coalesce(sum(cur.tax - base.tax), 0),"
                + " count(*) FILTER (WHERE cur.tax IS NOT NULL AND base.tax IS NOT NULL),"
                + " count(*) FILTER (WHERE cur.tax IS NULL OR base.tax IS NULL)"
                + " FROM (SELECT DISTINCT ON (c.uscc) c.uscc, c.opened_year, c.responsible_town"
                + " FROM efficiency_improvement_case c WHERE c.opened_year < :year"
                + " AND (:all OR c.status = 'CLOSED') AND "
                + SCOPE.predicate(scope, params)
                + " ORDER BY c.uscc, c.opened_year, c.id) b"
                + " LEFT JOIN efficiency_enterprise cur ON cur.year = :year AND cur.uscc = b.uscc"
                + " LEFT JOIN efficiency_enterprise base ON base.year = b.opened_year"
                + " AND base.uscc = b.uscc GROUP BY b.responsible_town")
        .params(params)
        .query(
            (rs, n) -> new TownGain(rs.getString(1), rs.getDouble(2), rs.getLong(3), rs.getLong(4)))
        .list();
  }

  private static ImprovementCase map(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate deadline = rs.getObject(13, LocalDate.class);
    CaseStatus status = CaseStatus.valueOf(rs.getString(14));
    String reason = rs.getString(15);
    java.sql.Timestamp closedAt = rs.getTimestamp(18);
    return new ImprovementCase(
        rs.getLong(1),
        ImprovementKind.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        strings(rs.getArray(8)).stream().map(ListingRule::valueOf).toList(),
        Listings.number(rs, 9),
        Listings.number(rs, 10),
        rs.getString(11),
        strings(rs.getArray(12)).stream().map(Measure::valueOf).toList(),
        deadline,
        status,
        status != CaseStatus.CLOSED && deadline != null && deadline.isBefore(today),
        reason == null ? null : ClosureReason.valueOf(reason),
        rs.getString(16),
        rs.getString(17),
        closedAt == null ? null : closedAt.toInstant(),
        rs.getInt(19),
        rs.getString(20),
        rs.getTimestamp(21).toInstant(),
        rs.getString(22),
        rs.getTimestamp(23).toInstant());
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** A PostgreSQL text[] literal; values are enum names (no quoting needed). */
  private static String textArray(List<String> values) {
    return "{" + String.join(",", new ArrayList<>(values)) + "}";
  }
}
