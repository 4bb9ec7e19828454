package org.shuzhi.monitoring.internal.alarms;

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
import org.shuzhi.monitoring.AlarmCleared;
import org.shuzhi.monitoring.AlarmRaised;
import org.shuzhi.monitoring.AlarmSeverity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cockpit's tile of active alarms (raised or acknowledged) by severity, gravest first, each
 * drilling down to the alarm list filtered by severity; and the alarms' share of the ranking of
 * towns, severity being the warning colour of the same four-step scale.
 */
@Component
class AlarmCockpitTile implements CockpitTile, TownRiskFactor {

  static final String ID = "alarms";

  private final AlarmRepository alarms;
  private final ApplicationEventPublisher events;

  AlarmCockpitTile(AlarmRepository alarms, ApplicationEventPublisher events) {
    this.alarms = alarms;
    this.events = events;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String titleKey() {
    return "monitoring.cockpit.title";
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public TileChart chart() {
    return TileChart.RING;
  }

  @Override
  @Transactional(readOnly = true)
  public TileSnapshot snapshot(CurrentUser user) {
    Map<AlarmSeverity, Long> perSeverity = new EnumMap<>(AlarmSeverity.class);
    for (var row : alarms.activeByTownAndSeverity(user.scope())) {
      perSeverity.merge(row.severity(), row.count(), Long::sum);
    }
    List<TileFigure> figures = new ArrayList<>();
    AlarmSeverity[] severities = AlarmSeverity.values();
    for (int i = severities.length - 1; i >= 0; i--) {
      AlarmSeverity s = severities[i];
      figures.add(
          TileFigure.keyed(
              "monitoring.alarm.severity." + s.name(),
              perSeverity.getOrDefault(s, 0L),
              gravity(s).css(),
              "/monitoring/alarms?severity=" + s.name()));
    }
    return new TileSnapshot(figures, "/monitoring/alarms");
  }

  @Override
  public String labelKey() {
    return "monitoring.cockpit.factor";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Map<Gravity, Long>> countsByTown(CurrentUser user) {
    Map<String, Map<Gravity, Long>> result = new HashMap<>();
    for (var row : alarms.activeByTownAndSeverity(user.scope())) {
      result
          .computeIfAbsent(row.townCode(), t -> new EnumMap<>(Gravity.class))
          .merge(gravity(row.severity()), row.count(), Long::sum);
    }
    return result;
  }

  /** Alarm severities are the warning colours: 红 → RED … 蓝 → BLUE. */
  private static Gravity gravity(AlarmSeverity severity) {
    return Gravity.valueOf(severity.name());
  }

  /** After the alarm's transaction commits, so the cockpit reads the new state. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(AlarmRaised event) {
    events.publishEvent(new CockpitTileChanged(ID, event.townCode()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AlarmCleared event) {
    events.publishEvent(new CockpitTileChanged(ID, event.townCode()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AlarmSeverityChanged event) {
    events.publishEvent(new CockpitTileChanged(ID, event.townCode()));
  }
}
