package org.shuzhi.risk.internal.majorhazard;

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
import org.shuzhi.risk.MajorHazardLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cockpit's tile of major-hazard installations by level (GB 18218-2018 §4.3: 一级 … 四级), each
 * drilling down to the site list filtered by level; and their share of the ranking of towns, the
 * four levels being the four steps of the scale (一级 = RED … 四级 = BLUE).
 */
@Component
class MajorHazardCockpitTile implements CockpitTile, TownRiskFactor {

  static final String ID = "major-hazards";

  private final MajorHazardSiteRepository sites;
  private final ApplicationEventPublisher events;

  MajorHazardCockpitTile(MajorHazardSiteRepository sites, ApplicationEventPublisher events) {
    this.sites = sites;
    this.events = events;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String titleKey() {
    return "risk.mh.cockpit.title";
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public TileChart chart() {
    return TileChart.RING;
  }

  @Override
  @Transactional(readOnly = true)
  public TileSnapshot snapshot(CurrentUser user) {
    Map<MajorHazardLevel, Long> perLevel = new EnumMap<>(MajorHazardLevel.class);
    for (var row : sites.countsByTownAndLevel(user.scope())) {
      perLevel.merge(row.level(), row.count(), Long::sum);
    }
    List<TileFigure> figures = new ArrayList<>();
    for (MajorHazardLevel level : MajorHazardLevel.values()) {
      figures.add(
          TileFigure.keyed(
              "risk.mh.level." + level.name(),
              perLevel.getOrDefault(level, 0L),
              level.colour(),
              "/risk/major-hazards?level=" + level.name()));
    }
    return new TileSnapshot(figures, "/risk/major-hazards");
  }

  @Override
  public String labelKey() {
    return "risk.mh.cockpit.factor";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Map<Gravity, Long>> countsByTown(CurrentUser user) {
    Map<String, Map<Gravity, Long>> result = new HashMap<>();
    for (var row : sites.countsByTownAndLevel(user.scope())) {
      result
          .computeIfAbsent(row.townCode(), t -> new EnumMap<>(Gravity.class))
          .merge(Gravity.values()[row.level().ordinal()], row.count(), Long::sum);
    }
    return result;
  }

  /** A site was created, changed, moved, deleted or regraded (after its commit). */
  @TransactionalEventListener(fallbackExecution = true)
  void on(EnterpriseRiskChanged event) {
    events.publishEvent(new CockpitTileChanged(ID, null));
  }
}
