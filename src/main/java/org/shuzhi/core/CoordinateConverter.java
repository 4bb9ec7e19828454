package org.shuzhi.core;

/**
 * Converts between WGS-84, GCJ-02 and BD-09 with the widely published formulas (GCJ-02: Krasovsky
 * ellipsoid constants as in e.g. {@code wandergis/coordtransform}; BD-09: Baidu's x_pi transform).
 * GCJ-02 has no closed-form inverse, so GCJ-02 → WGS-84 inverts the forward formula iteratively.
 * Stateless and thread-safe.
 */
public final class CoordinateConverter {

  /** Krasovsky 1940 semi-major axis, as used by the GCJ-02 formula. */
  private static final double A = 6378245.0;

  /** Krasovsky 1940 first eccentricity squared. */
  private static final double EE = 0.00669342162296594323;

  private static final double X_PI = Math.PI * 3000.0 / 180.0;

  /** Stop the GCJ-02 inversion once a step moves less than this many degrees (≈ 1 cm). */
  private static final double INVERSION_TOLERANCE_DEGREES = 1e-7;

  private static final int MAX_ITERATIONS = 30;

  /** Converts a point given in {@code from} to WGS-84. */
  public GeoPoint toWgs84(GeoPoint p, CoordinateSystem from) {
    return switch (from) {
      case WGS84 -> p;
      case GCJ02 -> gcj02ToWgs84(p);
      case BD09 -> gcj02ToWgs84(bd09ToGcj02(p));
    };
  }

  /** Converts a WGS-84 point to {@code to}. */
  public GeoPoint fromWgs84(GeoPoint p, CoordinateSystem to) {
    return switch (to) {
      case WGS84 -> p;
      case GCJ02 -> wgs84ToGcj02(p);
      case BD09 -> gcj02ToBd09(wgs84ToGcj02(p));
    };
  }

  /** Converts between any two systems (through WGS-84 where needed). */
  public GeoPoint convert(GeoPoint p, CoordinateSystem from, CoordinateSystem to) {
    if (from == to) {
      return p;
    }
    if (from == CoordinateSystem.GCJ02 && to == CoordinateSystem.BD09) {
      return gcj02ToBd09(p);
    }
    if (from == CoordinateSystem.BD09 && to == CoordinateSystem.GCJ02) {
      return bd09ToGcj02(p);
    }
    return fromWgs84(toWgs84(p, from), to);
  }

  /**
   * Whether the GCJ-02 offset applies: the crude mainland bounding box the public formula uses
   * (72.004–137.8347 E, 0.8293–55.8271 N). Outside it the offset is zero.
   */
  public boolean isInsideChinaBox(GeoPoint p) {
    return p.lon() >= 72.004 && p.lon() <= 137.8347 && p.lat() >= 0.8293 && p.lat() <= 55.8271;
  }

  private GeoPoint wgs84ToGcj02(GeoPoint p) {
    if (!isInsideChinaBox(p)) {
      return p;
    }
    double[] d = offset(p.lon(), p.lat());
    return new GeoPoint(p.lon() + d[0], p.lat() + d[1]);
  }

  /** Fixed-point iteration w ← w − (gcj(w) − target); converges in a handful of steps. */
  private GeoPoint gcj02ToWgs84(GeoPoint gcj) {
    if (!isInsideChinaBox(gcj)) {
      return gcj;
    }
    double lon = gcj.lon();
    double lat = gcj.lat();
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      GeoPoint forward = wgs84ToGcj02(new GeoPoint(lon, lat));
      double dLon = forward.lon() - gcj.lon();
      double dLat = forward.lat() - gcj.lat();
      lon -= dLon;
      lat -= dLat;
      if (Math.abs(dLon) < INVERSION_TOLERANCE_DEGREES
          && Math.abs(dLat) < INVERSION_TOLERANCE_DEGREES) {
        break;
      }
    }
    return new GeoPoint(lon, lat);
  }

  private static GeoPoint gcj02ToBd09(GeoPoint p) {
    double x = p.lon();
    double y = p.lat();
    double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
    return new GeoPoint(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
  }

  private static GeoPoint bd09ToGcj02(GeoPoint p) {
    double x = p.lon() - 0.0065;
    double y = p.lat() - 0.006;
    double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
    return new GeoPoint(z * Math.cos(theta), z * Math.sin(theta));
  }

  /** The GCJ-02 offset {dLon, dLat} in degrees at a WGS-84 point. */
  private static double[] offset(double lon, double lat) {
    double dLat = transformLat(lon - 105.0, lat - 35.0);
    double dLon = transformLon(lon - 105.0, lat - 35.0);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new double[] {dLon, dLat};
  }

  private static double transformLat(double x, double y) {
    double ret =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double transformLon(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret +=
        (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return ret;
  }
}
