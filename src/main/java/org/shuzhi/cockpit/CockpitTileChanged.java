package org.shuzhi.cockpit;

/**
 * Published by a module when the figures of one of its tiles may have changed. Publish it once the
 * change is committed (e.g. from a {@code @TransactionalEventListener} on the module's own event):
 * the cockpit reacts at once, reading the tile again. It coalesces bursts and pushes the tile to
 * the open cockpits whose scope covers the town, at most once a second per tile.
 *
 * @param tileId the tile's {@link CockpitTile#id()}
 * @param townCode the NBS 9-digit town the change is in, or null when unknown or several
 */
public record CockpitTileChanged(String tileId, String townCode) {}
