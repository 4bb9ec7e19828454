package org.shuzhi.area.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class TownLookupTest {

  private final XiaoshanFixture xs = new XiaoshanFixture();
  private final PolygonIndex<String> index = new PolygonIndex<>(xs.cells, xs.codec.factory());
  private final PreparedGeometry outline = PreparedGeometryFactory.prepare(xs.district.outline());

  @Test
  void eachLabelPointInsideTheDistrictFindsItsTown() {
    for (TownSeed seed : xs.seeds) {
      if (insideDistrict(seed.lon(), seed.lat())) {
        assertThat(index.find(seed.lon(), seed.lat())).as(seed.name()).contains(seed.code());
      }
    }
  }

  @Test
  void qiantangRiverNorthOfTheDistrictIsInNoTown() {
    // The district border runs along the river; these points lie ~300 m and ~1.3 km north of it
    // (towards 上城区 and 钱塘区).
    assertThat(insideDistrict(120.25, 30.281)).isFalse();
    assertThat(index.find(120.25, 30.281)).isEmpty();
    assertThat(insideDistrict(120.40, 30.30)).isFalse();
    assertThat(index.find(120.40, 30.30)).isEmpty();
  }

  @Test
  void shaoxingIsInNoTown() {
    // 绍兴市柯桥区 town centre and 诸暨市, both south-east/south of the district.
    assertThat(insideDistrict(120.49, 30.08)).isFalse();
    assertThat(index.find(120.49, 30.08)).isEmpty();
    assertThat(index.find(120.24, 29.71)).isEmpty();
  }

  @Test
  void exactlyThePointsInsideTheDistrictFindATownAndItIsTheCellCoveringThem() {
    Envelope box = xs.district.outline().getEnvelopeInternal();
    Random random = new Random(330109);
    int inside = 0;
    for (int i = 0; i < 5000; i++) {
      double lon = box.getMinX() + random.nextDouble() * box.getWidth();
      double lat = box.getMinY() + random.nextDouble() * box.getHeight();
      var found = index.find(lon, lat);
      if (insideDistrict(lon, lat)) {
        inside++;
        assertThat(found).isPresent();
        var point = xs.codec.factory().createPoint(new Coordinate(lon, lat));
        assertThat(xs.cells.get(found.get()).covers(point)).isTrue();
      } else {
        assertThat(found).as("%s,%s", lon, lat).isEmpty();
      }
    }
    assertThat(inside).isGreaterThan(1000);
  }

  private boolean insideDistrict(double lon, double lat) {
    return outline.covers(xs.codec.factory().createPoint(new Coordinate(lon, lat)));
  }
}
