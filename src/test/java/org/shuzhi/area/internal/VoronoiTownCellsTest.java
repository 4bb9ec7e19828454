package org.shuzhi.area.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.shuzhi.area.TownKind;

class VoronoiTownCellsTest {

  private final XiaoshanFixture xs = new XiaoshanFixture();

  @Test
  void bundledListHasTheTwentyTwoRealTownsAndNoStatisticalUnits() {
    assertThat(xs.seeds).hasSize(22);
    assertThat(xs.seeds).extracting(TownSeed::code).doesNotHaveDuplicates();
    assertThat(xs.seeds)
        .allSatisfy(s -> assertThat(s.code12()).isEqualTo(s.code() + "000"))
        .noneSatisfy(s -> assertThat(s.code()).matches("3301094\\d\\d|3301095\\d\\d"));
    assertThat(xs.seeds.stream().filter(s -> s.kind() == TownKind.SUBDISTRICT)).hasSize(10);
    assertThat(xs.seeds.stream().filter(s -> s.kind() == TownKind.TOWN)).hasSize(12);
  }

  @Test
  void everyTownGetsANonEmptyValidPolygonalCell() {
    assertThat(xs.cells.keySet())
        .containsExactlyElementsOf(xs.seeds.stream().map(TownSeed::code).toList());
    assertThat(xs.cells.values())
        .allSatisfy(
            cell -> {
              assertThat(cell.isEmpty()).isFalse();
              assertThat(cell).isInstanceOf(Polygonal.class);
              assertThat(cell.isValid()).isTrue();
              assertThat(cell.getArea()).isGreaterThan(0);
            });
  }

  @Test
  void eachCellContainsItsOwnLabelPointWhenThatPointIsInsideTheDistrict() {
    int inside = 0;
    for (TownSeed seed : xs.seeds) {
      Point label = point(seed.lon(), seed.lat());
      if (xs.district.outline().covers(label)) {
        inside++;
        assertThat(xs.cells.get(seed.code()).covers(label)).as(seed.name()).isTrue();
      }
    }
    assertThat(inside).isEqualTo(21); // all but 衙前镇, whose label sits on the Shaoxing border
  }

  @Test
  void yaqianLabelPointLiesOutsideTheOutlineButItsCellIsStillThereAndNearby() {
    TownSeed yaqian = xs.seed("衙前镇");
    Point label = point(yaqian.lon(), yaqian.lat());
    Geometry cell = xs.cells.get(yaqian.code());
    assertThat(xs.district.outline().covers(label)).isFalse();
    assertThat(cell.distance(label)).isLessThan(0.01); // within ~1 km
    assertThat(cell.getArea()).isGreaterThan(1e-4); // more than ~1 km²
  }

  @Test
  void cellsDoNotOverlap() {
    double tolerance = xs.district.outline().getArea() * 1e-9;
    List<String> codes = new ArrayList<>(xs.cells.keySet());
    for (int i = 0; i < codes.size(); i++) {
      for (int j = i + 1; j < codes.size(); j++) {
        double overlap =
            xs.cells.get(codes.get(i)).intersection(xs.cells.get(codes.get(j))).getArea();
        assertThat(overlap).as(codes.get(i) + "/" + codes.get(j)).isLessThan(tolerance);
      }
    }
  }

  @Test
  void cellsTogetherCoverTheDistrict() {
    Geometry union = xs.district.outline().getFactory().buildGeometry(xs.cells.values()).union();
    double outlineArea = xs.district.outline().getArea();
    assertThat(union.getArea())
        .isCloseTo(outlineArea, org.assertj.core.data.Percentage.withPercentage(0.5));
    double sum = xs.cells.values().stream().mapToDouble(Geometry::getArea).sum();
    assertThat(sum).isCloseTo(outlineArea, org.assertj.core.data.Percentage.withPercentage(0.5));
  }

  @Test
  void aPointGoesToTheNearestLabelPointMeasuredOnTheGround() {
    // Halfway in degrees between two points on one parallel is halfway on the ground too, so a
    // point slightly west of the middle belongs to the western town.
    Geometry square = xs.district.outline().getEnvelope();
    TownSeed west = new TownSeed("1", "1000", null, "W", TownKind.TOWN, 120.30, 30.10);
    TownSeed east = new TownSeed("2", "2000", null, "E", TownKind.TOWN, 120.40, 30.10);
    Map<String, Geometry> cells = new VoronoiTownCells().build(square, List.of(west, east));
    assertThat(cells.get("1").covers(point(120.349, 30.2))).isTrue();
    assertThat(cells.get("2").covers(point(120.351, 30.0))).isTrue();
  }

  @Test
  void twoTownsOnTheSamePointAreRejected() {
    TownSeed a = new TownSeed("1", "1000", null, "A", TownKind.TOWN, 120.30, 30.10);
    TownSeed b = new TownSeed("2", "2000", null, "B", TownKind.TOWN, 120.30, 30.10);
    assertThatThrownBy(() -> new VoronoiTownCells().build(xs.district.outline(), List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Point point(double lon, double lat) {
    return xs.codec.factory().createPoint(new Coordinate(lon, lat));
  }
}
