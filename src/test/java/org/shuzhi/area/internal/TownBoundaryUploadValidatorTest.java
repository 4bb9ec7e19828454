package org.shuzhi.area.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.shuzhi.area.BoundaryUploadProblem;
import tools.jackson.databind.node.ObjectNode;

class TownBoundaryUploadValidatorTest {

  private final XiaoshanFixture xs = new XiaoshanFixture();
  private final TownBoundaryUploadValidator validator =
      new TownBoundaryUploadValidator(
          xs.codec,
          xs::town,
          new BoundaryCheck(xs.codec, new OutlineTolerance(xs.district.outline())));

  private final TownSeed chengxiang = xs.seed("城厢街道");
  private final TownSeed louta = xs.seed("楼塔镇");

  @Test
  void acceptsAGoodFileForSomeTownsKeyedByTheirNineDigitCode() {
    var outcome =
        validator.validate(
            collection(
                feature(chengxiang.code(), chengxiang.name(), shrunk(chengxiang)),
                feature(louta.code(), louta.name(), shrunk(louta))));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.boundaries()).containsOnlyKeys(chengxiang.code(), louta.code());
    assertThat(outcome.boundaries().get(louta.code()).equalsExact(shrunk(louta), 1e-7)).isTrue();
  }

  @Test
  void acceptsTwelveDigitCodesAndNumericCodesAndBoundariesJustAcrossTheOutline() {
    Geometry slightlyBigger = xs.cells.get(louta.code()).buffer(0.001); // ~100 m over the border
    var outcome =
        validator.validate(
            collection(
                feature(Long.parseLong(chengxiang.code12()), chengxiang.name(), shrunk(chengxiang)),
                feature(louta.code12(), louta.name(), slightlyBigger)));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.boundaries()).containsOnlyKeys(chengxiang.code(), louta.code());
  }

  @Test
  void rejectsProjectedCoordinatesSayingTheyAreNotDegrees() {
    // The same cell in metres, as a CGCS2000 3-degree Gauss-Krüger file would roughly have it.
    Geometry metres =
        AffineTransformation.scaleInstance(111_000, 111_000)
            .translate(-13_000_000, 0)
            .transform(shrunk(chengxiang));
    var outcome =
        validator.validate(collection(feature(chengxiang.code(), chengxiang.name(), metres)));

    assertThat(outcome.boundaries()).isEmpty();
    assertThat(keys(outcome)).containsExactly("area.geojson.notDegrees");
    assertThat(outcome.problems().get(0).featureNumber()).isEqualTo(1);
  }

  @Test
  void rejectsSwappedLatitudeAndLongitudeSayingSo() {
    Geometry swapped = shrunk(chengxiang).copy();
    swapped.apply(
        (org.locationtech.jts.geom.CoordinateFilter)
            c -> {
              double x = c.x;
              c.x = c.y;
              c.y = x;
            });
    var outcome =
        validator.validate(collection(feature(chengxiang.code(), chengxiang.name(), swapped)));

    assertThat(keys(outcome)).containsExactly("area.geojson.swapped");
  }

  @Test
  void rejectsAPolygonOutsideTheDistrictNamingAPointOutside() {
    Geometry shaoxing =
        AffineTransformation.translationInstance(0.3, -0.1).transform(shrunk(louta));
    var outcome = validator.validate(collection(feature(louta.code(), louta.name(), shaoxing)));

    assertThat(keys(outcome)).containsExactly("area.upload.outsideDistrict");
    var args = outcome.problems().get(0).args();
    var outside =
        xs.codec
            .factory()
            .createPoint(
                new org.locationtech.jts.geom.Coordinate(
                    Double.parseDouble(args.get(0)), Double.parseDouble(args.get(1))));
    assertThat(xs.district.outline().distance(outside))
        .isGreaterThan(OutlineTolerance.BUFFER_DEGREES);
  }

  @Test
  void rejectsUnknownCodeAndNameMismatchAndReportsEveryFeature() {
    var outcome =
        validator.validate(
            collection(
                feature(chengxiang.code(), chengxiang.name(), shrunk(chengxiang)),
                feature("330109999", "不存在镇", shrunk(louta)),
                feature(louta.code(), "城厢街道", shrunk(louta)),
                feature("330109401", "萧山经济技术开发区", shrunk(louta))));

    assertThat(outcome.boundaries()).isEmpty();
    assertThat(outcome.problems())
        .extracting(BoundaryUploadProblem::featureNumber, BoundaryUploadProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "area.upload.unknownCode"),
            org.assertj.core.groups.Tuple.tuple(3, "area.upload.nameMismatch"),
            org.assertj.core.groups.Tuple.tuple(4, "area.upload.unknownCode"));
    assertThat(outcome.problems().get(1).args()).containsExactly("城厢街道", louta.code(), "楼塔镇");
    assertThat(outcome.problems().get(1).featureLabel()).isEqualTo(louta.code() + " 城厢街道");
  }

  @Test
  void rejectsAnythingButAFeatureCollection() {
    String singleFeature = feature(louta.code(), louta.name(), shrunk(louta)).toString();
    assertThat(keys(validator.validate(singleFeature)))
        .containsExactly("area.upload.notFeatureCollection");
    assertThat(validator.validate(singleFeature).problems().get(0).args())
        .containsExactly("Feature");
    assertThat(keys(validator.validate("{\"type\":\"FeatureCollection\",\"features\":[]}")))
        .containsExactly("area.upload.noFeatures");
    assertThat(keys(validator.validate("{\"type\": \"FeatureCollection\", ")))
        .containsExactly("area.geojson.notJson");
    assertThat(keys(validator.validate(" "))).containsExactly("area.upload.empty");
  }

  @Test
  void rejectsInvalidAndNonPolygonalGeometryDuplicatesAndMissingProperties() {
    double x = chengxiang.lon();
    double y = chengxiang.lat();
    String bowtie =
        "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
            .formatted(x, y, x + 0.01, y + 0.01, x + 0.01, y, x, y + 0.01, x, y);
    String point = "{\"type\":\"Point\",\"coordinates\":[%s,%s]}".formatted(x, y);
    String text =
        collection(
            rawFeature(
                "{\"code\":\"%s\",\"name\":\"%s\"}".formatted(chengxiang.code(), chengxiang.name()),
                bowtie),
            rawFeature(
                "{\"code\":\"%s\",\"name\":\"%s\"}".formatted(louta.code(), louta.name()), point),
            feature(louta.code(), louta.name(), shrunk(louta)),
            rawFeature("{}", xs.codec.writeText(shrunk(louta))));

    assertThat(validator.validate(text).problems())
        .extracting(BoundaryUploadProblem::featureNumber, BoundaryUploadProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "area.upload.invalidGeometry.5"),
            org.assertj.core.groups.Tuple.tuple(2, "area.geojson.notPolygon"),
            org.assertj.core.groups.Tuple.tuple(3, "area.upload.duplicateCode"),
            org.assertj.core.groups.Tuple.tuple(4, "area.upload.noName"),
            org.assertj.core.groups.Tuple.tuple(4, "area.upload.noCode"));
  }

  @Test
  void rejectsOversizedFiles() {
    String huge = " ".repeat(TownBoundaryUploadValidator.MAX_CHARS) + "{}";
    assertThat(keys(validator.validate(huge))).containsExactly("area.upload.tooLarge");
  }

  /** A cell shrunk by ~100 m, so it is clearly inside the district. */
  private Geometry shrunk(TownSeed seed) {
    return xs.cells.get(seed.code()).buffer(-0.001);
  }

  private ObjectNode feature(Object code, String name, Geometry geometry) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("code", code);
    properties.put("name", name);
    return xs.codec.feature(xs.codec.writeText(geometry), properties);
  }

  private String rawFeature(String properties, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":%s,\"geometry\":%s}"
        .formatted(properties, geometry);
  }

  private String collection(ObjectNode... features) {
    return xs.codec.featureCollection(List.of(features));
  }

  private String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  private String collection(String a, String b, ObjectNode c, String d) {
    return collection(a, b, c.toString(), d);
  }

  private static List<String> keys(TownBoundaryUploadValidator.Outcome outcome) {
    List<String> keys = new ArrayList<>();
    outcome.problems().forEach(p -> keys.add(p.messageKey()));
    return keys;
  }
}
