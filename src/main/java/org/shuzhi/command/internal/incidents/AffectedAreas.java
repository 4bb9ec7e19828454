package org.shuzhi.command.internal.incidents;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an affected area and converts it to and from its stored form. A circle's radius is 1 m to
 * 50 km (beyond that the whole district is affected and a polygon says more); a polygon's ring is
 * closed (GeoJSON RFC 7946 §3.1.6: at least four positions, the first equal to the last), lies in
 * WGS-84 range, has a non-zero area, does not cross itself (JTS validity) and has every vertex
 * inside the district (an incident of the district affects the district; what lies beyond is for
 * the neighbours to declare).
 */
@Component
class AffectedAreas {

  static final int MAX_RADIUS_M = 50_000;
  static final int MAX_POSITIONS = 2_000;

  private final GeometryFactory geometries = new GeometryFactory();
  private final AreaDirectory areas;

  AffectedAreas(AreaDirectory areas) {
    this.areas = areas;
  }

  private final JsonMapper json = JsonMapper.builder().build();

  /** The area checked, or null when none was given; problems are added to the list. */
  AffectedArea check(AffectedArea area, List<Violation> problems) {
    if (area == null || area.kind() == null) {
      return null;
    }
    return switch (area.kind()) {
      case CIRCLE -> {
        Integer r = area.radiusM();
        if (r == null || r < 1 || r > MAX_RADIUS_M) {
          problems.add(new Violation("area.radiusM", "incident.area.radius", MAX_RADIUS_M));
          yield null;
        }
        yield AffectedArea.circle(r);
      }
      case POLYGON -> polygon(area.polygon(), problems);
    };
  }

  private AffectedArea polygon(List<List<Double>> ring, List<Violation> problems) {
    if (ring == null || ring.size() < 4 || ring.size() > MAX_POSITIONS) {
      problems.add(new Violation("area.polygon", "incident.area.positions", MAX_POSITIONS));
      return null;
    }
    List<Coordinate> coordinates = new ArrayList<>();
    for (List<Double> p : ring) {
      if (p == null
          || p.size() != 2
          || p.get(0) == null
          || p.get(1) == null
          || !Double.isFinite(p.get(0))
          || !Double.isFinite(p.get(1))
          || Math.abs(p.get(0)) > 180
          || Math.abs(p.get(1)) > 90) {
        problems.add(new Violation("area.polygon", "incident.area.position"));
        return null;
      }
      coordinates.add(new Coordinate(p.get(0), p.get(1)));
    }
    if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
      problems.add(new Violation("area.polygon", "incident.area.notClosed"));
      return null;
    }
    Polygon polygon = geometries.createPolygon(coordinates.toArray(Coordinate[]::new));
    if (!polygon.isValid() || polygon.getArea() == 0) {
      problems.add(new Violation("area.polygon", "incident.area.invalid"));
      return null;
    }
    for (int k = 0; k < coordinates.size() - 1; k++) {
      Coordinate c = coordinates.get(k);
      if (!areas.insideDistrict(c.x, c.y)) {
        problems.add(new Violation("area.polygon", "incident.area.outside", k + 1, c.x, c.y));
        return null;
      }
    }
    List<List<Double>> copy = ring.stream().map(p -> List.of(p.get(0), p.get(1))).toList();
    return new AffectedArea(AffectedArea.Kind.POLYGON, null, copy);
  }

  /**
   * The ring as the incident form sends it: JSON {@code [[lon, lat], …]} (the form's map closes
   * it), or null with a problem when it is not that shape.
   */
  AffectedArea parseRing(String text, List<Violation> problems) {
    try {
      List<List<Double>> ring = json.readValue(text, new TypeReference<List<List<Double>>>() {});
      return new AffectedArea(AffectedArea.Kind.POLYGON, null, ring);
    } catch (RuntimeException e) {
      problems.add(new Violation("area.polygon", "incident.area.format"));
      return null;
    }
  }

  /** GeoJSON Polygon text of a polygon area. */
  String geoJson(AffectedArea area) {
    return json.writeValueAsString(
        java.util.Map.of("type", "Polygon", "coordinates", List.of(area.polygon())));
  }

  /** Reads the stored columns back. */
  AffectedArea read(String kind, Integer radiusM, String geoJson) {
    if (kind == null) {
      return null;
    }
    if (AffectedArea.Kind.valueOf(kind) == AffectedArea.Kind.CIRCLE) {
      return AffectedArea.circle(radiusM);
    }
    GeoJsonPolygon p = json.readValue(geoJson, new TypeReference<GeoJsonPolygon>() {});
    return new AffectedArea(AffectedArea.Kind.POLYGON, null, p.coordinates().get(0));
  }

  private record GeoJsonPolygon(String type, List<List<List<Double>>> coordinates) {}
}
