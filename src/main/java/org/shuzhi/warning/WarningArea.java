package org.shuzhi.warning;

import java.util.List;
import org.shuzhi.core.GeoPoint;

/**
 * One area of a warning (CAP {@code area}), WGS-84: a polygon or a circle.
 *
 * @param description what the area is (CAP {@code areaDesc}), e.g. 城厢街道沿江地区
 * @param polygon the ring, first point repeated as the last (CAP 1.2 §3.2.4: closed, at least four
 *     points); empty for a circle
 * @param centre the circle's centre; null for a polygon
 * @param radiusKm the circle's radius in kilometres (CAP's unit), greater than zero; null for a
 *     polygon
 */
public record WarningArea(
    String description, List<GeoPoint> polygon, GeoPoint centre, Double radiusKm) {

  public WarningArea {
    polygon = polygon == null ? List.of() : List.copyOf(polygon);
  }

  public static WarningArea polygon(String description, List<GeoPoint> ring) {
    return new WarningArea(description, ring, null, null);
  }

  public static WarningArea circle(String description, GeoPoint centre, double radiusKm) {
    return new WarningArea(description, List.of(), centre, radiusKm);
  }

  public boolean isCircle() {
    return centre != null;
  }
}
