package org.shuzhi.area.internal;

import org.shuzhi.area.Grid;

/** A stored grid with its boundary. */
record GridRow(Grid grid, String boundaryGeoJson) {}
