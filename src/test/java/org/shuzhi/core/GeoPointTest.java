package org.shuzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoPointTest {

  @Test
  void acceptsTheClosedRanges() {
    assertThat(new GeoPoint(-180, -90)).isNotNull();
    assertThat(new GeoPoint(180, 90)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(doubles = {-180.0001, 180.0001, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsBadLongitudes(double lon) {
    InvalidGeoPointException e =
        catchThrowableOfType(InvalidGeoPointException.class, () -> new GeoPoint(lon, 30));

    assertThat(e.problem()).isEqualTo(InvalidGeoPointException.Problem.LONGITUDE);
    assertThat(e.messageKey()).isEqualTo("core.geo.longitude");
    assertThat(e.argumentList()).containsExactly(String.valueOf(lon));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-90.5, 90.5, Double.NaN, Double.NEGATIVE_INFINITY})
  void rejectsBadLatitudes(double lat) {
    InvalidGeoPointException e =
        catchThrowableOfType(InvalidGeoPointException.class, () -> new GeoPoint(120, lat));

    assertThat(e.problem()).isEqualTo(InvalidGeoPointException.Problem.LATITUDE);
  }

  @Test
  void oneDegreeAlongAMeridianIsAboutOneHundredAndElevenKilometres() {
    double metres = new GeoPoint(120.2, 30).distanceMetres(new GeoPoint(120.2, 31));

    assertThat(metres).isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_METRES / 180, within(0.01));
    assertThat(metres).isBetween(111_000.0, 111_400.0);
  }

  @Test
  void oneDegreeOfLongitudeShrinksWithTheCosineOfLatitude() {
    double atEquator = new GeoPoint(0, 0).distanceMetres(new GeoPoint(1, 0));
    double atSixty = new GeoPoint(0, 60).distanceMetres(new GeoPoint(1, 60));

    assertThat(atSixty / atEquator).isCloseTo(0.5, within(0.001));
  }

  @Test
  void distanceIsSymmetricAndZeroToItself() {
    GeoPoint xiaoshan = new GeoPoint(120.2662, 30.1654);
    GeoPoint westLake = new GeoPoint(120.1445, 30.2466);

    assertThat(xiaoshan.distanceMetres(xiaoshan)).isZero();
    assertThat(xiaoshan.distanceMetres(westLake)).isEqualTo(westLake.distanceMetres(xiaoshan));
    // Straight line from the Xiaoshan government seat to West Lake is roughly 14-15 km.
    assertThat(xiaoshan.distanceMetres(westLake)).isBetween(13_000.0, 16_000.0);
  }

  @Test
  void antipodesAreHalfACircumferenceApart() {
    double metres = new GeoPoint(0, 0).distanceMetres(new GeoPoint(180, 0));

    assertThat(metres).isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_METRES, within(0.01));
  }
}
