package org.shuzhi.inspection.internal;

/**
 * Where an inspected enterprise lies, as kept on its inspections.
 *
 * @param lon WGS-84 longitude, null when the enterprise has no coordinates
 * @param lat WGS-84 latitude, null with {@code lon}
 * @param gridId the grid covering the point, null when none does
 */
record Place(Double lon, Double lat, Long gridId) {

  static final Place UNKNOWN = new Place(null, null, null);
}
