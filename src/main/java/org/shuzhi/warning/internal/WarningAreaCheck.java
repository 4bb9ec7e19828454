package org.shuzhi.warning.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.warning.WarningArea;
import org.springframework.stereotype.Component;

/**
 * Checks warning areas (CAP 1.2 §3.2.4) and finds the towns they touch.
 *
 * <ul>
 *   <li>A polygon is a closed ring (first point = last point) of at least four points that does not
 *       cross itself.
 *   <li>A circle has a radius greater than zero and at most {@link #MAX_RADIUS_KM}.
 *   <li>Every vertex and circle centre lies inside the district or within {@link #NEAR_DEGREES} of
 *       it (about 10 km: a warning for the district may reach a little beyond its boundary, e.g. a
 *       river reach upstream).
 * </ul>
 */
@Component
class WarningAreaCheck {

  static final int MIN_POLYGON_POINTS = 4;
  static final double MAX_RADIUS_KM = 100;
  static final double NEAR_DEGREES = 0.1;
  static final int MAX_AREAS = 20;
  static final int MAX_POINTS = 1000;
  static final double KM_PER_DEGREE = 111.32;

  private final AreaDirectory areas;
  private final GeometryFactory geometries = new GeometryFactory();

  WarningAreaCheck(AreaDirectory areas) {
    this.areas = areas;
  }

  /** Throws {@link InvalidInputException} listing every problem, area by area (1-based). */
  void check(List<WarningArea> list) {
    List<Violation> problems = new ArrayList<>();
    if (list.isEmpty()) {
      problems.add(new Violation("areas", "warning.area.required"));
    }
    if (list.size() > MAX_AREAS) {
      problems.add(new Violation("areas", "warning.area.tooMany", MAX_AREAS));
    }
    Geometry district = district();
    for (int i = 0; i < list.size(); i++) {
      checkOne(list.get(i), i + 1, district, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private void checkOne(WarningArea area, int n, Geometry district, List<Violation> problems) {
    String field = "areas[" + (n - 1) + "]";
    if (area == null) {
      problems.add(new Violation(field, "warning.area.required"));
      return;
    }
    if (area.description() == null || area.description().isBlank()) {
      problems.add(new Violation(field + ".description", "warning.area.description", n));
    }
    if (area.isCircle() == !area.polygon().isEmpty()) {
      problems.add(new Violation(field, "warning.area.polygonOrCircle", n));
      return;
    }
    if (area.isCircle()) {
      Double r = area.radiusKm();
      if (r == null || !Double.isFinite(r) || r <= 0) {
        problems.add(new Violation(field + ".radiusKm", "warning.area.radius", n));
      } else if (r > MAX_RADIUS_KM) {
        problems.add(new Violation(field + ".radiusKm", "warning.area.radiusTooLarge", n, 100));
      }
      if (!near(area.centre(), district)) {
        problems.add(new Violation(field, "warning.area.outside", n));
      }
      return;
    }
    List<GeoPoint> ring = area.polygon();
    if (ring.size() > MAX_POINTS) {
      problems.add(new Violation(field + ".polygon", "warning.area.tooManyPoints", n, MAX_POINTS));
      return;
    }
    if (ring.size() < MIN_POLYGON_POINTS) {
      problems.add(
          new Violation(field + ".polygon", "warning.area.tooFewPoints", n, MIN_POLYGON_POINTS));
      return;
    }
    if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
      problems.add(new Violation(field + ".polygon", "warning.area.notClosed", n));
      return;
    }
    Polygon polygon = polygon(ring);
    if (!polygon.isValid()) {
      problems.add(new Violation(field + ".polygon", "warning.area.selfIntersecting", n));
    }
    if (!ring.stream().allMatch(p -> near(p, district))) {
      problems.add(new Violation(field, "warning.area.outside", n));
    }
  }

  /**
   * The towns (9-digit codes) the areas touch, in code order; all towns when the areas cover the
   * whole district.
   */
  List<String> townsTouched(List<WarningArea> list) {
    Geometry union = null;
    for (WarningArea area : list) {
      Geometry g = geometry(area);
      union = union == null ? g : union.union(g);
    }
    Set<String> towns = new LinkedHashSet<>();
    if (union != null) {
      for (Town town : areas.towns()) {
        if (areas.townBoundary(town.code()).intersects(union)) {
          towns.add(town.code());
        }
      }
    }
    return List.copyOf(towns);
  }

  /** The centre of the areas' bounding box, for the map. */
  GeoPoint centre(List<WarningArea> list) {
    Geometry union = null;
    for (WarningArea area : list) {
      Geometry g = geometry(area);
      union = union == null ? g : union.union(g);
    }
    Coordinate c = union.getEnvelopeInternal().centre();
    return new GeoPoint(c.x, c.y);
  }

  Geometry geometry(WarningArea area) {
    if (area.isCircle()) {
      // Degrees of latitude; a circle slightly wider east-west is close enough for town matching.
      return point(area.centre()).buffer(area.radiusKm() / KM_PER_DEGREE, 32);
    }
    return polygon(area.polygon());
  }

  private boolean near(GeoPoint p, Geometry district) {
    return district.isWithinDistance(point(p), NEAR_DEGREES);
  }

  private Geometry district() {
    List<Geometry> towns = new ArrayList<>();
    for (Town town : areas.towns()) {
      towns.add(areas.townBoundary(town.code()));
    }
    return geometries.buildGeometry(towns);
  }

  private Geometry point(GeoPoint p) {
    return geometries.createPoint(new Coordinate(p.lon(), p.lat()));
  }

  private Polygon polygon(List<GeoPoint> ring) {
    return geometries.createPolygon(
        ring.stream().map(p -> new Coordinate(p.lon(), p.lat())).toArray(Coordinate[]::new));
  }
}
