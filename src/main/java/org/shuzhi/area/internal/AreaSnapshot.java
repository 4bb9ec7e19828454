package org.shuzhi.area.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.shuzhi.area.Community;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the directory answers from, built once from the tables and replaced as a whole when
 * they change: readers never see a half-updated state and need no locks.
 */
final class AreaSnapshot {

  private final DistrictOutline district;
  private final PreparedGeometry preparedOutline;
  private final OutlineTolerance tolerance;
  private final String districtGeoJson;
  private final List<Town> towns;
  private final Map<String, Town> townsByCode = new HashMap<>();
  private final Map<String, Town> townsByName = new HashMap<>();
  private final Map<String, Geometry> townBoundaries = new LinkedHashMap<>();
  private final PolygonIndex<String> townIndex;
  private final String townsGeoJson;
  private final Map<Long, Grid> grids = new LinkedHashMap<>();
  private final Map<String, List<Grid>> gridsByWorker = new HashMap<>();
  private final Map<String, List<ObjectNode>> gridFeaturesByTown = new HashMap<>();
  private final Map<String, List<Grid>> gridsByTown = new HashMap<>();
  private final Map<Long, Geometry> gridBoundaries = new LinkedHashMap<>();
  private final Map<String, List<Community>> communitiesByTown = new HashMap<>();
  private final PolygonIndex<Long> gridIndex;
  private final GeoJsonCodec codec;

  AreaSnapshot(
      AreaRepository.DistrictRow districtRow,
      List<TownRow> townRows,
      List<GridRow> gridRows,
      List<Community> communities,
      GeoJsonCodec codec) {
    this.codec = codec;
    this.district =
        new DistrictOutline(
            districtRow.code(),
            districtRow.name(),
            codec.readPolygonalText(districtRow.outlineGeoJson()));
    this.preparedOutline = PreparedGeometryFactory.prepare(district.outline());
    this.tolerance = new OutlineTolerance(district.outline());
    this.districtGeoJson =
        codec.featureCollection(
            List.of(
                codec.feature(
                    districtRow.outlineGeoJson(),
                    Map.of("code", district.code(), "name", district.name()))));

    List<ObjectNode> townFeatures = new ArrayList<>();
    List<Town> townList = new ArrayList<>();
    for (TownRow row : townRows) {
      Town town = row.town();
      townList.add(town);
      townsByCode.put(town.code(), town);
      townsByCode.put(town.code12(), town);
      townsByName.put(town.name(), town);
      townBoundaries.put(town.code(), codec.readPolygonalText(row.boundaryGeoJson()));
      townFeatures.add(
          codec.feature(
              row.boundaryGeoJson(),
              Map.of(
                  "code", town.code(),
                  "name", town.name(),
                  "kind", town.kind().name(),
                  "approximate", town.approximateBoundary())));
    }
    this.towns = List.copyOf(townList);
    this.townIndex = new PolygonIndex<>(townBoundaries, codec.factory());
    this.townsGeoJson = codec.featureCollection(townFeatures);

    for (GridRow row : gridRows) {
      Grid grid = row.grid();
      grids.put(grid.id(), grid);
      gridsByTown.computeIfAbsent(grid.townCode(), t -> new ArrayList<>()).add(grid);
      gridBoundaries.put(grid.id(), codec.readPolygonalText(row.boundaryGeoJson()));
      for (String worker : grid.workers()) {
        gridsByWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(grid);
      }
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("id", grid.id());
      properties.put("code", grid.code());
      properties.put("name", grid.name());
      properties.put("townCode", grid.townCode());
      properties.put("communityId", grid.communityId());
      gridFeaturesByTown
          .computeIfAbsent(grid.townCode(), t -> new ArrayList<>())
          .add(codec.feature(row.boundaryGeoJson(), properties));
    }
    this.gridIndex = new PolygonIndex<>(gridBoundaries, codec.factory());
    gridsByTown.values().forEach(list -> list.sort(Comparator.comparing(Grid::code)));
    for (Community community : communities) {
      communitiesByTown
          .computeIfAbsent(community.townCode(), t -> new ArrayList<>())
          .add(community);
    }
  }

  DistrictOutline district() {
    return district;
  }

  OutlineTolerance tolerance() {
    return tolerance;
  }

  List<Town> towns() {
    return towns;
  }

  /** By 9- or 12-digit NBS code. */
  Optional<Town> town(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(townsByCode.get(code.trim()));
  }

  /** By 9- or 12-digit NBS code or by name, as grid files name towns. */
  Optional<Town> townByCodeOrName(String codeOrName) {
    return town(codeOrName)
        .or(
            () ->
                codeOrName == null
                    ? Optional.empty()
                    : Optional.ofNullable(townsByName.get(codeOrName.trim())));
  }

  Optional<Town> townAt(double lon, double lat) {
    return townIndex.find(lon, lat).map(townsByCode::get);
  }

  boolean insideDistrict(double lon, double lat) {
    return preparedOutline.covers(codec.factory().createPoint(new Coordinate(lon, lat)));
  }

  Optional<Geometry> townBoundary(String code) {
    return town(code).map(t -> townBoundaries.get(t.code()).copy());
  }

  Optional<Grid> gridAt(double lon, double lat) {
    return gridIndex.find(lon, lat).map(grids::get);
  }

  Optional<Grid> grid(long id) {
    return Optional.ofNullable(grids.get(id));
  }

  /** Ordered by code. */
  List<Grid> gridsOfTown(String townCode) {
    return town(townCode)
        .map(t -> List.copyOf(gridsByTown.getOrDefault(t.code(), List.of())))
        .orElse(List.of());
  }

  boolean hasGrid(String townCode, String code) {
    return gridsOfTown(townCode).stream().anyMatch(g -> g.code().equals(code));
  }

  /** The grid's boundary (a copy the caller may change). */
  Optional<Geometry> gridBoundary(long id) {
    return Optional.ofNullable(gridBoundaries.get(id)).map(Geometry::copy);
  }

  /** Ordered by name. */
  List<Community> communities(String townCode) {
    return town(townCode)
        .map(t -> List.copyOf(communitiesByTown.getOrDefault(t.code(), List.of())))
        .orElse(List.of());
  }

  List<Grid> gridsOfWorker(String username) {
    return List.copyOf(gridsByWorker.getOrDefault(username, List.of()));
  }

  String districtGeoJson() {
    return districtGeoJson;
  }

  String townsGeoJson() {
    return townsGeoJson;
  }

  String gridsGeoJson(String townCode) {
    String code = town(townCode).map(Town::code).orElse(townCode);
    return codec.featureCollection(gridFeaturesByTown.getOrDefault(code, List.of()));
  }
}
