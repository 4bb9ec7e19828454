package org.shuzhi.cockpit;

import java.util.List;
import java.util.Objects;

/**
 * A tile's figures at one moment, in one data scope.
 *
 * @param figures in display order
 * @param link the tile's list page (its title links there; accepts {@code town})
 */
public record TileSnapshot(List<TileFigure> figures, String link) {

  public TileSnapshot {
    figures = List.copyOf(figures);
    Objects.requireNonNull(link, "link");
  }

  /** The sum of the figures (what a ring shows in its centre). */
  public long total() {
    return figures.stream().mapToLong(TileFigure::value).sum();
  }
}
