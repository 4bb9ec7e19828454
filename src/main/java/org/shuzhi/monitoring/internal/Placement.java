package org.shuzhi.monitoring.internal;

import java.util.List;
import java.util.Optional;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.core.CoordinateConverter;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/**
 * Turns an entered location into WGS-84 with its town and grid (area module), reporting a missing
 * half, a point outside the district or one in no town.
 */
@Component
class Placement {

  /** A located point. */
  record Place(double lon, double lat, String townCode, Long gridId) {}

  private final AreaDirectory areas;
  private final CoordinateConverter converter = new CoordinateConverter();

  Placement(AreaDirectory areas) {
    this.areas = areas;
  }

  /** Empty when no location was given (and nothing is reported). */
  Optional<Place> place(Double lon, Double lat, CoordinateSystem crs, List<Violation> v) {
    if (lon == null && lat == null) {
      return Optional.empty();
    }
    if (lon == null || lat == null) {
      v.add(new Violation("lat", "monitoring.location.incomplete"));
      return Optional.empty();
    }
    GeoPoint wgs;
    try {
      wgs = converter.toWgs84(new GeoPoint(lon, lat), crs == null ? CoordinateSystem.WGS84 : crs);
    } catch (RuntimeException e) {
      v.add(new Violation("lon", "monitoring.location.invalid"));
      return Optional.empty();
    }
    return at(wgs.lon(), wgs.lat(), lon, lat, v);
  }

  /** Town and grid of a WGS-84 point. */
  Optional<Place> at(double lon, double lat, double shownLon, double shownLat, List<Violation> v) {
    double rlon = Math.round(lon * 1e6) / 1e6;
    double rlat = Math.round(lat * 1e6) / 1e6;
    if (!areas.insideDistrict(rlon, rlat)) {
      v.add(new Violation("lon", "monitoring.location.outside", shownLon, shownLat));
      return Optional.empty();
    }
    Optional<Town> town = areas.townAt(rlon, rlat);
    if (town.isEmpty()) {
      v.add(new Violation("lon", "monitoring.location.noTown", shownLon, shownLat));
      return Optional.empty();
    }
    return Optional.of(
        new Place(
            rlon, rlat, town.get().code(), areas.gridAt(rlon, rlat).map(Grid::id).orElse(null)));
  }
}
