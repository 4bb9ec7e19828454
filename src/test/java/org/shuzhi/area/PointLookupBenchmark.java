package org.shuzhi.area;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.shuzhi.area.internal.DistrictOutline;
import org.shuzhi.area.internal.DistrictOutlineFile;
import org.shuzhi.area.internal.GeoJsonCodec;
import org.shuzhi.area.internal.PolygonIndex;
import org.shuzhi.area.internal.TownSeed;
import org.shuzhi.area.internal.TownSeedFile;
import org.shuzhi.area.internal.VoronoiTownCells;

/**
 * How many point → town lookups per second one thread does, on the seeded data (22 approximate town
 * cells of Xiaoshan) and uniformly random points in the district's bounding box. A figure for the
 * documentation, not a test: run {@code main} with the test classpath, e.g. {@code bench/run.sh
 * org.shuzhi.area.PointLookupBenchmark [points]}.
 */
public final class PointLookupBenchmark {

  private PointLookupBenchmark() {}

  public static void main(String[] args) {
    int points = args.length > 0 ? Integer.parseInt(args[0]) : 4_000_000;
    GeoJsonCodec codec = new GeoJsonCodec();
    DistrictOutline district = new DistrictOutlineFile(codec).read();
    var seeds = new TownSeedFile().read();
    long buildStart = System.nanoTime();
    var cells = new VoronoiTownCells().build(district.outline(), seeds);
    PolygonIndex<String> index = new PolygonIndex<>(cells, codec.factory());
    long buildNanos = System.nanoTime() - buildStart;
    Map<String, TownSeed> towns =
        seeds.stream().collect(Collectors.toMap(TownSeed::code, Function.identity()));

    Envelope box = district.outline().getEnvelopeInternal();
    double[] lon = new double[points];
    double[] lat = new double[points];
    Random random = new Random(330109);
    for (int i = 0; i < points; i++) {
      lon[i] = box.getMinX() + random.nextDouble() * box.getWidth();
      lat[i] = box.getMinY() + random.nextDouble() * box.getHeight();
    }

    run(index, towns, lon, lat, Math.min(points, 1_000_000)); // warm-up: JIT-compile the path
    run(index, towns, lon, lat, Math.min(points, 1_000_000));
    long start = System.nanoTime();
    long hits = run(index, towns, lon, lat, points);
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.printf(
        Locale.ROOT,
        "Index of %d towns built in %.1f ms (Voronoi cells + STR-tree)%n"
            + "%,d townAt lookups in %.2f s: %,.0f lookups/s on one thread (%.1f%% inside a town)%n",
        cells.size(),
        buildNanos / 1e6,
        points,
        seconds,
        points / seconds,
        100.0 * hits / points);
  }

  private static long run(
      PolygonIndex<String> index,
      Map<String, TownSeed> towns,
      double[] lon,
      double[] lat,
      int count) {
    long hits = 0;
    for (int i = 0; i < count; i++) {
      var town = index.find(lon[i], lat[i]).map(towns::get);
      if (town.isPresent()) {
        hits++;
      }
    }
    return hits;
  }
}
