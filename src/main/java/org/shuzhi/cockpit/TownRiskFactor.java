package org.shuzhi.cockpit;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.shuzhi.identity.CurrentUser;

/**
 * One input of the ranking of towns by risk, contributed by a module (declare it as a bean): per
 * town, how many of the module's items of each {@link Gravity} the user may see. The cockpit weighs
 * and sums them (see {@code TownRiskRanking}); the factor only counts, with one grouped query in
 * the user's data scope. Changes are signalled through the module's tiles ({@link
 * CockpitTileChanged}), which also refresh the ranking.
 */
public interface TownRiskFactor {

  /** Stable id. */
  String id();

  /** Message key of the factor's name (shown in the ranking's breakdown). */
  String labelKey();

  /** Counts per NBS 9-digit town code and gravity; towns without items may be absent. */
  Map<String, Map<Gravity, Long>> countsByTown(CurrentUser user);

  /**
   * Sums grouped rows (town, grade, count) into {@link #countsByTown}'s shape, the grade mapped to
   * its gravity.
   */
  static <R> Map<String, Map<Gravity, Long>> sumByTown(
      Collection<R> rows,
      Function<R, String> town,
      Function<R, Gravity> gravity,
      ToLongFunction<R> count) {
    Map<String, Map<Gravity, Long>> result = new HashMap<>();
    for (R row : rows) {
      result
          .computeIfAbsent(town.apply(row), t -> new EnumMap<>(Gravity.class))
          .merge(gravity.apply(row), count.applyAsLong(row), Long::sum);
    }
    return result;
  }
}
