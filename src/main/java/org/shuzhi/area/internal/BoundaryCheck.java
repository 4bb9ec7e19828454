package org.shuzhi.area.internal;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.shuzhi.area.AreaInputException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a GeoJSON geometry into a boundary the module accepts: a Polygon/MultiPolygon in WGS-84
 * degrees, valid by the OGC Simple Features rules (JTS {@link IsValidOp}), inside the district.
 * Each failure is an {@link AreaInputException} naming the problem and where it is.
 */
final class BoundaryCheck {

  private final GeoJsonCodec codec;
  private final OutlineTolerance district;

  BoundaryCheck(GeoJsonCodec codec, OutlineTolerance district) {
    this.codec = codec;
    this.district = district;
  }

  Geometry boundary(String geoJsonGeometryOrFeature) {
    JsonNode node = codec.parse(geoJsonGeometryOrFeature);
    if ("Feature".equals(node.path("type").asString(""))) {
      node = node.path("geometry");
    }
    return boundary(node);
  }

  Geometry boundary(JsonNode geometryNode) {
    Geometry geometry =
        codec.readPolygonal(geometryNode == null || geometryNode.isNull() ? null : geometryNode);
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error != null) {
      var at = error.getCoordinate();
      throw new AreaInputException(
          "area.upload.invalidGeometry." + error.getErrorType(),
          at == null ? "?" : String.valueOf(at.x),
          at == null ? "?" : String.valueOf(at.y));
    }
    var outside = district.pointOutside(geometry);
    if (outside.isPresent()) {
      throw new AreaInputException(
          "area.upload.outsideDistrict",
          String.valueOf(outside.get().x),
          String.valueOf(outside.get().y));
    }
    return geometry;
  }
}
