package org.shuzhi.area.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.shuzhi.area.Town;

/** The bundled Xiaoshan data, read without Spring, as the seeder reads it. */
final class XiaoshanFixture {

  final GeoJsonCodec codec = new GeoJsonCodec();
  final DistrictOutline district = new DistrictOutlineFile(codec).read();
  final List<TownSeed> seeds = new TownSeedFile().read();
  final Map<String, Geometry> cells = new VoronoiTownCells().build(district.outline(), seeds);

  Optional<Town> town(String code) {
    return seeds.stream()
        .filter(s -> s.code().equals(code) || s.code12().equals(code))
        .findFirst()
        .map(
            s ->
                new Town(
                    s.code(),
                    s.code12(),
                    s.amapCode(),
                    s.name(),
                    s.kind(),
                    s.lon(),
                    s.lat(),
                    true));
  }

  TownSeed seed(String name) {
    return seeds.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
