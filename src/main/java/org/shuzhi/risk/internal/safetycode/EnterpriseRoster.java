package org.shuzhi.risk.internal.safetycode;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pages through every registered enterprise for the full recompute, in id order (keyset paging).
 * The enterprise module's API ({@code EnterpriseDirectory}) has no bulk listing yet, so this reads
 * its table read-only; a {@code EnterpriseDirectory#page(afterId, limit)} would replace it.
 */
@Component
class EnterpriseRoster {

  /** What the safety code copies from the registry. */
  record Entry(
      long id,
      String uscc,
      String name,
      String townCode,
      Double lon,
      Double lat,
      boolean synthetic) {}

  private final JdbcClient jdbc;

  EnterpriseRoster(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Entry> after(long afterId, int limit) {
    return jdbc.sql(
            "SELECT id, uscc, name, town_code, lon, lat, synthetic FROM enterprise"
                + " WHERE id > ? ORDER BY id LIMIT ?")
        .params(afterId, limit)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getLong("id"),
                    rs.getString("uscc"),
                    rs.getString("name"),
                    rs.getString("town_code"),
                    (Double) rs.getObject("lon"),
                    (Double) rs.getObject("lat"),
                    rs.getBoolean("synthetic")))
        .list();
  }
}
