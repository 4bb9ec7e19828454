package org.shuzhi.area.internal;

import java.util.Optional;
import org.shuzhi.area.AreaInputException;
import org.shuzhi.area.BoundaryUploadProblem;
import tools.jackson.databind.JsonNode;

/**
 * The features of an uploaded GeoJSON FeatureCollection (RFC 7946 section 3.3), or the one problem
 * that makes the file as a whole unusable (never both).
 */
record UploadedFeatures(JsonNode features, BoundaryUploadProblem problem) {

  /** Upper bound on an upload; 22 towns or a district's grids at survey precision stay below it. */
  static final int MAX_CHARS = 20 * 1024 * 1024;

  static UploadedFeatures read(GeoJsonCodec codec, String text) {
    if (text == null || text.isBlank()) {
      return failed(BoundaryUploadProblem.ofFile("area.upload.empty"));
    }
    if (text.length() > MAX_CHARS) {
      return failed(
          BoundaryUploadProblem.ofFile(
              "area.upload.tooLarge", String.valueOf(MAX_CHARS / 1024 / 1024)));
    }
    JsonNode root;
    try {
      root = codec.parse(text);
    } catch (AreaInputException e) {
      return failed(BoundaryUploadProblem.ofFile(e.messageKey(), e.args().toArray(String[]::new)));
    }
    String type = root.path("type").asString("");
    if (!"FeatureCollection".equals(type)) {
      return failed(
          BoundaryUploadProblem.ofFile(
              "area.upload.notFeatureCollection", type.isEmpty() ? "-" : type));
    }
    JsonNode features = root.path("features");
    if (!features.isArray() || features.isEmpty()) {
      return failed(BoundaryUploadProblem.ofFile("area.upload.noFeatures"));
    }
    return new UploadedFeatures(features, null);
  }

  boolean failed() {
    return problem != null;
  }

  /** Whether the node is a GeoJSON Feature object. */
  static boolean isFeature(JsonNode node) {
    return node.isObject() && "Feature".equals(node.path("type").asString(""));
  }

  /** A property as trimmed text; numbers are accepted too (codes are often written unquoted). */
  static Optional<String> text(JsonNode properties, String name) {
    JsonNode value = properties.path(name);
    if (value.isString() || value.isIntegralNumber()) {
      String text = value.asString().trim();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
    return Optional.empty();
  }

  private static UploadedFeatures failed(BoundaryUploadProblem problem) {
    return new UploadedFeatures(null, problem);
  }
}
