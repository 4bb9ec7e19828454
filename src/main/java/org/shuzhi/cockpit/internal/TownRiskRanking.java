package org.shuzhi.cockpit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.cockpit.CockpitTile;
import org.shuzhi.cockpit.Gravity;
import org.shuzhi.cockpit.TileChart;
import org.shuzhi.cockpit.TileFigure;
import org.shuzhi.cockpit.TileSnapshot;
import org.shuzhi.cockpit.TownRiskFactor;
import org.shuzhi.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Towns ranked by risk (镇街风险排名): the cockpit's one composite tile. A town's risk index is
 *
 * <pre>index = Σ over factors Σ over gravities  weight(gravity) × count(town, factor, gravity)
 * </pre>
 *
 * with {@link Gravity} weights RED 8, ORANGE 4, YELLOW 2, BLUE 1 and the factors the modules
 * contribute (risk objects by colour, major-hazard installations by level, open hazards, active
 * alarms). Every item counts, so the index grows with both how much and how grave; all factors
 * weigh alike, so none needs a weight of its own to be argued over. Ties go to the town code. The
 * ten highest towns are shown, each linking to its town cockpit.
 */
@Component
class TownRiskRanking implements CockpitTile {

  static final String ID = "town-ranking";
  static final int SHOWN = 10;

  private final List<TownRiskFactor> factors;
  private final AreaDirectory areas;

  TownRiskRanking(List<TownRiskFactor> factors, AreaDirectory areas) {
    this.factors = factors;
    this.areas = areas;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String titleKey() {
    return "cockpit.tile.townRanking";
  }

  @Override
  public int order() {
    return 900;
  }

  @Override
  public TileChart chart() {
    return TileChart.BARS;
  }

  @Override
  public TileSnapshot snapshot(CurrentUser user) {
    Map<String, Long> index = index(user);
    List<TileFigure> figures = new ArrayList<>();
    ranked(index, user).stream()
        .limit(SHOWN)
        .forEach(
            t ->
                figures.add(
                    TileFigure.named(
                        t.name(),
                        index.getOrDefault(t.code(), 0L),
                        null,
                        "/cockpit?town=" + t.code())));
    return new TileSnapshot(figures, "/cockpit");
  }

  /** Each town's index in the user's scope. */
  Map<String, Long> index(CurrentUser user) {
    Map<String, Long> index = new HashMap<>();
    for (TownRiskFactor factor : factors) {
      factor
          .countsByTown(user)
          .forEach(
              (town, counts) ->
                  counts.forEach(
                      (gravity, n) -> index.merge(town, gravity.weight() * n, Long::sum)));
    }
    return index;
  }

  /** The towns the user covers or has figures in, highest index first. */
  private List<Town> ranked(Map<String, Long> index, CurrentUser user) {
    return areas.towns().stream()
        .filter(t -> index.containsKey(t.code()) || user.scope().coversTown(t.code()))
        .sorted(
            Comparator.comparingLong((Town t) -> -index.getOrDefault(t.code(), 0L))
                .thenComparing(Town::code))
        .toList();
  }
}
