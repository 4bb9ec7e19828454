package org.shuzhi.area.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaInputException;
import org.shuzhi.area.BoundaryUploadProblem;
import org.shuzhi.area.Town;
import tools.jackson.databind.JsonNode;

/**
 * Checks a grid file exported by a district's 网格化 system and collects every problem, feature by
 * feature, so that the administrator can fix the file in one go. The file is a GeoJSON
 * FeatureCollection (RFC 7946) of Polygon/MultiPolygon features in WGS-84 degrees with properties
 * {@code code}, {@code name}, {@code town} (NBS 9/12-digit code or name), optional {@code
 * community} and optional {@code workers}. Each grid must lie inside its town's boundary (with the
 * tolerance of {@link OutlineTolerance}).
 */
final class GridImportValidator {

  /** Column sizes of {@code area_grid.code} and a sane bound on names. */
  static final int MAX_CODE_LENGTH = 64;

  static final int MAX_NAME_LENGTH = 100;

  private static final Pattern USERNAME = Pattern.compile(AreaAdministration.USERNAME_PATTERN);

  /** Commas, ASCII or full-width (，) as Chinese spreadsheets write them. */
  private static final Pattern WORKER_SEPARATOR = Pattern.compile("[,，]");

  /**
   * One checked grid of the file.
   *
   * @param community community name, or null for none
   * @param workers usernames, or null when the feature does not say (a replaced grid keeps its own)
   */
  record ImportedGrid(
      int featureNumber,
      Town town,
      String code,
      String name,
      String community,
      Set<String> workers,
      Geometry boundary) {}

  /** The checked grids in file order, or the problems (never both). */
  record Outcome(List<ImportedGrid> grids, List<BoundaryUploadProblem> problems) {}

  private final BoundaryCheck boundaryCheck;
  private final Function<String, Optional<Town>> towns;
  private final Function<String, Geometry> townBoundaries;
  private final BiPredicate<String, String> existingGrid;
  private final GeoJsonCodec codec;
  private final Map<String, OutlineTolerance> townTolerances = new HashMap<>();

  /**
   * @param towns a town by NBS 9/12-digit code or by name
   * @param townBoundaries a known town's boundary by 9-digit code
   * @param existingGrid whether the town (9-digit code) already has a grid with the code
   */
  GridImportValidator(
      GeoJsonCodec codec,
      BoundaryCheck boundaryCheck,
      Function<String, Optional<Town>> towns,
      Function<String, Geometry> townBoundaries,
      BiPredicate<String, String> existingGrid) {
    this.codec = codec;
    this.boundaryCheck = boundaryCheck;
    this.towns = towns;
    this.townBoundaries = townBoundaries;
    this.existingGrid = existingGrid;
  }

  Outcome validate(String text, boolean replace) {
    UploadedFeatures file = UploadedFeatures.read(codec, text);
    if (file.failed()) {
      return new Outcome(List.of(), List.of(file.problem()));
    }
    List<BoundaryUploadProblem> problems = new ArrayList<>();
    List<ImportedGrid> grids = new ArrayList<>();
    Map<String, Integer> firstFeatureOfCode = new HashMap<>();
    int number = 0;
    for (JsonNode feature : file.features()) {
      number++;
      new FeatureCheck(number, feature, replace, problems, firstFeatureOfCode)
          .run()
          .ifPresent(grids::add);
    }
    return problems.isEmpty()
        ? new Outcome(List.copyOf(grids), List.of())
        : new Outcome(List.of(), List.copyOf(problems));
  }

  /** The checks of one feature; adds its problems, or returns its grid when it has none. */
  private final class FeatureCheck {

    private final int number;
    private final JsonNode feature;
    private final JsonNode properties;
    private final boolean replace;
    private final List<BoundaryUploadProblem> problems;
    private final Map<String, Integer> firstFeatureOfCode;
    private final String label;
    private boolean failed;

    FeatureCheck(
        int number,
        JsonNode feature,
        boolean replace,
        List<BoundaryUploadProblem> problems,
        Map<String, Integer> firstFeatureOfCode) {
      this.number = number;
      this.feature = feature;
      this.properties = feature.path("properties");
      this.replace = replace;
      this.problems = problems;
      this.firstFeatureOfCode = firstFeatureOfCode;
      String label =
          (UploadedFeatures.text(properties, "code").orElse("")
                  + " "
                  + UploadedFeatures.text(properties, "name").orElse(""))
              .trim();
      this.label = label.isEmpty() ? null : label;
    }

    Optional<ImportedGrid> run() {
      if (!UploadedFeatures.isFeature(feature)) {
        problem("area.upload.notFeature");
        return Optional.empty();
      }
      Optional<String> code = code();
      Optional<String> name = bounded("name", "area.grids.noName");
      Optional<Town> town = town();
      if (town.isPresent() && code.isPresent()) {
        checkUnique(town.get(), code.get());
      }
      Optional<String> community = optionalBounded("community");
      Set<String> workers = workers();
      Optional<Geometry> boundary = boundary(town);
      if (failed) {
        return Optional.empty();
      }
      return Optional.of(
          new ImportedGrid(
              number,
              town.orElseThrow(),
              code.orElseThrow(),
              name.orElseThrow(),
              community.orElse(null),
              workers,
              boundary.orElseThrow()));
    }

    private Optional<String> code() {
      Optional<String> code = UploadedFeatures.text(properties, "code");
      if (code.isEmpty()) {
        problem("area.grids.noCode");
      } else if (code.get().length() > MAX_CODE_LENGTH) {
        problem("area.grids.tooLong", "code", String.valueOf(MAX_CODE_LENGTH));
        return Optional.empty();
      }
      return code;
    }

    private Optional<String> bounded(String property, String missingKey) {
      Optional<String> value = UploadedFeatures.text(properties, property);
      if (value.isEmpty()) {
        problem(missingKey);
      } else if (value.get().length() > MAX_NAME_LENGTH) {
        problem("area.grids.tooLong", property, String.valueOf(MAX_NAME_LENGTH));
      }
      return value;
    }

    private Optional<String> optionalBounded(String property) {
      Optional<String> value = UploadedFeatures.text(properties, property);
      if (value.isPresent() && value.get().length() > MAX_NAME_LENGTH) {
        problem("area.grids.tooLong", property, String.valueOf(MAX_NAME_LENGTH));
      }
      return value;
    }

    private Optional<Town> town() {
      Optional<String> reference = UploadedFeatures.text(properties, "town");
      if (reference.isEmpty()) {
        problem("area.grids.noTown");
        return Optional.empty();
      }
      Optional<Town> town = towns.apply(reference.get());
      if (town.isEmpty()) {
        problem("area.grids.unknownTown", reference.get());
      }
      return town;
    }

    private void checkUnique(Town town, String code) {
      Integer first = firstFeatureOfCode.putIfAbsent(town.code() + '\u0000' + code, number);
      if (first != null) {
        problem("area.grids.duplicateCode", code, town.name(), String.valueOf(first));
      } else if (!replace && existingGrid.test(town.code(), code)) {
        problem("area.grids.exists", code, town.name());
      }
    }

    /** The usernames, or null when the feature has no {@code workers}. */
    private Set<String> workers() {
      JsonNode value = properties.path("workers");
      if (value.isMissingNode() || value.isNull()) {
        return null;
      }
      List<String> names = new ArrayList<>();
      if (value.isString()) {
        names.addAll(List.of(WORKER_SEPARATOR.split(value.asString())));
      } else if (value.isArray()) {
        for (JsonNode element : value) {
          if (!element.isString()) {
            problem("area.grids.badWorkers");
            return null;
          }
          names.add(element.asString());
        }
      } else {
        problem("area.grids.badWorkers");
        return null;
      }
      Set<String> usernames = new LinkedHashSet<>();
      for (String name : names) {
        String username = name.trim();
        if (username.isEmpty()) {
          continue;
        }
        if (!USERNAME.matcher(username).matches()) {
          problem("area.input.badUsername", username);
        }
        usernames.add(username);
      }
      return usernames;
    }

    private Optional<Geometry> boundary(Optional<Town> town) {
      Geometry geometry;
      try {
        geometry = boundaryCheck.boundary(feature.path("geometry"));
      } catch (AreaInputException e) {
        problem(e.messageKey(), e.args().toArray(String[]::new));
        return Optional.empty();
      }
      if (town.isPresent()) {
        Optional<Coordinate> outside = tolerance(town.get()).pointOutside(geometry);
        if (outside.isPresent()) {
          problem(
              town.get().approximateBoundary()
                  ? "area.grids.outsideApproximateTown"
                  : "area.grids.outsideTown",
              town.get().name(),
              String.valueOf(outside.get().x),
              String.valueOf(outside.get().y));
          return Optional.empty();
        }
      }
      return Optional.of(geometry);
    }

    private OutlineTolerance tolerance(Town town) {
      return townTolerances.computeIfAbsent(
          town.code(), code -> new OutlineTolerance(townBoundaries.apply(code)));
    }

    private void problem(String key, String... args) {
      failed = true;
      problems.add(new BoundaryUploadProblem(number, label, key, List.of(args)));
    }
  }
}
