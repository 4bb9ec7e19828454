package org.shuzhi.area;

import java.util.Set;

/**
 * Changes to communities, grids and town boundaries. Bad input throws {@link AreaInputException}.
 */
public interface AreaAdministration {

  /**
   * Adds a community (村社) to a town.
   *
   * @param code optional community code (e.g. the NBS 12-digit village code)
   * @param boundaryGeoJsonOrNull optional boundary, a GeoJSON Polygon/MultiPolygon geometry or
   *     Feature in WGS-84
   * @return the new community's id
   */
  long createCommunity(String townCode, String name, String code, String boundaryGeoJsonOrNull);

  /**
   * Adds a grid (网格).
   *
   * @param communityId its community, or null
   * @param boundaryGeoJson a GeoJSON Polygon/MultiPolygon geometry or Feature in WGS-84
   * @param workers usernames of its grid workers
   */
  Grid createGrid(
      String townCode,
      Long communityId,
      String code,
      String name,
      String boundaryGeoJson,
      Set<String> workers);

  /** Replaces the workers of a grid. */
  Grid assignGridWorkers(long gridId, Set<String> workers);

  /**
   * Replaces the boundaries of the towns in an uploaded GeoJSON FeatureCollection (all or nothing;
   * towns not in the file keep theirs). Publishes {@link TownBoundariesReplaced} when accepted.
   *
   * @param geoJson the file's text
   * @param actor username of the administrator
   */
  BoundaryUploadResult replaceTownBoundaries(String geoJson, String actor);
}
