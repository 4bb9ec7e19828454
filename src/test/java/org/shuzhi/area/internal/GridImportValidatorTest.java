package org.shuzhi.area.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.shuzhi.area.BoundaryUploadProblem;
import org.shuzhi.area.Town;
import tools.jackson.databind.node.ObjectNode;

class GridImportValidatorTest {

  private final XiaoshanFixture xs = new XiaoshanFixture();
  private final TownSeed chengxiang = xs.seed("城厢街道");
  private final TownSeed louta = xs.seed("楼塔镇");

  /** Town boundaries counted as imported (not approximate), except where a test says otherwise. */
  private Set<String> approximate = Set.of();

  private Set<String> existing = Set.of();

  private GridImportValidator validator() {
    return new GridImportValidator(
        xs.codec,
        new BoundaryCheck(xs.codec, new OutlineTolerance(xs.district.outline())),
        this::town,
        xs.cells::get,
        (town, code) -> existing.contains(town + "/" + code));
  }

  private Optional<Town> town(String codeOrName) {
    return xs.town(codeOrName)
        .or(
            () ->
                xs.seeds.stream()
                    .filter(s -> s.name().equals(codeOrName))
                    .findFirst()
                    .flatMap(s -> xs.town(s.code())))
        .map(
            t ->
                new Town(
                    t.code(),
                    t.code12(),
                    t.amapCode(),
                    t.name(),
                    t.kind(),
                    t.labelLon(),
                    t.labelLat(),
                    approximate.contains(t.code())));
  }

  @Test
  void acceptsGridsNamingTheirTownByCodeOrNameWithWorkersAsArrayOrText() {
    var outcome =
        validator()
            .validate(
                collection(
                    grid(
                        "CX-01",
                        "城厢一网格",
                        chengxiang.code12(),
                        square(chengxiang, 0),
                        "community",
                        "城北社区",
                        "workers",
                        List.of("wang.wu", "li_4")),
                    grid("LT-01", "楼塔一网格", "楼塔镇", square(louta, 0), "workers", " zhao-6，qian.7 , "),
                    grid("CX-02", "城厢二网格", chengxiang.code(), square(chengxiang, 1))),
                false);

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.grids())
        .extracting(
            g -> g.town().code(), GridImportValidator.ImportedGrid::code, g -> g.community())
        .containsExactly(
            tuple(chengxiang.code(), "CX-01", "城北社区"),
            tuple(louta.code(), "LT-01", null),
            tuple(chengxiang.code(), "CX-02", null));
    assertThat(outcome.grids().get(0).workers()).containsExactly("wang.wu", "li_4");
    assertThat(outcome.grids().get(1).workers()).containsExactly("zhao-6", "qian.7");
    // No workers property: a replaced grid keeps its workers, so "unknown" is not "none".
    assertThat(outcome.grids().get(2).workers()).isNull();
    assertThat(outcome.grids().get(1).boundary().equalsExact(square(louta, 0), 1e-7)).isTrue();
  }

  @Test
  void acceptsAGridJustAcrossItsTownBorderWithinTheTolerance() {
    Geometry cell = xs.cells.get(louta.code());
    Geometry overBorder = cell.buffer(0.001).intersection(xs.district.outline()); // ~100 m over
    var outcome =
        validator().validate(collection(grid("LT-ALL", "全镇", louta.code(), overBorder)), false);

    assertThat(outcome.problems()).isEmpty();
  }

  @Test
  void rejectsAGridOutsideItsTownNamingTheTownAndAPointOutside() {
    approximate = Set.of(louta.code());
    var outcome =
        validator()
            .validate(
                collection(
                    grid("X-1", "城厢的网格", louta.code(), square(chengxiang, 0)),
                    grid("X-2", "楼塔的网格", chengxiang.code(), square(louta, 0))),
                false);

    assertThat(outcome.grids()).isEmpty();
    assertThat(outcome.problems())
        .extracting(BoundaryUploadProblem::featureNumber, BoundaryUploadProblem::messageKey)
        .containsExactly(
            tuple(1, "area.grids.outsideApproximateTown"), tuple(2, "area.grids.outsideTown"));
    List<String> args = outcome.problems().get(1).args();
    assertThat(args.get(0)).isEqualTo("城厢街道");
    var outside =
        xs.codec
            .factory()
            .createPoint(
                new Coordinate(Double.parseDouble(args.get(1)), Double.parseDouble(args.get(2))));
    assertThat(xs.cells.get(chengxiang.code()).distance(outside))
        .isGreaterThan(OutlineTolerance.BUFFER_DEGREES);
    assertThat(outcome.problems().get(1).featureLabel()).isEqualTo("X-2 楼塔的网格");
  }

  @Test
  void rejectsUnknownTownsMissingPropertiesAndBadWorkersFeatureByFeature() {
    var outcome =
        validator()
            .validate(
                collection(
                    grid("A-1", "好网格", louta.code(), square(louta, 0)),
                    grid("A-2", "不存在", "330109999", square(louta, 1)),
                    grid("A-3", "错镇名", "楼塔乡", square(louta, 2)),
                    grid(null, null, null, square(louta, 3)),
                    grid(
                        "A-5",
                        "坏网格员",
                        louta.code(),
                        square(louta, 4),
                        "workers",
                        List.of("ok.name", "x", "张三")),
                    grid("A-6", "网格员类型", louta.code(), square(louta, 5), "workers", 7)),
                false);

    assertThat(outcome.grids()).isEmpty();
    assertThat(outcome.problems())
        .extracting(BoundaryUploadProblem::featureNumber, BoundaryUploadProblem::messageKey)
        .containsExactly(
            tuple(2, "area.grids.unknownTown"),
            tuple(3, "area.grids.unknownTown"),
            tuple(4, "area.grids.noCode"),
            tuple(4, "area.grids.noName"),
            tuple(4, "area.grids.noTown"),
            tuple(5, "area.input.badUsername"),
            tuple(5, "area.input.badUsername"),
            tuple(6, "area.grids.badWorkers"));
    assertThat(outcome.problems().get(1).args()).containsExactly("楼塔乡");
    assertThat(outcome.problems().get(5).args()).containsExactly("x");
    assertThat(outcome.problems().get(6).args()).containsExactly("张三");
  }

  @Test
  void rejectsDuplicateCodesWithinATownInTheFileAndExistingOnesUnlessReplacing() {
    existing = Set.of(louta.code() + "/LT-OLD");
    String text =
        collection(
            grid("LT-01", "一", louta.code(), square(louta, 0)),
            grid("LT-01", "一（重复）", louta.code12(), square(louta, 1)),
            // The same code in another town is another grid.
            grid("LT-01", "城厢同号", chengxiang.code(), square(chengxiang, 0)),
            grid("LT-OLD", "已有", "楼塔镇", square(louta, 2)));

    var outcome = validator().validate(text, false);
    assertThat(outcome.problems())
        .extracting(BoundaryUploadProblem::featureNumber, BoundaryUploadProblem::messageKey)
        .containsExactly(tuple(2, "area.grids.duplicateCode"), tuple(4, "area.grids.exists"));
    assertThat(outcome.problems().get(0).args()).containsExactly("LT-01", "楼塔镇", "1");

    var replacing = validator().validate(text, true);
    assertThat(replacing.problems())
        .extracting(BoundaryUploadProblem::messageKey)
        .containsExactly("area.grids.duplicateCode");
  }

  @Test
  void rejectsProjectedCoordinatesAndInvalidGeometry() {
    Geometry metres =
        AffineTransformation.scaleInstance(111_000, 111_000)
            .translate(-13_000_000, 0)
            .transform(square(louta, 0));
    double x = louta.lon();
    double y = louta.lat();
    String bowtie =
        "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
            .formatted(x, y, x + 0.001, y + 0.001, x + 0.001, y, x, y + 0.001, x, y);
    ObjectNode selfIntersecting = grid("B-2", "蝴蝶", louta.code(), square(louta, 0));
    selfIntersecting.set("geometry", xs.codec.parse(bowtie));

    var outcome =
        validator()
            .validate(
                collection(grid("B-1", "投影坐标", louta.code(), metres), selfIntersecting), false);

    assertThat(outcome.problems())
        .extracting(BoundaryUploadProblem::featureNumber, BoundaryUploadProblem::messageKey)
        .containsExactly(
            tuple(1, "area.geojson.notDegrees"), tuple(2, "area.upload.invalidGeometry.5"));
  }

  @Test
  void rejectsFilesThatAreNotAFeatureCollection() {
    String feature = grid("C-1", "单个", louta.code(), square(louta, 0)).toString();
    assertThat(keys(validator().validate(feature, false)))
        .containsExactly("area.upload.notFeatureCollection");
    assertThat(keys(validator().validate("[", false))).containsExactly("area.geojson.notJson");
    assertThat(keys(validator().validate("", false))).containsExactly("area.upload.empty");
  }

  /** A ~200 m square inside the town's cell; {@code slot} moves it east in 300 m steps. */
  private Geometry square(TownSeed town, int slot) {
    Geometry core = xs.cells.get(town.code()).buffer(-0.01);
    var p = core.getInteriorPoint().getCoordinate();
    double x = p.x + slot * 0.003;
    Geometry square =
        xs.codec.factory().toGeometry(new Envelope(x - 0.001, x + 0.001, p.y - 0.001, p.y + 0.001));
    assertThat(xs.cells.get(town.code()).contains(square))
        .as("fixture square inside cell")
        .isTrue();
    return square;
  }

  /** A grid feature; {@code more} are further property names and values. */
  private ObjectNode grid(
      String code, String name, String town, Geometry geometry, Object... more) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < more.length; i += 2) {
      properties.put((String) more[i], more[i + 1]);
    }
    if (code != null) {
      properties.put("code", code);
    }
    if (name != null) {
      properties.put("name", name);
    }
    if (town != null) {
      properties.put("town", town);
    }
    return xs.codec.feature(xs.codec.writeText(geometry), properties);
  }

  private String collection(ObjectNode... features) {
    return xs.codec.featureCollection(List.of(features));
  }

  private static List<String> keys(GridImportValidator.Outcome outcome) {
    List<String> keys = new ArrayList<>();
    outcome.problems().forEach(p -> keys.add(p.messageKey()));
    return keys;
  }
}
