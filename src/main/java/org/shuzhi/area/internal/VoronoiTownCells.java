package org.shuzhi.area.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Approximate town boundaries while the real ones are not available (they are not public): the
 * Voronoi cell of each town's label point, clipped to the district outline. Every point of the
 * district goes to the town with the nearest label point.
 *
 * <p>Distances are measured after shrinking longitudes by cos(mean latitude), so that the cells are
 * bisected in (almost) equal-metre terms: at 30° N a degree of longitude is only 0.87 of a degree
 * of latitude on the ground.
 */
public final class VoronoiTownCells {

  /**
   * @param outline district outline (WGS-84)
   * @param towns the towns with their label points
   * @return town code → cell, in the order of {@code towns}; a label point outside the outline
   *     still gets the part of its cell that lies inside
   */
  public Map<String, Geometry> build(Geometry outline, List<TownSeed> towns) {
    double meanLat = outline.getEnvelopeInternal().centre().y;
    AffineTransformation toLocal =
        AffineTransformation.scaleInstance(Math.cos(Math.toRadians(meanLat)), 1);
    AffineTransformation toDegrees;
    try {
      toDegrees = toLocal.getInverse();
    } catch (org.locationtech.jts.geom.util.NoninvertibleTransformationException e) {
      throw new IllegalStateException(e);
    }
    Geometry localOutline = toLocal.transform(outline);
    Map<Coordinate, String> codeBySite = new LinkedHashMap<>();
    for (TownSeed town : towns) {
      Coordinate site = new Coordinate(town.lon(), town.lat());
      toLocal.transform(site, site);
      if (codeBySite.put(site, town.code()) != null) {
        throw new IllegalArgumentException("Two towns share the label point of " + town.code());
      }
    }
    Envelope clip = new Envelope(localOutline.getEnvelopeInternal());
    clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()));
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(codeBySite.keySet());
    builder.setClipEnvelope(clip);
    Geometry diagram = builder.getDiagram(outline.getFactory());

    Map<String, Geometry> byCode = new LinkedHashMap<>();
    for (int i = 0; i < diagram.getNumGeometries(); i++) {
      Geometry cell = diagram.getGeometryN(i);
      String code = codeBySite.get((Coordinate) cell.getUserData());
      Geometry clipped = toDegrees.transform(cell.intersection(localOutline));
      clipped.setSRID(outline.getSRID());
      byCode.put(code, clipped);
    }
    Map<String, Geometry> ordered = new LinkedHashMap<>();
    for (TownSeed town : towns) {
      Geometry cell = byCode.get(town.code());
      if (cell == null || cell.isEmpty()) {
        throw new IllegalStateException("Town " + town.code() + " got an empty Voronoi cell");
      }
      ordered.put(town.code(), cell);
    }
    return ordered;
  }
}
