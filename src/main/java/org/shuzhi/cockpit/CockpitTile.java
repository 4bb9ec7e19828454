package org.shuzhi.cockpit;

import org.shuzhi.identity.CurrentUser;

/**
 * A tile of the cockpit, contributed by a module (declare it as a bean, like a map layer). The
 * snapshot applies the user's data scope in SQL and uses aggregate queries; it must depend on the
 * scope only (not on role or name), because the cockpit caches it per scope. Every link of the
 * snapshot is a list page that accepts a {@code town} filter (NBS 9-digit code), which the cockpit
 * adds when a leader looks at one town's cockpit. When the figures may have changed, the module
 * publishes {@link CockpitTileChanged} with the tile's id.
 */
public interface CockpitTile {

  /** Stable id, used in the page, the stream and {@link CockpitTileChanged}. */
  String id();

  /** Message key of the tile's title. */
  String titleKey();

  /** Position on the cockpit, low first. */
  int order();

  /** How the figures are drawn. */
  TileChart chart();

  /** The figures the user may see, as of now. */
  TileSnapshot snapshot(CurrentUser user);
}
