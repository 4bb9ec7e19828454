package org.shuzhi.risk.internal.points;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.risk.RiskBand;
import org.shuzhi.risk.RiskBands;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskPointMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versioned colour bands: the highest version of a method is current; edits add a version. */
@Repository
class RiskBandRepository {

  private final JdbcClient jdbc;

  RiskBandRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The current bands of a method; the built-in defaults if the table has none. */
  RiskBands current(RiskPointMethod method) {
    List<Object[]> rows =
        jdbc.sql(
                """
                SELECT version, colour, lower_bound, lower_inclusive FROM risk_band
                WHERE method = :method
                  AND version = (SELECT max(version) FROM risk_band WHERE method = :method)
                ORDER BY CASE colour WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1 ELSE 2 END""")
            .param("method", method.name())
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getInt(1),
                      new RiskBand(
                          RiskColour.valueOf(rs.getString(2)),
                          rs.getBigDecimal(3),
                          rs.getBoolean(4))
                    })
            .list();
    if (rows.isEmpty()) {
      return method == RiskPointMethod.LEC ? RiskBands.lecDefaults() : RiskBands.lsDefaults();
    }
    List<RiskBand> bands = new ArrayList<>();
    rows.forEach(r -> bands.add(stripped((RiskBand) r[1])));
    return new RiskBands(method, (Integer) rows.get(0)[0], bands);
  }

  /** Stores the bands as the next version of their method; returns it with that version. */
  RiskBands addVersion(RiskBands bands, String actor) {
    // Serialise concurrent edits of one method: the second waits and takes the next number.
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('risk_band:' || ?))")
        .param(bands.method().name())
        .query((rs, n) -> 1)
        .list();
    int next =
        jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM risk_band WHERE method = ?")
            .param(bands.method().name())
            .query(Integer.class)
            .single();
    for (RiskBand band : bands.bands()) {
      jdbc.sql(
              """
              INSERT INTO risk_band (method, version, colour, lower_bound, lower_inclusive,
                created_by) VALUES (?, ?, ?, ?, ?, ?)""")
          .param(bands.method().name())
          .param(next)
          .param(band.colour().name())
          .param(band.lowerBound())
          .param(band.inclusive())
          .param(actor)
          .update();
    }
    return new RiskBands(bands.method(), next, bands.bands());
  }

  private static RiskBand stripped(RiskBand b) {
    var v = b.lowerBound().stripTrailingZeros();
    return new RiskBand(b.colour(), v.scale() < 0 ? v.setScale(0) : v, b.inclusive());
  }
}
