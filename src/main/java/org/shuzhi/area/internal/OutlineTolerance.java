package org.shuzhi.area.internal;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Whether a boundary lies inside an outline: the district's for any uploaded boundary, a town's for
 * its grids. The test allows about 200 m: the district outline is web-map data (DataV/Amap,
 * converted from GCJ-02 with metre-level error and simplified to 691 vertices), while uploaded
 * boundaries come from surveys (CGCS2000), so the two never match vertex for vertex along the
 * district border. 200 m absorbs that, yet still catches a file of another district or one left in
 * GCJ-02/BD-09 (shifted ~500 m or more). Grids and town boundaries come from different systems,
 * simplified differently, so a grid gets the same allowance along its town's border.
 */
final class OutlineTolerance {

  /**
   * 0.002° is 222 m north–south and 193 m east–west at 30° N. Buffering in degrees keeps the check
   * free of a projection; the small anisotropy does not matter for a tolerance.
   */
  static final double BUFFER_DEGREES = 0.002;

  private final PreparedGeometry buffered;

  OutlineTolerance(Geometry outline) {
    this.buffered = PreparedGeometryFactory.prepare(outline.buffer(BUFFER_DEGREES));
  }

  /** A vertex of {@code geometry} outside the tolerated area, if there is one. */
  Optional<Coordinate> pointOutside(Geometry geometry) {
    if (buffered.covers(geometry)) {
      return Optional.empty();
    }
    var factory = geometry.getFactory();
    for (Coordinate c : geometry.getCoordinates()) {
      if (!buffered.covers(factory.createPoint(c))) {
        return Optional.of(c);
      }
    }
    // All vertices inside but an edge crosses out (a concave bay of the outline): report the first
    // vertex of the part that sticks out.
    return Optional.of(
        geometry.difference(buffered.getGeometry()).getInteriorPoint().getCoordinate());
  }
}
