package org.shuzhi.area.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.shuzhi.area.AreaInputException;
import org.shuzhi.area.BoundaryUploadProblem;
import org.shuzhi.area.Town;
import tools.jackson.databind.JsonNode;

/**
 * Checks an uploaded town boundary file and collects every problem, feature by feature, so that the
 * administrator can fix the file in one go. The file must be a GeoJSON FeatureCollection (RFC 7946)
 * of Polygon/MultiPolygon features in WGS-84 degrees whose properties carry the town's NBS {@code
 * code} (9 or 12 digits) and {@code name}.
 */
final class TownBoundaryUploadValidator {

  /** Upper bound on the file size; 22 towns at survey precision stay well below it. */
  static final int MAX_CHARS = UploadedFeatures.MAX_CHARS;

  /** The checked boundaries by NBS 9-digit town code, or the problems (never both). */
  record Outcome(Map<String, Geometry> boundaries, List<BoundaryUploadProblem> problems) {}

  private final GeoJsonCodec codec;
  private final Function<String, Optional<Town>> towns;
  private final BoundaryCheck boundaryCheck;

  TownBoundaryUploadValidator(
      GeoJsonCodec codec, Function<String, Optional<Town>> towns, BoundaryCheck boundaryCheck) {
    this.codec = codec;
    this.towns = towns;
    this.boundaryCheck = boundaryCheck;
  }

  Outcome validate(String text) {
    UploadedFeatures file = UploadedFeatures.read(codec, text);
    if (file.failed()) {
      return rejected(file.problem());
    }
    JsonNode features = file.features();

    List<BoundaryUploadProblem> problems = new ArrayList<>();
    Map<String, Geometry> boundaries = new LinkedHashMap<>();
    Map<String, Integer> firstFeatureOfCode = new HashMap<>();
    int number = 0;
    for (JsonNode feature : features) {
      number++;
      new FeatureCheck(number, feature, problems, firstFeatureOfCode, boundaries).run();
    }
    return problems.isEmpty() ? new Outcome(boundaries, List.of()) : rejected(problems);
  }

  private static Outcome rejected(BoundaryUploadProblem problem) {
    return rejected(List.of(problem));
  }

  private static Outcome rejected(List<BoundaryUploadProblem> problems) {
    return new Outcome(Map.of(), List.copyOf(problems));
  }

  /** The checks of one feature; adds its problems, or its boundary when it has none. */
  private final class FeatureCheck {

    private final int number;
    private final JsonNode feature;
    private final List<BoundaryUploadProblem> problems;
    private final Map<String, Integer> firstFeatureOfCode;
    private final Map<String, Geometry> accepted;
    private final String label;
    private boolean failed;

    FeatureCheck(
        int number,
        JsonNode feature,
        List<BoundaryUploadProblem> problems,
        Map<String, Integer> firstFeatureOfCode,
        Map<String, Geometry> boundaries) {
      this.number = number;
      this.feature = feature;
      this.problems = problems;
      this.firstFeatureOfCode = firstFeatureOfCode;
      this.accepted = boundaries;
      JsonNode properties = feature.path("properties");
      String label =
          (text(properties, "code").orElse("") + " " + text(properties, "name").orElse("")).trim();
      this.label = label.isEmpty() ? null : label;
    }

    void run() {
      if (!UploadedFeatures.isFeature(feature)) {
        problem("area.upload.notFeature");
        return;
      }
      Optional<Town> town = town(feature.path("properties"));
      Optional<Geometry> geometry = geometry(feature.path("geometry"));
      if (!failed && town.isPresent() && geometry.isPresent()) {
        accepted.put(town.get().code(), geometry.get());
      }
    }

    private Optional<Town> town(JsonNode properties) {
      Optional<String> code = text(properties, "code");
      Optional<String> name = text(properties, "name");
      if (name.isEmpty()) {
        problem("area.upload.noName");
      }
      if (code.isEmpty()) {
        problem("area.upload.noCode");
        return Optional.empty();
      }
      Optional<Town> town = towns.apply(code.get());
      if (town.isEmpty()) {
        problem("area.upload.unknownCode", code.get());
        return Optional.empty();
      }
      if (name.isPresent() && !name.get().equals(town.get().name())) {
        problem("area.upload.nameMismatch", name.get(), code.get(), town.get().name());
      }
      Integer first = firstFeatureOfCode.putIfAbsent(town.get().code(), number);
      if (first != null) {
        problem("area.upload.duplicateCode", town.get().code(), String.valueOf(first));
      }
      return town;
    }

    private Optional<Geometry> geometry(JsonNode node) {
      try {
        return Optional.of(boundaryCheck.boundary(node));
      } catch (AreaInputException e) {
        problem(e.messageKey(), e.args().toArray(String[]::new));
        return Optional.empty();
      }
    }

    private void problem(String key, String... args) {
      failed = true;
      problems.add(new BoundaryUploadProblem(number, label, key, List.of(args)));
    }
  }

  private static Optional<String> text(JsonNode properties, String name) {
    return UploadedFeatures.text(properties, name);
  }
}
