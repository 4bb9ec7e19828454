package org.shuzhi.cockpit;

import java.util.Map;
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
}
