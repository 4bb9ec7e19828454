package org.shuzhi.area.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * Area of a grid-sized WGS-84 polygon. Degrees are scaled to kilometres at the polygon's mean
 * latitude (a local equirectangular projection): for a few km² the error is far below the precision
 * shown, and it needs no projection library.
 */
final class GridArea {

  /** Mean Earth radius (IUGG), km. */
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

  private GridArea() {}

  static double squareKilometres(Geometry lonLat) {
    if (lonLat.isEmpty()) {
      return 0;
    }
    double meanLatitude = lonLat.getEnvelopeInternal().centre().y;
    return lonLat.getArea()
        * KM_PER_DEGREE
        * KM_PER_DEGREE
        * Math.cos(Math.toRadians(meanLatitude));
  }
}
