package org.shuzhi.risk.internal.points;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.cockpit.CockpitTile;
import org.shuzhi.cockpit.CockpitTileChanged;
import org.shuzhi.cockpit.Gravity;
import org.shuzhi.cockpit.TileChart;
import org.shuzhi.cockpit.TileFigure;
import org.shuzhi.cockpit.TileSnapshot;
import org.shuzhi.cockpit.TownRiskFactor;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.risk.EnterpriseRiskChanged;
import org.shuzhi.risk.RiskColour;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cockpit's four-colour distribution (四色分布): risk objects in service by their current colour,
 * the highest of their risk points (安委办〔2016〕11号), each drilling down to the risk object list
 * filtered by colour; and their share of the ranking of towns.
 */
@Component
class RiskColourCockpitTile implements CockpitTile, TownRiskFactor {

  static final String ID = "risk-colours";

  private final RiskObjectRepository objects;
  private final ApplicationEventPublisher events;

  RiskColourCockpitTile(RiskObjectRepository objects, ApplicationEventPublisher events) {
    this.objects = objects;
    this.events = events;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String titleKey() {
    return "risk.points.cockpit.title";
  }

  @Override
  public int order() {
    return 400;
  }

  @Override
  public TileChart chart() {
    return TileChart.RING;
  }

  @Override
  @Transactional(readOnly = true)
  public TileSnapshot snapshot(CurrentUser user) {
    Map<RiskColour, Long> perColour = new EnumMap<>(RiskColour.class);
    for (var row : objects.countsByTownAndColour(user.scope())) {
      perColour.merge(row.colour(), row.count(), Long::sum);
    }
    List<TileFigure> figures = new ArrayList<>();
    for (RiskColour colour : RiskColour.values()) {
      figures.add(
          TileFigure.keyed(
              "risk.points.colour." + colour.name(),
              perColour.getOrDefault(colour, 0L),
              colour.css(),
              "/risk/objects?colour=" + colour.name()));
    }
    return new TileSnapshot(figures, "/risk/objects");
  }

  @Override
  public String labelKey() {
    return "risk.points.cockpit.factor";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Map<Gravity, Long>> countsByTown(CurrentUser user) {
    Map<String, Map<Gravity, Long>> result = new HashMap<>();
    for (var row : objects.countsByTownAndColour(user.scope())) {
      result
          .computeIfAbsent(row.townCode(), t -> new EnumMap<>(Gravity.class))
          .merge(Gravity.valueOf(row.colour().name()), row.count(), Long::sum);
    }
    return result;
  }

  /** An enterprise's risk objects changed (after the commit). */
  @TransactionalEventListener(fallbackExecution = true)
  void on(EnterpriseRiskChanged event) {
    events.publishEvent(new CockpitTileChanged(ID, null));
  }

  /** A risk object's colour or town changed, with or without an enterprise (after the commit). */
  @TransactionalEventListener(fallbackExecution = true)
  void on(RiskColoursChanged event) {
    events.publishEvent(new CockpitTileChanged(ID, null));
  }
}
