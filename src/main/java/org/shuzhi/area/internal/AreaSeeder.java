package org.shuzhi.area.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled district outline and towns on start, with approximate (Voronoi) boundaries.
 * Idempotent: rows already present, including imported boundaries, are left alone. Runs before the
 * other runners (demo data places points inside towns).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class AreaSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AreaSeeder.class);

  private final AreaRepository repository;
  private final AreaSnapshots snapshots;
  private final GeoJsonCodec codec;
  private final TransactionTemplate transaction;

  AreaSeeder(
      AreaRepository repository,
      AreaSnapshots snapshots,
      GeoJsonCodec codec,
      TransactionTemplate transaction) {
    this.repository = repository;
    this.snapshots = snapshots;
    this.codec = codec;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    transaction.executeWithoutResult(status -> seed());
    snapshots.reload();
  }

  void seed() {
    repository.lockForSeeding();
    DistrictOutline bundled = new DistrictOutlineFile(codec).read();
    repository.insertDistrictIfAbsent(
        bundled.code(), bundled.name(), codec.writeText(bundled.outline()));
    var district = repository.district().orElseThrow();

    List<TownSeed> towns = new TownSeedFile().read();
    Set<String> present = repository.townCodes();
    if (towns.stream().allMatch(t -> present.contains(t.code()))) {
      return;
    }
    // Cells depend on all label points, so build them for every town, then add the missing ones.
    Geometry outline = codec.readPolygonalText(district.outlineGeoJson());
    Map<String, Geometry> cells = new VoronoiTownCells().build(outline, towns);
    int added = 0;
    for (TownSeed town : towns) {
      if (!present.contains(town.code())) {
        repository.insertTownIfAbsent(
            district.code(), town, codec.writeText(cells.get(town.code())));
        added++;
      }
    }
    log.info("Seeded {} towns of district {} with approximate boundaries", added, district.code());
  }
}
