package org.shuzhi.cockpit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a tile shows counts per grade (a colour, level or severity): one figure per grade in {@code
 * order}, labelled {@code labelKeyPrefix + grade}, coloured by {@code colour}, drilling down to
 * {@code link?filter=GRADE}; the tile's own link is {@code link}.
 *
 * @param order the grades in display order
 * @param labelKeyPrefix message key prefix of a grade's label, e.g. {@code risk.points.colour.}
 * @param colour CSS colour of a grade
 * @param link the list page
 * @param filter the list page's query parameter that selects one grade
 */
public record GradedFigures<G extends Enum<G>>(
    List<G> order, String labelKeyPrefix, Function<G, String> colour, String link, String filter) {

  public GradedFigures {
    order = List.copyOf(order);
    Objects.requireNonNull(labelKeyPrefix, "labelKeyPrefix");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(filter, "filter");
  }

  /** The snapshot of these counts; a grade without a count shows 0. */
  public TileSnapshot snapshot(Map<G, Long> counts) {
    List<TileFigure> figures = new ArrayList<>(order.size());
    for (G grade : order) {
      figures.add(
          TileFigure.keyed(
              labelKeyPrefix + grade.name(),
              counts.getOrDefault(grade, 0L),
              colour.apply(grade),
              link + "?" + filter + "=" + grade.name()));
    }
    return new TileSnapshot(figures, link);
  }
}
