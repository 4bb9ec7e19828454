package org.shuzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CoordinateConverterTest {

  private final CoordinateConverter converter = new CoordinateConverter();

  /**
   * Test vectors printed in the README of wandergis/coordtransform (MIT), the reference
   * implementation the design notes cite; all use the input (116.404, 39.915).
   */
  @Test
  void matchesThePublishedReferenceVectors() {
    GeoPoint input = new GeoPoint(116.404, 39.915);

    assertClose(
        converter.fromWgs84(input, CoordinateSystem.GCJ02), 116.41024449916938, 39.91640428150164);
    assertClose(
        converter.convert(input, CoordinateSystem.GCJ02, CoordinateSystem.BD09),
        116.41036949371029,
        39.92133699351021);
    assertClose(
        converter.convert(input, CoordinateSystem.BD09, CoordinateSystem.GCJ02),
        116.39762729119315,
        39.90865673957631);
  }

  @ParameterizedTest
  @EnumSource(CoordinateSystem.class)
  void roundTripsAcrossXiaoshanStayWithinOneMetre(CoordinateSystem system) {
    for (GeoPoint wgs : xiaoshanGrid()) {
      GeoPoint back = converter.toWgs84(converter.fromWgs84(wgs, system), system);

      assertThat(back.distanceMetres(wgs)).as("%s at %s", system, wgs).isLessThan(1.0);
    }
  }

  @Test
  void gcjInversionIsCentimetreExact() {
    for (GeoPoint wgs : xiaoshanGrid()) {
      GeoPoint back =
          converter.toWgs84(
              converter.fromWgs84(wgs, CoordinateSystem.GCJ02), CoordinateSystem.GCJ02);

      assertThat(back.distanceMetres(wgs)).isLessThan(0.02);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "116.3912, 39.9067", // Beijing
    "87.6168, 43.8256", // Urumqi
    "126.5350, 45.8038", // Harbin
    "109.5119, 18.2528", // Sanya
    "91.1409, 29.6456", // Lhasa
    "121.4737, 31.2304" // Shanghai
  })
  void roundTripsElsewhereInChinaStayWithinOneMetre(double lon, double lat) {
    GeoPoint wgs = new GeoPoint(lon, lat);
    for (CoordinateSystem system : CoordinateSystem.values()) {
      GeoPoint back = converter.toWgs84(converter.fromWgs84(wgs, system), system);

      assertThat(back.distanceMetres(wgs)).as("%s", system).isLessThan(1.0);
    }
  }

  @Test
  void gcjShiftInXiaoshanIsSeveralHundredMetresEastAndSouth() {
    for (GeoPoint wgs : xiaoshanGrid()) {
      GeoPoint gcj = converter.fromWgs84(wgs, CoordinateSystem.GCJ02);

      assertThat(gcj.distanceMetres(wgs)).isBetween(300.0, 600.0);
      assertThat(gcj.lon()).isGreaterThan(wgs.lon());
      assertThat(gcj.lat()).isLessThan(wgs.lat());
    }
  }

  /**
   * The Amap "center" of 萧山区 in the shared data: GCJ-02 (120.27069, 30.162932), noted as ≈
   * (120.2662, 30.1654) in WGS-84 (rounded to 1e-4°, so ±6 m).
   */
  @Test
  void agreesWithTheDistrictCentreInTheSharedNotes() {
    GeoPoint wgs = converter.toWgs84(new GeoPoint(120.27069, 30.162932), CoordinateSystem.GCJ02);

    assertThat(wgs.distanceMetres(new GeoPoint(120.2662, 30.1654))).isLessThan(10.0);
  }

  @ParameterizedTest
  @CsvSource({
    "-0.1276, 51.5072", // London
    "-74.0060, 40.7128", // New York
    "139.6917, 35.6895", // Tokyo: east of the box
    "151.2093, -33.8688", // Sydney
    "100.5018, 0.5", // south of the box
    "37.6173, 55.7558" // Moscow: west of the box
  })
  void pointsOutsideTheChinaBoxAreNotShifted(double lon, double lat) {
    GeoPoint p = new GeoPoint(lon, lat);

    assertThat(converter.isInsideChinaBox(p)).isFalse();
    assertThat(converter.fromWgs84(p, CoordinateSystem.GCJ02)).isEqualTo(p);
    assertThat(converter.toWgs84(p, CoordinateSystem.GCJ02)).isEqualTo(p);
  }

  @Test
  void wgs84IsTheIdentity() {
    GeoPoint p = new GeoPoint(120.3, 30.1);

    assertThat(converter.toWgs84(p, CoordinateSystem.WGS84)).isSameAs(p);
    assertThat(converter.fromWgs84(p, CoordinateSystem.WGS84)).isSameAs(p);
  }

  @ParameterizedTest
  @MethodSource("systemPairs")
  void convertAgreesWithGoingThroughWgs84(CoordinateSystem from, CoordinateSystem to) {
    GeoPoint p = new GeoPoint(120.35, 30.05);

    GeoPoint direct = converter.convert(p, from, to);
    GeoPoint viaWgs = converter.fromWgs84(converter.toWgs84(p, from), to);

    assertThat(direct.distanceMetres(viaWgs)).isLessThan(1.0);
  }

  static List<CoordinateSystem[]> systemPairs() {
    List<CoordinateSystem[]> pairs = new ArrayList<>();
    for (CoordinateSystem from : CoordinateSystem.values()) {
      for (CoordinateSystem to : CoordinateSystem.values()) {
        pairs.add(new CoordinateSystem[] {from, to});
      }
    }
    return pairs;
  }

  /** A 7 × 7 grid over the Xiaoshan bounding box (lon 120.08–120.66, lat 29.85–30.30). */
  private static List<GeoPoint> xiaoshanGrid() {
    List<GeoPoint> grid = new ArrayList<>();
    for (int i = 0; i <= 6; i++) {
      for (int j = 0; j <= 6; j++) {
        grid.add(new GeoPoint(120.08 + i * (0.58 / 6), 29.85 + j * (0.45 / 6)));
      }
    }
    return grid;
  }

  private static void assertClose(GeoPoint actual, double lon, double lat) {
    assertThat(actual.lon()).isCloseTo(lon, within(1e-9));
    assertThat(actual.lat()).isCloseTo(lat, within(1e-9));
  }
}
