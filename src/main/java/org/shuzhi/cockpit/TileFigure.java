package org.shuzhi.cockpit;

import java.util.Objects;

/**
 * One figure of a tile: a count with its label, colour and drill-down link.
 *
 * @param labelKey message key of the label, or null when {@code label} is a name (e.g. a town's)
 * @param label the label as text when it is a name, else null
 * @param value the figure
 * @param colour CSS colour in the chart, or null for the theme's
 * @param link the list page with the filter that shows exactly these records (accepts {@code town})
 */
public record TileFigure(String labelKey, String label, long value, String colour, String link) {

  public TileFigure {
    if ((labelKey == null) == (label == null)) {
      throw new IllegalArgumentException("a figure has a label key or a label, not both");
    }
    Objects.requireNonNull(link, "link");
  }

  /** A figure labelled by a message key. */
  public static TileFigure keyed(String labelKey, long value, String colour, String link) {
    return new TileFigure(labelKey, null, value, colour, link);
  }

  /** A figure labelled by a name (not translated). */
  public static TileFigure named(String label, long value, String colour, String link) {
    return new TileFigure(null, label, value, colour, link);
  }
}
