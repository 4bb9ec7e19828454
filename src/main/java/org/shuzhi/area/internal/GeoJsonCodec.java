package org.shuzhi.area.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.shuzhi.area.AreaInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the polygonal part of GeoJSON (RFC 7946): Polygon and MultiPolygon geometries in
 * WGS-84 degrees, the only CRS RFC 7946 allows (section 4). Read errors are {@link
 * AreaInputException}s with message keys, so callers can report them in the user's language.
 */
public final class GeoJsonCodec {

  /** EPSG code of WGS-84, stored as SRID on every geometry made here. */
  public static final int WGS84 = 4326;

  private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), WGS84);
  private final JsonMapper mapper;

  public GeoJsonCodec(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public GeoJsonCodec() {
    this(JsonMapper.shared());
  }

  public GeometryFactory factory() {
    return factory;
  }

  /** Parses JSON text; malformed JSON becomes {@code area.geojson.notJson}. */
  public JsonNode parse(String text) {
    try {
      return mapper.readTree(text);
    } catch (JacksonException e) {
      var location = e.getLocation();
      throw new AreaInputException(
          "area.geojson.notJson",
          location == null ? "?" : String.valueOf(location.getLineNr()),
          location == null ? "?" : String.valueOf(location.getColumnNr()));
    }
  }

  /** A Polygon/MultiPolygon from GeoJSON text holding a geometry object or a Feature. */
  public Geometry readPolygonalText(String text) {
    JsonNode node = parse(text);
    if ("Feature".equals(node.path("type").asString(""))) {
      node = node.path("geometry");
    }
    return readPolygonal(node);
  }

  /** A Polygon or MultiPolygon from a GeoJSON geometry object. */
  public Geometry readPolygonal(JsonNode geometry) {
    if (geometry == null || !geometry.isObject()) {
      throw new AreaInputException("area.geojson.noGeometry");
    }
    String type = geometry.path("type").asString("");
    JsonNode coordinates = geometry.path("coordinates");
    if (!coordinates.isArray()) {
      throw new AreaInputException("area.geojson.badCoordinates");
    }
    return switch (type) {
      case "Polygon" -> polygon(coordinates);
      case "MultiPolygon" -> {
        List<Polygon> polygons = new ArrayList<>();
        for (JsonNode p : coordinates) {
          polygons.add(polygon(p));
        }
        if (polygons.isEmpty()) {
          throw new AreaInputException("area.geojson.badCoordinates");
        }
        yield factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
      }
      default -> throw new AreaInputException("area.geojson.notPolygon", type);
    };
  }

  private Polygon polygon(JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new AreaInputException("area.geojson.badCoordinates");
    }
    List<LinearRing> all = new ArrayList<>();
    for (JsonNode ring : rings) {
      all.add(ring(ring));
    }
    return factory.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
  }

  private LinearRing ring(JsonNode positions) {
    if (!positions.isArray()) {
      throw new AreaInputException("area.geojson.badCoordinates");
    }
    Coordinate[] coordinates = new Coordinate[positions.size()];
    for (int i = 0; i < coordinates.length; i++) {
      coordinates[i] = position(positions.get(i));
    }
    // RFC 7946 3.1.6: a linear ring has four or more positions, the first equal to the last.
    if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
      throw new AreaInputException("area.geojson.ringNotClosed");
    }
    return factory.createLinearRing(coordinates);
  }

  private static Coordinate position(JsonNode position) {
    if (!position.isArray()
        || position.size() < 2
        || !position.get(0).isNumber()
        || !position.get(1).isNumber()) {
      throw new AreaInputException("area.geojson.badCoordinates");
    }
    double x = position.get(0).doubleValue();
    double y = position.get(1).doubleValue();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new AreaInputException("area.geojson.badCoordinates");
    }
    if (Math.abs(x) > 180 || Math.abs(y) > 90) {
      // Lat/lon swapped gives latitudes like 120; projected metres (e.g. CGCS2000 Gauss-Krüger)
      // give values in the hundreds of thousands. Either way the file is not RFC 7946 WGS-84.
      boolean swapped = Math.abs(x) <= 90 && Math.abs(y) <= 180;
      throw new AreaInputException(
          swapped ? "area.geojson.swapped" : "area.geojson.notDegrees", fmt(x), fmt(y));
    }
    return new Coordinate(x, y);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** A GeoJSON geometry object for a Polygon or MultiPolygon. */
  public ObjectNode write(Geometry geometry) {
    ObjectNode node = mapper.createObjectNode();
    if (geometry instanceof Polygon polygon) {
      node.put("type", "Polygon");
      node.set("coordinates", rings(polygon));
    } else if (geometry instanceof MultiPolygon multi) {
      node.put("type", "MultiPolygon");
      ArrayNode polygons = node.putArray("coordinates");
      for (int i = 0; i < multi.getNumGeometries(); i++) {
        polygons.add(rings((Polygon) multi.getGeometryN(i)));
      }
    } else {
      throw new IllegalArgumentException("Not polygonal: " + geometry.getGeometryType());
    }
    return node;
  }

  public String writeText(Geometry geometry) {
    return mapper.writeValueAsString(write(geometry));
  }

  private ArrayNode rings(Polygon polygon) {
    ArrayNode rings = mapper.createArrayNode();
    rings.add(positions(polygon.getExteriorRing().getCoordinates()));
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
    }
    return rings;
  }

  private ArrayNode positions(Coordinate[] coordinates) {
    ArrayNode array = mapper.createArrayNode();
    for (Coordinate c : coordinates) {
      // 1e-7 degrees is about 1 cm: more digits only make the files bigger.
      array.addArray().add(round7(c.x)).add(round7(c.y));
    }
    return array;
  }

  private static double round7(double v) {
    return Math.round(v * 1e7) / 1e7;
  }

  /** A Feature with the given geometry (GeoJSON text) and properties. */
  public ObjectNode feature(String geometryGeoJson, Map<String, Object> properties) {
    ObjectNode feature = mapper.createObjectNode();
    feature.put("type", "Feature");
    feature.set("properties", mapper.valueToTree(properties));
    feature.set("geometry", mapper.readTree(geometryGeoJson));
    return feature;
  }

  public String featureCollection(List<ObjectNode> features) {
    ObjectNode collection = mapper.createObjectNode();
    collection.put("type", "FeatureCollection");
    collection.putArray("features").addAll(features);
    return mapper.writeValueAsString(collection);
  }
}
