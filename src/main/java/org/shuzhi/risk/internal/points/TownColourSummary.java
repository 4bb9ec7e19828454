package org.shuzhi.risk.internal.points;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.risk.RiskColour;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The town choropleth's data: per town the highest colour and the counts per colour of the risk
 * points the user may see. Towns the user covers are listed even with no points.
 */
@Component
class TownColourSummary {

  private final RiskPointRepository points;
  private final AreaDirectory areas;

  TownColourSummary(RiskPointRepository points, AreaDirectory areas) {
    this.points = points;
    this.areas = areas;
  }

  @Transactional(readOnly = true)
  public List<TownColours> of(CurrentUser user) {
    Map<String, Map<RiskColour, Long>> counts = new LinkedHashMap<>();
    Map<String, Long> unassessed = new LinkedHashMap<>();
    for (var row : points.countsByTown(user.scope())) {
      if (row.colour() == null) {
        unassessed.merge(row.townCode(), row.count(), Long::sum);
      } else {
        counts
            .computeIfAbsent(row.townCode(), k -> new EnumMap<>(RiskColour.class))
            .merge(row.colour(), row.count(), Long::sum);
      }
    }
    List<TownColours> result = new ArrayList<>();
    for (Town town : areas.towns()) {
      String code = town.code();
      boolean hasData = counts.containsKey(code) || unassessed.containsKey(code);
      if (!hasData && !user.scope().coversTown(code)) {
        continue;
      }
      Map<RiskColour, Long> perColour = new EnumMap<>(RiskColour.class);
      for (RiskColour c : RiskColour.values()) {
        perColour.put(c, counts.getOrDefault(code, Map.of()).getOrDefault(c, 0L));
      }
      RiskColour highest =
          RiskColour.highest(
                  perColour.entrySet().stream()
                      .filter(e -> e.getValue() > 0)
                      .map(Map.Entry::getKey)
                      .toList())
              .orElse(null);
      result.add(
          new TownColours(
              code, town.name(), highest, perColour, unassessed.getOrDefault(code, 0L)));
    }
    return result;
  }
}
