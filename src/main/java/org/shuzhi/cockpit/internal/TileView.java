package org.shuzhi.cockpit.internal;

import java.util.List;

/**
 * A tile as the page and the stream carry it: labels in the viewer's language, links with the town
 * filter of a town cockpit (public for Thymeleaf and JSON).
 *
 * @param id the tile's id
 * @param title its title
 * @param chart how it is drawn ({@code NUMBERS}, {@code RING}, {@code BARS})
 * @param total the sum of the figures
 * @param link its list page
 * @param figures the figures
 */
public record TileView(
    String id, String title, String chart, long total, String link, List<Figure> figures) {

  /**
   * @param label in the viewer's language
   * @param value the count
   * @param colour CSS colour or null
   * @param link its filtered list page
   */
  public record Figure(String label, long value, String colour, String link) {}
}
