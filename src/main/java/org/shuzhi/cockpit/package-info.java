/**
 * Leadership cockpit (领导驾驶舱): one screen of live figures around the one map, for a laptop ({@code
 * /cockpit}) and a 1920×1080 wall ({@code /cockpit/wall}). The cockpit knows no module: each module
 * contributes {@link org.shuzhi.cockpit.CockpitTile}s (and {@link
 * org.shuzhi.cockpit.TownRiskFactor}s for the ranking of towns) from its own internal package,
 * computed in the viewer's data scope with aggregate queries, and publishes {@link
 * org.shuzhi.cockpit.CockpitTileChanged} when a tile's figures may have changed; open cockpits get
 * the new figures over SSE, at most once a second per tile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cockpit")
package org.shuzhi.cockpit;
