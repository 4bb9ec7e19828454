package org.shuzhi.risk.internal.points;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.ScopeColumns;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskObjectQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The risk_object table and its responsible persons. Every read takes the caller's {@link
 * DataScope} as a parameterised predicate, so out-of-scope rows never leave the database.
 */
@Repository
class RiskObjectRepository {

  private static final ScopeColumns SCOPE =
      new ScopeColumns("town_code", "grid_id", "enterprise_uscc");

  private static final String COLUMNS =
      "id, name, kind, enterprise_uscc, address, lon, lat, own_location, town_code, grid_id,"
          + " current_colour, synthetic, updated_at, updated_by, version";

  private final JdbcClient jdbc;

  RiskObjectRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Page(List<RiskObjectRow> rows, long total) {}

  Page search(RiskObjectQuery query, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, scope, params);
    long total =
        jdbc.sql("SELECT count(*) FROM risk_object WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", query.size());
    params.put("offset", (long) query.page() * query.size());
    List<RiskObjectRow> rows =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM risk_object WHERE "
                    + where
                    + " ORDER BY id LIMIT :limit OFFSET :offset")
            .params(params)
            .query(RiskObjectRepository::map)
            .list();
    return new Page(withPersons(rows), total);
  }

  /** Streams every matching row (exports, map layers), persons included, in batches of 500. */
  void forEach(RiskObjectQuery query, DataScope scope, Consumer<RiskObjectRow> consumer) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, scope, params);
    List<RiskObjectRow> batch = new ArrayList<>();
    try (var rows =
        jdbc
            .sql("SELECT " + COLUMNS + " FROM risk_object WHERE " + where + " ORDER BY id")
            .params(params)
            .query(RiskObjectRepository::map)
            .stream()) {
      rows.forEach(
          r -> {
            batch.add(r);
            if (batch.size() == 500) {
              withPersons(batch).forEach(consumer);
              batch.clear();
            }
          });
    }
    withPersons(batch).forEach(consumer);
  }

  Optional<RiskObjectRow> find(long id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    String predicate = scopePredicate(scope, params);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM risk_object WHERE id = :id AND retired_at IS NULL AND "
                + predicate)
        .params(params)
        .query(RiskObjectRepository::map)
        .optional()
        .map(r -> withPersons(List.of(r)).get(0));
  }

  /** Locks the row until the transaction ends (assessments of one object run one at a time). */
  void lock(long id) {
    jdbc.sql("SELECT id FROM risk_object WHERE id = ? FOR UPDATE")
        .param(id)
        .query(Long.class)
        .list();
  }

  long insert(RiskObjectRow r, String actor) {
    long id =
        jdbc.sql(
                """
                INSERT INTO risk_object (name, kind, enterprise_uscc, address, lon, lat,
                  own_location, town_code, grid_id, synthetic, created_by, updated_by)
                VALUES (:name, :kind, :uscc, :address, :lon, :lat, :own, :town, :grid, :synthetic,
                  :actor, :actor)
                RETURNING id""")
            .params(values(r, actor))
            .query(Long.class)
            .single();
    insertPersons(id, r.persons());
    return id;
  }

  /** Optimistic update: false when someone else changed the record since {@code version}. */
  boolean update(long id, int version, RiskObjectRow r, String actor) {
    Map<String, Object> params = values(r, actor);
    params.put("id", id);
    params.put("version", version);
    boolean updated =
        jdbc.sql(
                    """
                    UPDATE risk_object SET name = :name, kind = :kind, enterprise_uscc = :uscc,
                      address = :address, lon = :lon, lat = :lat, own_location = :own,
                      town_code = :town, grid_id = :grid, updated_by = :actor, updated_at = now(),
                      version = version + 1
                    WHERE id = :id AND version = :version""")
                .params(params)
                .update()
            == 1;
    if (updated) {
      jdbc.sql("DELETE FROM risk_object_person WHERE risk_object_id = ?").param(id).update();
      insertPersons(id, r.persons());
    }
    return updated;
  }

  /**
   * Retires the object (optimistic: false when it changed since {@code version} or is retired
   * already). Its colour is cleared: a retired object carries no risk for its enterprise.
   */
  boolean retire(long id, int version, String reason, String actor, Instant at) {
    return jdbc.sql(
                """
                UPDATE risk_object SET retired_at = :at, retired_by = :actor,
                  retire_reason = :reason, current_colour = NULL, updated_by = :actor,
                  updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version AND retired_at IS NULL""")
            .param("id", id)
            .param("version", version)
            .param("reason", reason)
            .param("actor", actor)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  /** Sets the object's colour to the highest current colour of its risk points. */
  void refreshColour(long id) {
    jdbc.sql(
            """
            UPDATE risk_object SET current_colour = (
              SELECT current_colour FROM risk_point
              WHERE risk_object_id = :id AND current_colour IS NOT NULL
              ORDER BY CASE current_colour WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1
                WHEN 'YELLOW' THEN 2 ELSE 3 END
              LIMIT 1)
            WHERE id = :id AND retired_at IS NULL""")
        .param("id", id)
        .update();
  }

  Optional<RiskColour> highestColourOfEnterprise(String uscc) {
    return jdbc.sql(
            """
            SELECT current_colour FROM risk_object
            WHERE enterprise_uscc = ? AND current_colour IS NOT NULL
            ORDER BY CASE current_colour WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1
              WHEN 'YELLOW' THEN 2 ELSE 3 END
            LIMIT 1""")
        .param(uscc)
        .query(String.class)
        .optional()
        .map(RiskColour::valueOf);
  }

  /** The highest current colour per enterprise, in one grouped query; unassessed ones absent. */
  Map<String, RiskColour> highestColoursOfEnterprises(Collection<String> usccs) {
    Map<String, RiskColour> result = new HashMap<>();
    if (usccs.isEmpty()) {
      return result;
    }
    jdbc.sql(
            """
            SELECT enterprise_uscc, min(CASE current_colour WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1
              WHEN 'YELLOW' THEN 2 ELSE 3 END)
            FROM risk_object
            WHERE enterprise_uscc = ANY(:keys) AND current_colour IS NOT NULL
            GROUP BY enterprise_uscc""")
        .param("keys", usccs.toArray(String[]::new))
        // RiskColour's declaration order is RED, ORANGE, YELLOW, BLUE: the rank is the ordinal.
        .query(
            (ResultSet rs) -> {
              result.put(rs.getString(1), RiskColour.values()[rs.getInt(2)]);
            });
    return result;
  }

  private void insertPersons(long id, List<RiskObjectRow.Person> persons) {
    for (int i = 0; i < persons.size(); i++) {
      jdbc.sql(
              "INSERT INTO risk_object_person (risk_object_id, ordinal, name, phone)"
                  + " VALUES (?, ?, ?, ?)")
          .param(id)
          .param(i)
          .param(persons.get(i).name())
          .param(persons.get(i).phone())
          .update();
    }
  }

  private List<RiskObjectRow> withPersons(List<RiskObjectRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, List<RiskObjectRow.Person>> byObject = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT risk_object_id, name, phone FROM risk_object_person"
                + " WHERE risk_object_id = ANY(:ids) ORDER BY risk_object_id, ordinal")
        .param("ids", rows.stream().map(RiskObjectRow::id).toArray(Long[]::new))
        .query(
            rs -> {
              byObject
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new RiskObjectRow.Person(rs.getString(2), rs.getString(3)));
            });
    return rows.stream().map(r -> r.withPersons(byObject.getOrDefault(r.id(), List.of()))).toList();
  }

  private static Map<String, Object> values(RiskObjectRow r, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", r.name());
    p.put("kind", r.kind().name());
    p.put("uscc", r.enterpriseUscc());
    p.put("address", r.address());
    p.put("lon", r.lon());
    p.put("lat", r.lat());
    p.put("own", r.ownLocation());
    p.put("town", r.townCode());
    p.put("grid", r.gridId());
    p.put("synthetic", r.synthetic());
    p.put("actor", actor);
    return p;
  }

  private static String where(RiskObjectQuery q, DataScope scope, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>();
    clauses.add(scopePredicate(scope, params));
    clauses.add("retired_at IS NULL");
    if (q.townCode() != null) {
      clauses.add("town_code = :town");
      params.put("town", q.townCode());
    }
    if (q.gridId() != null) {
      clauses.add("grid_id = :grid");
      params.put("grid", q.gridId());
    }
    if (q.kind() != null) {
      clauses.add("kind = :kind");
      params.put("kind", q.kind().name());
    }
    if (q.unassessed()) {
      clauses.add("current_colour IS NULL");
    } else if (q.colour() != null) {
      clauses.add("current_colour = :colour");
      params.put("colour", q.colour().name());
    }
    return String.join(" AND ", clauses);
  }

  /** Assessed risk objects in service, in the scope, per town and current colour (cockpit). */
  List<RiskPointRepository.TownColourCount> countsByTownAndColour(DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String predicate = scopePredicate(scope, params);
    return jdbc.sql(
            "SELECT town_code, current_colour, count(*) AS n FROM risk_object"
                + " WHERE retired_at IS NULL AND current_colour IS NOT NULL AND "
                + predicate
                + " GROUP BY town_code, current_colour")
        .params(params)
        .query(
            (rs, n) ->
                new RiskPointRepository.TownColourCount(
                    rs.getString("town_code"),
                    RiskColour.valueOf(rs.getString("current_colour")),
                    rs.getLong("n")))
        .list();
  }

  /** The same scope rules as the enterprise registry, on the risk object's own columns. */
  static String scopePredicate(DataScope scope, Map<String, Object> params) {
    return SCOPE.predicate(scope, params);
  }

  private static RiskObjectRow map(ResultSet rs, int n) throws SQLException {
    Timestamp updated = rs.getTimestamp("updated_at");
    long grid = rs.getLong("grid_id");
    Long gridId = rs.wasNull() ? null : grid;
    double lon = rs.getDouble("lon");
    Double lonValue = rs.wasNull() ? null : lon;
    double lat = rs.getDouble("lat");
    Double latValue = rs.wasNull() ? null : lat;
    String colour = rs.getString("current_colour");
    return new RiskObjectRow(
        rs.getLong("id"),
        rs.getString("name"),
        RiskObjectKind.valueOf(rs.getString("kind")),
        rs.getString("enterprise_uscc"),
        rs.getString("address"),
        lonValue,
        latValue,
        rs.getBoolean("own_location"),
        rs.getString("town_code"),
        gridId,
        colour == null ? null : RiskColour.valueOf(colour),
        List.of(),
        rs.getBoolean("synthetic"),
        updated == null ? null : updated.toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }
}
