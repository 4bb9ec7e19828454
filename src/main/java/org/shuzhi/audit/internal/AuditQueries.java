package org.shuzhi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Searches the trail for the audit admin. */
@Service
class AuditQueries {

  static final int PAGE_SIZE = 50;

  /** Dates in the filter and times on screen are those of the district. */
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final JsonMapper jsonMapper;

  AuditQueries(JdbcClient jdbc, JsonMapper jsonMapper) {
    this.jdbc = jdbc;
    this.jsonMapper = jsonMapper;
  }

  /** The page of events matching every given criterion, newest first. */
  @Transactional(readOnly = true)
  AuditPage search(AuditFilter filter) {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT id, occurred_at, actor, actor_role, action, target_type, target_id,
                   before_state::text AS before_json, after_state::text AS after_json, outcome,
                   client_ip, detail
              FROM audit_event
             WHERE TRUE
            """);
    Map<String, Object> params = new LinkedHashMap<>();
    equal(sql, params, "actor", filter.actor());
    equal(sql, params, "action", filter.action() == null ? null : filter.action().name());
    equal(sql, params, "target_type", filter.targetType());
    equal(sql, params, "target_id", filter.targetId());
    equal(sql, params, "outcome", filter.outcome() == null ? null : filter.outcome().name());
    if (filter.from() != null) {
      sql.append(" AND occurred_at >= :fromTime");
      params.put("fromTime", startOf(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" AND occurred_at < :toTime");
      params.put("toTime", startOf(filter.to().plusDays(1)));
    }
    if (filter.q() != null) {
      // strpos rather than LIKE: the user's text needs no escaping of % and _.
      sql.append(" AND strpos(lower(detail), lower(:q)) > 0");
      params.put("q", filter.q());
    }
    int page = Math.max(filter.page(), 0);
    sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset");
    params.put("limit", PAGE_SIZE + 1);
    params.put("offset", (long) page * PAGE_SIZE);

    List<AuditEventView> rows = jdbc.sql(sql.toString()).params(params).query(this::row).list();
    boolean hasNext = rows.size() > PAGE_SIZE;
    return new AuditPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, PAGE_SIZE, hasNext);
  }

  private static void equal(
      StringBuilder sql, Map<String, Object> params, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = :").append(column);
      params.put(column, value);
    }
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(DISTRICT_ZONE).toOffsetDateTime();
  }

  private AuditEventView row(ResultSet rs, int rowNum) throws SQLException {
    return new AuditEventView(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class)
            .atZoneSameInstant(DISTRICT_ZONE)
            .toOffsetDateTime(),
        rs.getString("actor"),
        rs.getString("actor_role"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        json(rs.getString("before_json")),
        json(rs.getString("after_json")),
        rs.getString("outcome"),
        rs.getString("client_ip"),
        rs.getString("detail"));
  }

  private JsonNode json(String text) {
    return text == null ? null : jsonMapper.readTree(text);
  }
}
