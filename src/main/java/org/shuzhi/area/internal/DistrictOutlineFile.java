package org.shuzhi.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code area/xiaoshan_330109_boundary_wgs84.geojson} (see {@code area/PROVENANCE.md}): a
 * FeatureCollection with one district feature.
 */
public final class DistrictOutlineFile {

  public static final String RESOURCE = "area/xiaoshan_330109_boundary_wgs84.geojson";

  private final GeoJsonCodec codec;

  public DistrictOutlineFile(GeoJsonCodec codec) {
    this.codec = codec;
  }

  public DistrictOutline read() {
    try (InputStream in =
        DistrictOutlineFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + RESOURCE);
      }
      JsonNode feature =
          codec
              .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .path("features")
              .get(0);
      JsonNode properties = feature.path("properties");
      return new DistrictOutline(
          properties.path("adcode").asString(),
          properties.path("name").asString(),
          codec.readPolygonal(feature.path("geometry")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
