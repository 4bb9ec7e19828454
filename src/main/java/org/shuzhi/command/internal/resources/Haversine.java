package org.shuzhi.command.internal.resources;

/**
 * Great-circle distance in SQL, in km, from the parameters {@code :lon}/{@code :lat} to a row's
 * {@code lon}/{@code lat}: the haversine formula on the IUGG mean Earth radius 6,371.0088 km, as
 * {@code core.GeoPoint#distanceMetres} computes it in Java.
 */
final class Haversine {

  private Haversine() {}

  /**
   * @param alias table alias with its dot ({@code "w."}), or empty
   */
  static String km(String alias) {
    String lat = alias + "lat";
    String lon = alias + "lon";
    return "2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians("
        + lat
        + " - :lat) / 2), 2) + cos(radians(:lat)) * cos(radians("
        + lat
        + ")) * power(sin(radians("
        + lon
        + " - :lon) / 2), 2))))";
  }
}
