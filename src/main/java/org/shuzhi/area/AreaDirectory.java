package org.shuzhi.area;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * Read access to the district, its towns and grids. Coordinates are WGS-84 degrees (EPSG:4326).
 * Point lookups run on in-memory indexes and are cheap enough for every incoming record.
 */
public interface AreaDirectory {

  /** The towns, ordered by code. */
  List<Town> towns();

  /** The town with this NBS code, 9 or 12 digits. */
  Optional<Town> town(String code);

  /** The town whose boundary covers the point, if any. */
  Optional<Town> townAt(double lon, double lat);

  /** Whether the point lies within the district outline. */
  boolean insideDistrict(double lon, double lat);

  /** The grid whose boundary covers the point, if any. */
  Optional<Grid> gridAt(double lon, double lat);

  Optional<Grid> grid(long id);

  /** The grids of a town (9- or 12-digit code), ordered by code; empty for an unknown town. */
  List<Grid> gridsOfTown(String townCode);

  /** The communities of a town (9- or 12-digit code), ordered by name. */
  List<Community> communities(String townCode);

  /** The grids a grid worker (网格员) is assigned to. */
  List<Grid> gridsOfWorker(String username);

  /** The district outline as a GeoJSON FeatureCollection. */
  String districtOutlineGeoJson();

  /**
   * The towns as a GeoJSON FeatureCollection; each feature has properties {@code code}, {@code
   * name}, {@code kind} and {@code approximate}.
   */
  String townsGeoJson();

  /** The grids of a town as a GeoJSON FeatureCollection (empty when the town has none). */
  String gridsGeoJson(String townCode);

  /**
   * The boundary of a town (Polygon or MultiPolygon, WGS-84; a copy the caller may change).
   *
   * @throws java.util.NoSuchElementException for an unknown code
   */
  Geometry townBoundary(String code);
}
