package org.shuzhi.area.internal;

/** Where a town boundary came from. */
enum BoundarySource {
  /** Generated (Voronoi cell of the label point, clipped to the district). */
  APPROXIMATE,
  /** Uploaded by an administrator. */
  IMPORTED
}
