package org.shuzhi.command.internal.incidents;

import java.util.List;

/**
 * The area an incident affects: a circle around the incident's location or a polygon.
 *
 * @param kind CIRCLE or POLYGON
 * @param radiusM the circle's radius in metres (CIRCLE only)
 * @param polygon the polygon's outer ring as [lon, lat] WGS-84 positions, first equal to last
 *     (POLYGON only, as in GeoJSON RFC 7946 §3.1.6)
 */
public record AffectedArea(Kind kind, Integer radiusM, List<List<Double>> polygon) {

  public enum Kind {
    CIRCLE,
    POLYGON
  }

  public static AffectedArea circle(int radiusM) {
    return new AffectedArea(Kind.CIRCLE, radiusM, null);
  }
}
