package org.shuzhi.hazard.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.hazard.HazardCounts;
import org.shuzhi.hazard.HazardFigures;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardSource;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hazards, their transitions and evidence. Every read for a user takes the user's {@link DataScope}
 * as a parameterised predicate, so out-of-scope rows never leave the database.
 */
@Repository
class HazardRepository {

  private static final String COLUMNS =
      "id, enterprise_uscc, enterprise_name, title, description, address, lon, lat, town_code,"
          + " grid_id, source, grade, state, responsible_unit, deadline, supervised, found_by,"
          + " found_at, closed_at, synthetic, updated_at, version";

  /**
   * SQL of "awaiting rectification", the same set as {@link HazardState#AWAITING_RECTIFICATION}.
   */
  static final String AWAITING = "state IN ('ASSIGNED', 'RECTIFYING')";

  private final JdbcClient jdbc;
  private final LargeCountMemo largeCounts;

  HazardRepository(JdbcClient jdbc, LargeCountMemo largeCounts) {
    this.jdbc = jdbc;
    this.largeCounts = largeCounts;
  }

  /**
   * A page of rows and the number of matches: exact, or — when {@code totalIsLowerBound} — only
   * known to exceed {@code total}.
   *
   * @param hasNext whether a row follows this page
   */
  record Page(List<Hazard> rows, long total, boolean totalIsLowerBound, boolean hasNext) {}

  /** A page with the exact number of matches. */
  Page search(HazardQuery query, DataScope scope, LocalDate today) {
    return search(query, scope, today, Long.MAX_VALUE);
  }

  /**
   * A page, counting matches only up to {@code countLimit}: an exact count reads every matching row
   * (about 5 ms of database time per request at 100,000 hazards), a capped one stops there.
   */
  Page search(HazardQuery query, DataScope scope, LocalDate today, long countLimit) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, scope, today, params);
    long total;
    boolean lowerBound = false;
    if (countLimit == Long.MAX_VALUE) {
      total =
          jdbc.sql("SELECT count(*) FROM hazard WHERE " + where)
              .params(params)
              .query(Long.class)
              .single();
    } else {
      String memoKey = LargeCountMemo.key(where, params, countLimit);
      if (largeCounts.recentlyExceeded(memoKey)) {
        total = countLimit;
        lowerBound = true;
      } else {
        params.put("countLimit", countLimit + 1);
        long counted =
            jdbc.sql(
                    "SELECT count(*) FROM (SELECT 1 FROM hazard WHERE "
                        + where
                        + " LIMIT :countLimit) AS capped")
                .params(params)
                .query(Long.class)
                .single();
        lowerBound = counted > countLimit;
        total = Math.min(counted, countLimit);
        if (lowerBound) {
          largeCounts.rememberExceeded(memoKey);
        }
      }
    }
    // One row beyond the page tells whether there is a next page when the count stops early.
    params.put("limit", query.size() + 1);
    params.put("offset", (long) query.page() * query.size());
    List<Hazard> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM hazard WHERE "
                    + where
                    + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
            .params(params)
            .query(HazardRepository::map)
            .list();
    boolean hasNext = rows.size() > query.size();
    return new Page(hasNext ? rows.subList(0, query.size()) : rows, total, lowerBound, hasNext);
  }

  void forEach(HazardQuery query, DataScope scope, LocalDate today, Consumer<Hazard> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, scope, today, params);
    try (var rows =
        jdbc
            .sql("SELECT " + COLUMNS + " FROM hazard WHERE " + where + " ORDER BY id DESC")
            .params(params)
            .query(HazardRepository::map)
            .stream()) {
      rows.forEach(consumer);
    }
  }

  /**
   * Every open (not closed) hazard in the scope, for the map: optionally only a town's, and
   * narrowed by {@code category} ({@link HazardMapLayer.Category}), newest first.
   */
  void forEachOpen(
      String townCode,
      HazardMapLayer.Category category,
      DataScope scope,
      LocalDate today,
      Consumer<Hazard> consumer) {
    Map<String, Object> params = new HashMap<>();
    List<String> clauses = new ArrayList<>();
    clauses.add(scopePredicate(scope, params));
    clauses.add("state <> 'CLOSED'");
    if (townCode != null) {
      clauses.add("town_code = :town");
      params.put("town", townCode);
    }
    if (category != null) {
      switch (category.kind()) {
        case OVERDUE -> {
          clauses.add("(" + AWAITING + " AND deadline < :today)");
          params.put("today", Date.valueOf(today));
        }
        case MAJOR -> clauses.add("grade = 'MAJOR'");
        case STATE -> {
          clauses.add("state = :state");
          params.put("state", category.state().name());
        }
      }
    }
    try (var rows =
        jdbc
            .sql(
                "SELECT "
                    + COLUMNS
                    + " FROM hazard WHERE "
                    + String.join(" AND ", clauses)
                    + " ORDER BY id DESC")
            .params(params)
            .query(HazardRepository::map)
            .stream()) {
      rows.forEach(consumer);
    }
  }

  Optional<Hazard> find(long id, DataScope scope) {
    return find(id, scope, false);
  }

  /**
   * With {@code lock}, the row stays locked until the transaction ends (one transition at a time).
   */
  Optional<Hazard> find(long id, DataScope scope, boolean lock) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String predicate = scopePredicate(scope, params);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM hazard WHERE id = :id AND "
                + predicate
                + (lock ? " FOR UPDATE" : ""))
        .params(params)
        .query(HazardRepository::map)
        .optional();
  }

  long insert(Hazard h) {
    Map<String, Object> p = new HashMap<>();
    p.put("uscc", h.enterpriseUscc());
    p.put("enterpriseName", h.enterpriseName());
    p.put("title", h.title());
    p.put("description", h.description());
    p.put("address", h.address());
    p.put("lon", h.lon());
    p.put("lat", h.lat());
    p.put("town", h.townCode());
    p.put("grid", h.gridId());
    p.put("source", h.source().name());
    p.put("state", h.state().name());
    p.put("foundBy", h.foundBy());
    p.put("foundAt", Timestamp.from(h.foundAt()));
    p.put("synthetic", h.synthetic());
    return jdbc.sql(
            """
            INSERT INTO hazard (enterprise_uscc, enterprise_name, title, description, address, lon,
              lat, town_code, grid_id, source, state, found_by, found_at, synthetic, updated_at)
            VALUES (:uscc, :enterpriseName, :title, :description, :address, :lon, :lat, :town,
              :grid, :source, :state, :foundBy, :foundAt, :synthetic, :foundAt)
            RETURNING id""")
        .params(p)
        .query(Long.class)
        .single();
  }

  /** Writes the outcome of a transition onto the (locked) row. */
  void update(Hazard h, Instant at) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", h.id());
    p.put("grade", h.grade() == null ? null : h.grade().name());
    p.put("state", h.state().name());
    p.put("unit", h.responsibleUnit());
    p.put("deadline", h.deadline() == null ? null : Date.valueOf(h.deadline()));
    p.put("supervised", h.supervised());
    p.put("closedAt", h.closedAt() == null ? null : Timestamp.from(h.closedAt()));
    p.put("at", Timestamp.from(at));
    jdbc.sql(
            """
            UPDATE hazard SET grade = :grade, state = :state, responsible_unit = :unit,
              deadline = :deadline, supervised = :supervised, closed_at = :closedAt,
              updated_at = :at, version = version + 1
            WHERE id = :id""")
        .params(p)
        .update();
  }

  long insertTransition(HazardTransition t) {
    Map<String, Object> p = new HashMap<>();
    p.put("hazard", t.hazardId());
    p.put("action", t.action());
    p.put("from", t.from() == null ? null : t.from().name());
    p.put("to", t.to().name());
    p.put("actor", t.actor());
    p.put("role", t.actorRole());
    p.put("at", Timestamp.from(t.occurredAt()));
    p.put("comment", t.comment());
    p.put("grade", t.grade() == null ? null : t.grade().name());
    p.put("unit", t.responsibleUnit());
    p.put("deadline", t.deadline() == null ? null : Date.valueOf(t.deadline()));
    p.put("evidence", t.evidenceIds().toArray(Long[]::new));
    long id =
        jdbc.sql(
                """
                INSERT INTO hazard_transition (hazard_id, action, from_state, to_state, actor,
                  actor_role, occurred_at, comment, grade, responsible_unit, deadline, evidence_ids)
                VALUES (:hazard, :action, :from, :to, :actor, :role, :at, :comment, :grade, :unit,
                  :deadline, :evidence)
                RETURNING id""")
            .params(p)
            .query(Long.class)
            .single();
    if (!t.evidenceIds().isEmpty()) {
      jdbc.sql(
              "UPDATE hazard_evidence SET transition_id = :transition"
                  + " WHERE id = ANY(:ids) AND hazard_id = :hazard AND transition_id IS NULL")
          .param("transition", id)
          .param("ids", t.evidenceIds().toArray(Long[]::new))
          .param("hazard", t.hazardId())
          .update();
    }
    return id;
  }

  List<HazardTransition> transitions(long hazardId) {
    return jdbc.sql(
            """
            SELECT id, hazard_id, action, from_state, to_state, actor, actor_role, occurred_at,
              comment, grade, responsible_unit, deadline, evidence_ids
            FROM hazard_transition WHERE hazard_id = ? ORDER BY id""")
        .param(hazardId)
        .query(HazardRepository::mapTransition)
        .list();
  }

  long insertEvidence(Evidence e) {
    return jdbc.sql(
            """
            INSERT INTO hazard_evidence (hazard_id, storage_key, content_type, size_bytes, sha256,
              uploaded_by, uploaded_at)
            VALUES (:hazard, :key, :type, :size, :sha, :by, :at)
            RETURNING id""")
        .param("hazard", e.hazardId())
        .param("key", e.storageKey())
        .param("type", e.contentType())
        .param("size", e.sizeBytes())
        .param("sha", e.sha256())
        .param("by", e.uploadedBy())
        .param("at", Timestamp.from(e.uploadedAt()))
        .query(Long.class)
        .single();
  }

  List<Evidence> evidence(long hazardId) {
    return jdbc.sql(
            """
            SELECT id, hazard_id, storage_key, content_type, size_bytes, sha256, uploaded_by,
              uploaded_at, transition_id
            FROM hazard_evidence WHERE hazard_id = ? ORDER BY id""")
        .param(hazardId)
        .query(HazardRepository::mapEvidence)
        .list();
  }

  /** Open hazards in the scope per town, one grouped query for the cockpit. */
  Map<String, OpenHazards> openCountsByTown(DataScope scope, LocalDate today) {
    Map<String, Object> params = new HashMap<>();
    String where = scopePredicate(scope, params);
    params.put("today", Date.valueOf(today));
    Map<String, OpenHazards> counts = new HashMap<>();
    jdbc.sql(
            "SELECT town_code, count(*) AS open, count(*) FILTER (WHERE "
                + AWAITING
                + " AND deadline < :today) AS overdue,"
                + " count(*) FILTER (WHERE grade = 'MAJOR') AS major,"
                + " count(*) FILTER (WHERE grade IS DISTINCT FROM 'MAJOR' AND "
                + AWAITING
                + " AND deadline < :today) AS overdue_general"
                + " FROM hazard WHERE state <> 'CLOSED' AND "
                + where
                + " GROUP BY town_code")
        .params(params)
        .query(
            (RowCallbackHandler)
                rs ->
                    counts.put(
                        rs.getString("town_code"),
                        new OpenHazards(
                            rs.getLong("open"),
                            rs.getLong("overdue"),
                            rs.getLong("major"),
                            rs.getLong("overdue_general"))));
    return counts;
  }

  /**
   * Open hazards of a town.
   *
   * @param open not closed
   * @param overdue awaiting rectification past the deadline
   * @param major open and graded MAJOR
   * @param overdueGeneral overdue and not MAJOR
   */
  record OpenHazards(long open, long overdue, long major, long overdueGeneral) {}

  HazardCounts countsOf(String uscc, LocalDate today) {
    return jdbc.sql(
            "SELECT count(*) FILTER (WHERE state <> 'CLOSED') AS open,"
                + " count(*) FILTER (WHERE "
                + AWAITING
                + " AND deadline < :today) AS overdue,"
                + " count(*) FILTER (WHERE state <> 'CLOSED' AND grade = 'MAJOR') AS major"
                + " FROM hazard WHERE enterprise_uscc = :uscc")
        .param("today", Date.valueOf(today))
        .param("uscc", uscc)
        .query(
            (rs, n) ->
                new HazardCounts(rs.getLong("open"), rs.getLong("overdue"), rs.getLong("major")))
        .single();
  }

  private static String where(
      HazardQuery q, DataScope scope, LocalDate today, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    clauses.add(scopePredicate(scope, params));
    if (q.townCode() != null) {
      clauses.add("town_code = :town");
      params.put("town", q.townCode());
    }
    if (q.gridId() != null) {
      clauses.add("grid_id = :grid");
      params.put("grid", q.gridId());
    }
    if (q.grade() != null) {
      clauses.add("grade = :grade");
      params.put("grade", q.grade().name());
    }
    if (q.state() != null) {
      clauses.add("state = :state");
      params.put("state", q.state().name());
    }
    if (q.enterpriseUscc() != null) {
      clauses.add("enterprise_uscc = :uscc");
      params.put("uscc", q.enterpriseUscc());
    }
    if (Boolean.TRUE.equals(q.open())) {
      clauses.add("state <> 'CLOSED'");
    }
    if (q.overdue() != null) {
      String overdue = "(" + AWAITING + " AND deadline < :today)";
      clauses.add(q.overdue() ? overdue : "NOT " + overdue);
      params.put("today", Date.valueOf(today));
    }
    return String.join(" AND ", clauses);
  }

  static String scopePredicate(DataScope scope, Map<String, Object> params) {
    return scopePredicate(scope, params, "");
  }

  /** The scope as a predicate on the hazard columns, {@code alias} being e.g. {@code "h."}. */
  static String scopePredicate(DataScope scope, Map<String, Object> params, String alias) {
    return new ScopeColumns(alias + "town_code", alias + "grid_id", alias + "enterprise_uscc")
        .predicate(scope, params);
  }

  static Hazard map(ResultSet rs, int n) throws SQLException {
    String grade = rs.getString("grade");
    Date deadline = rs.getDate("deadline");
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Hazard(
        rs.getLong("id"),
        rs.getString("enterprise_uscc"),
        rs.getString("enterprise_name"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("address"),
        nullableDouble(rs, "lon"),
        nullableDouble(rs, "lat"),
        rs.getString("town_code"),
        nullableLong(rs, "grid_id"),
        HazardSource.valueOf(rs.getString("source")),
        grade == null ? null : HazardGrade.valueOf(grade),
        HazardState.valueOf(rs.getString("state")),
        rs.getString("responsible_unit"),
        deadline == null ? null : deadline.toLocalDate(),
        rs.getBoolean("supervised"),
        rs.getString("found_by"),
        rs.getTimestamp("found_at").toInstant(),
        closed == null ? null : closed.toInstant(),
        rs.getBoolean("synthetic"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getInt("version"));
  }

  private static HazardTransition mapTransition(ResultSet rs, int n) throws SQLException {
    String from = rs.getString("from_state");
    String grade = rs.getString("grade");
    Date deadline = rs.getDate("deadline");
    Array ids = rs.getArray("evidence_ids");
    List<Long> evidence =
        ids == null
            ? List.of()
            : Arrays.stream((Object[]) ids.getArray()).map(o -> ((Number) o).longValue()).toList();
    return new HazardTransition(
        rs.getLong("id"),
        rs.getLong("hazard_id"),
        rs.getString("action"),
        from == null ? null : HazardState.valueOf(from),
        HazardState.valueOf(rs.getString("to_state")),
        rs.getString("actor"),
        rs.getString("actor_role"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("comment"),
        grade == null ? null : HazardGrade.valueOf(grade),
        rs.getString("responsible_unit"),
        deadline == null ? null : deadline.toLocalDate(),
        evidence);
  }

  private static Evidence mapEvidence(ResultSet rs, int n) throws SQLException {
    return new Evidence(
        rs.getLong("id"),
        rs.getLong("hazard_id"),
        rs.getString("storage_key"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant(),
        nullableLong(rs, "transition_id"));
  }

  private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /**
   * Figures per enterprise for bulk readers. Open = not CLOSED; overdue = ASSIGNED or RECTIFYING
   * past the deadline (the same definitions as {@link #countsOf}).
   */
  Map<String, HazardFigures> figuresOf(Collection<String> usccs, LocalDate today) {
    String[] keys = usccs.toArray(String[]::new);
    Map<String, EscalationLevel> escalations = new HashMap<>();
    jdbc.sql(
            "SELECT DISTINCT h.enterprise_uscc, e.level FROM hazard_escalation e"
                + " JOIN hazard h ON h.id = e.hazard_id"
                + " WHERE h.enterprise_uscc = ANY(:keys) AND h.state <> 'CLOSED'")
        .param("keys", keys)
        .query(
            (ResultSet rs) -> {
              var level = EscalationLevel.valueOf(rs.getString(2));
              escalations.merge(
                  rs.getString(1), level, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
            });
    Map<String, HazardFigures> figures = new HashMap<>();
    jdbc.sql(
            """
            SELECT enterprise_uscc,
              count(*),
              count(*) FILTER (WHERE grade = 'MAJOR'),
              count(*) FILTER (WHERE grade = 'MAJOR' AND supervised),
              count(*) FILTER (WHERE state IN ('ASSIGNED', 'RECTIFYING') AND deadline < :today),
              coalesce(max(:today - deadline)
                FILTER (WHERE state IN ('ASSIGNED', 'RECTIFYING') AND deadline < :today), 0)
            FROM hazard WHERE enterprise_uscc = ANY(:keys) AND state <> 'CLOSED'
            GROUP BY enterprise_uscc""")
        .param("keys", keys)
        .param("today", Date.valueOf(today))
        .query(
            (ResultSet rs) -> {
              String uscc = rs.getString(1);
              figures.put(
                  uscc,
                  new HazardFigures(
                      rs.getLong(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      escalations.get(uscc)));
            });
    return figures;
  }
}
