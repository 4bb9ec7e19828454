package org.shuzhi.cockpit;

/** How a tile's figures are drawn (ECharts on the page). */
public enum TileChart {
  /** Big numbers side by side (e.g. open and overdue hazards). */
  NUMBERS,
  /** A ring of shares (e.g. the four risk colours). */
  RING,
  /** Horizontal bars, first figure on top (e.g. towns ranked by risk). */
  BARS
}
