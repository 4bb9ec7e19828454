package org.shuzhi.map;

import java.util.List;

/**
 * A layer of points on the one map, contributed by a module (declare it as a bean). The layer
 * applies the current user's data scope itself: the map shows what it returns.
 */
public interface MapLayer {

  /** Stable id, used in URLs. */
  String id();

  /** Message key of the layer's name in the layer switcher. */
  String titleKey();

  /** Position in the layer switcher, low first. */
  int order();

  /** Link for a point's popup, with {@code {id}} standing for the point's id. */
  String linkTemplate();

  /** Whether the layer is switched on when the map opens. */
  default boolean shownByDefault() {
    return true;
  }

  /** The points visible to the current user under the filter. */
  List<MapPoint> points(MapFilter filter);
}
