package org.shuzhi.area.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point-in-polygon lookup over many polygons: an STR-tree of bounding boxes narrows the candidates,
 * prepared geometries answer "covers" fast. Immutable once built; safe for concurrent readers.
 *
 * @param <K> what the polygons are keys for (a town code, a grid id)
 */
public final class PolygonIndex<K> {

  private record Entry<K>(K key, PreparedGeometry geometry) {}

  private final STRtree tree = new STRtree();
  private final GeometryFactory factory;

  /** Indexes the polygons; a point on a shared border goes to the first key in iteration order. */
  public PolygonIndex(Map<K, Geometry> polygons, GeometryFactory factory) {
    this.factory = factory;
    int order = 0;
    for (Map.Entry<K, Geometry> e : polygons.entrySet()) {
      tree.insert(
          e.getValue().getEnvelopeInternal(),
          new Ordered<>(
              order++, new Entry<>(e.getKey(), PreparedGeometryFactory.prepare(e.getValue()))));
    }
    tree.build();
  }

  private record Ordered<K>(int order, Entry<K> entry) {}

  /** The key of a polygon covering the point (boundary included), if any. */
  public Optional<K> find(double x, double y) {
    Point point = factory.createPoint(new Coordinate(x, y));
    @SuppressWarnings("unchecked")
    List<Ordered<K>> candidates = tree.query(point.getEnvelopeInternal());
    Ordered<K> best = null;
    for (Ordered<K> candidate : candidates) {
      if ((best == null || candidate.order() < best.order())
          && candidate.entry().geometry().covers(point)) {
        best = candidate;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.entry().key());
  }
}
