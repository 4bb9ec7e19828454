package org.shuzhi.risk.internal.safetycode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuzhi.cockpit.CockpitTile;
import org.shuzhi.cockpit.CockpitTileChanged;
import org.shuzhi.cockpit.TileChart;
import org.shuzhi.cockpit.TileFigure;
import org.shuzhi.cockpit.TileSnapshot;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.risk.RiskColour;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cockpit's distribution of enterprise safety codes (安全码) by colour, each drilling down to the
 * code list filtered by colour. Not a factor of the ranking of towns: the code is computed from the
 * risk colour, major hazards, hazards and alarms, which are counted there already.
 */
@Component
class SafetyCodeCockpitTile implements CockpitTile {

  static final String ID = "safety-codes";

  private final SafetyCodeRepository codes;
  private final ApplicationEventPublisher events;

  SafetyCodeCockpitTile(SafetyCodeRepository codes, ApplicationEventPublisher events) {
    this.codes = codes;
    this.events = events;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String titleKey() {
    return "risk.sc.cockpit.title";
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public TileChart chart() {
    return TileChart.RING;
  }

  @Override
  @Transactional(readOnly = true)
  public TileSnapshot snapshot(CurrentUser user) {
    Map<RiskColour, Long> perColour = codes.countsByColour(user.scope());
    List<TileFigure> figures = new ArrayList<>();
    for (RiskColour colour : RiskColour.values()) {
      figures.add(
          TileFigure.keyed(
              "risk.sc.colour." + colour.name(),
              perColour.getOrDefault(colour, 0L),
              colour.css(),
              "/risk/safety-codes?colour=" + colour.name()));
    }
    return new TileSnapshot(figures, "/risk/safety-codes");
  }

  /** Codes changed colour (after the recompute's commit). */
  @TransactionalEventListener(fallbackExecution = true)
  void on(SafetyCodeService.CodesChanged event) {
    events.publishEvent(new CockpitTileChanged(ID, null));
  }
}
