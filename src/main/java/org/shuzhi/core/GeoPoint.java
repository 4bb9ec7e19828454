package org.shuzhi.core;

/**
 * A point as longitude/latitude in decimal degrees (GeoJSON order). The coordinate system is not
 * part of the value: Shuzhi stores WGS-84 and converts at the edges with {@link
 * CoordinateConverter}.
 */
public record GeoPoint(double lon, double lat) {

  /** Mean Earth radius (IUGG), used by the haversine distance. */
  static final double EARTH_RADIUS_METRES = 6_371_008.8;

  public GeoPoint {
    if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
      throw new InvalidGeoPointException(InvalidGeoPointException.Problem.LONGITUDE, lon);
    }
    if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
      throw new InvalidGeoPointException(InvalidGeoPointException.Problem.LATITUDE, lat);
    }
  }

  /**
   * Great-circle distance on a sphere (haversine). Good to about 0.5 % against the ellipsoid, which
   * is plenty for "within a few metres" checks and nearest-grid lookups.
   */
  public double distanceMetres(GeoPoint other) {
    double phi1 = Math.toRadians(lat);
    double phi2 = Math.toRadians(other.lat);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.lon - lon);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
