package org.shuzhi.area;

import java.util.Set;

/**
 * Changes to communities, grids and town boundaries. Bad input throws {@link AreaInputException};
 * an unknown grid id throws {@link org.shuzhi.platform.NotFoundException}. Every change is audited
 * and the lookups follow it once the transaction commits.
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

  /**
   * Replaces the workers of a grid. Usernames must match {@link #USERNAME_PATTERN}; whether the
   * accounts exist is not checked here (the identity module depends on this one, not the reverse).
   */
  Grid assignGridWorkers(long gridId, Set<String> workers);

  /**
   * Deletes a grid that has no workers.
   *
   * @throws org.shuzhi.platform.ConflictException while workers are assigned to it
   */
  void deleteGrid(long gridId);

  /**
   * Creates or replaces grids from a GeoJSON FeatureCollection exported by a 网格化 system (all or
   * nothing). Each feature is a Polygon/MultiPolygon in WGS-84 with properties {@code code} (unique
   * within its town), {@code name}, {@code town} (NBS 9/12-digit code or the town's name), optional
   * {@code community} (name; created when missing) and optional {@code workers} (array or
   * comma-separated usernames).
   *
   * @param geoJson the file's text
   * @param replace whether a feature whose code a grid of the town already has replaces that grid;
   *     when false such a feature is a problem
   */
  GridImportResult importGrids(String geoJson, boolean replace);

  /** Usernames as the identity module accepts them. */
  String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,64}";

  /**
   * Replaces the boundaries of the towns in an uploaded GeoJSON FeatureCollection (all or nothing;
   * towns not in the file keep theirs). Publishes {@link TownBoundariesReplaced} when accepted.
   *
   * @param geoJson the file's text
   * @param actor username of the administrator
   */
  BoundaryUploadResult replaceTownBoundaries(String geoJson, String actor);
}
