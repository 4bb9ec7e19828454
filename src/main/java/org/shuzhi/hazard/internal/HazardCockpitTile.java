package org.shuzhi.hazard.internal;

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
import org.shuzhi.hazard.HazardStateChanged;
import org.shuzhi.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cockpit's hazard tile (open, overdue and open major hazards, each drilling down to the
 * filtered hazard list) and the hazards' share of the ranking of towns: an open major hazard
 * (重大事故隐患) counts RED, an overdue general one ORANGE, any other open one BLUE.
 */
@Component
class HazardCockpitTile implements CockpitTile, TownRiskFactor {

  static final String ID = "hazards";

  private final HazardRepository repository;
  private final HazardService service;
  private final ApplicationEventPublisher events;

  HazardCockpitTile(
      HazardRepository repository, HazardService service, ApplicationEventPublisher events) {
    this.repository = repository;
    this.service = service;
    this.events = events;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String titleKey() {
    return "hazard.cockpit.title";
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public TileChart chart() {
    return TileChart.NUMBERS;
  }

  @Override
  @Transactional(readOnly = true)
  public TileSnapshot snapshot(CurrentUser user) {
    long open = 0;
    long overdue = 0;
    long major = 0;
    for (HazardRepository.OpenHazards c : counts(user).values()) {
      open += c.open();
      overdue += c.overdue();
      major += c.major();
    }
    return new TileSnapshot(
        List.of(
            TileFigure.keyed("hazard.cockpit.open", open, null, "/hazards?open=true"),
            TileFigure.keyed(
                "hazard.cockpit.overdue", overdue, Gravity.ORANGE.css(), "/hazards?overdue=true"),
            TileFigure.keyed(
                "hazard.cockpit.major",
                major,
                Gravity.RED.css(),
                "/hazards?open=true&grade=MAJOR")),
        "/hazards?open=true");
  }

  @Override
  public String labelKey() {
    return "hazard.cockpit.factor";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Map<Gravity, Long>> countsByTown(CurrentUser user) {
    Map<String, Map<Gravity, Long>> result = new HashMap<>();
    counts(user)
        .forEach(
            (town, c) -> {
              // Each open hazard counts once: major, else overdue, else open.
              Map<Gravity, Long> g = new EnumMap<>(Gravity.class);
              g.put(Gravity.RED, c.major());
              g.put(Gravity.ORANGE, c.overdueGeneral());
              g.put(Gravity.BLUE, c.open() - c.major() - c.overdueGeneral());
              result.put(town, g);
            });
    return result;
  }

  private Map<String, HazardRepository.OpenHazards> counts(CurrentUser user) {
    return repository.openCountsByTown(user.scope(), service.today());
  }

  /** After the hazard's transaction commits, so the cockpit reads the new state. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(HazardStateChanged event) {
    events.publishEvent(new CockpitTileChanged(ID, null));
  }
}
