package org.shuzhi.command.internal.incidents;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.cockpit.CockpitTile;
import org.shuzhi.cockpit.CockpitTileChanged;
import org.shuzhi.cockpit.Gravity;
import org.shuzhi.cockpit.TileChart;
import org.shuzhi.cockpit.TileFigure;
import org.shuzhi.cockpit.TileSnapshot;
import org.shuzhi.command.IncidentClosed;
import org.shuzhi.command.IncidentLevelChanged;
import org.shuzhi.command.IncidentOpened;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.internal.CommandProperties;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.command.internal.ResourcesChanged;
import org.shuzhi.command.internal.ScopeSql;
import org.shuzhi.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The command module's cockpit tiles: open incidents by level (a ring in the level colours Ⅰ red …
 * Ⅳ blue) and emergency resources (teams on duty, free shelter places, low-stock and expiring
 * supply lines). Both apply the viewer's data scope in SQL; users without command rights see zeros.
 * After an incident opens, changes level or closes, after a response holds resources, and after a
 * registry (team, shelter, warehouse, stock) is edited or imported, the tiles are announced changed
 * once the transaction commits.
 */
@Configuration(proxyBeanMethods = false)
class IncidentCockpitTiles {

  static final String INCIDENTS = "incidents";
  static final String RESOURCES = "resources";

  /** Published (in the confirming transaction) when a response held teams, supplies or places. */
  record ResourcesHeld(String townCode) {}

  @Bean
  CockpitTile incidentsTile(IncidentRepository incidents, CommandRights rights) {
    return new CockpitTile() {
      @Override
      public String id() {
        return INCIDENTS;
      }

      @Override
      public String titleKey() {
        return "incident.cockpit.title";
      }

      @Override
      public int order() {
        return 150;
      }

      @Override
      public TileChart chart() {
        return TileChart.RING;
      }

      @Override
      public TileSnapshot snapshot(CurrentUser user) {
        Map<ResponseLevel, Long> counts =
            rights.mayRead(user)
                ? incidents.openByLevel(null, user.scope())
                : new java.util.EnumMap<>(ResponseLevel.class);
        List<TileFigure> figures = new ArrayList<>();
        for (ResponseLevel l : ResponseLevel.values()) {
          figures.add(
              TileFigure.keyed(
                  "incident.cockpit." + l.name(),
                  counts.getOrDefault(l, 0L),
                  colour(l).css(),
                  "/command/incidents?open=true&level=" + l.name()));
        }
        return new TileSnapshot(figures, "/command/incidents?open=true");
      }
    };
  }

  static Gravity colour(ResponseLevel level) {
    return switch (level) {
      case LEVEL_I -> Gravity.RED;
      case LEVEL_II -> Gravity.ORANGE;
      case LEVEL_III -> Gravity.YELLOW;
      case LEVEL_IV -> Gravity.BLUE;
    };
  }

  @Bean
  CockpitTile resourcesTile(
      JdbcClient jdbc, CommandRights rights, CommandProperties properties, Clock clock) {
    return new CockpitTile() {
      @Override
      public String id() {
        return RESOURCES;
      }

      @Override
      public String titleKey() {
        return "incident.cockpit.resources";
      }

      @Override
      public int order() {
        return 160;
      }

      @Override
      public TileChart chart() {
        return TileChart.NUMBERS;
      }

      @Override
      public TileSnapshot snapshot(CurrentUser user) {
        long teams = 0;
        long places = 0;
        long low = 0;
        long expiring = 0;
        if (rights.mayRead(user)) {
          Map<String, Object> p = new HashMap<>();
          String scope = ScopeSql.predicate(user.scope(), p);
          teams =
              jdbc.sql(
                      "SELECT count(*) FROM command_team WHERE duty_state = 'ON_DUTY' AND " + scope)
                  .params(p)
                  .query(Long.class)
                  .single();
          p.put("perPerson", properties.shelterAreaPerPerson());
          places =
              jdbc.sql(
                      "SELECT COALESCE(sum(GREATEST(0, floor(usable_area / :perPerson)::bigint"
                          + " - occupancy - reserved)), 0) FROM command_shelter WHERE "
                          + scope)
                  .params(p)
                  .query(Long.class)
                  .single();
          Map<String, Object> q = new HashMap<>();
          String stockScope = ScopeSql.predicate(user.scope(), q, "w.town_code");
          LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
          q.put("warnUntil", Date.valueOf(today.plusDays(properties.expiryWarningDays())));
          var counts =
              jdbc.sql(
                      "SELECT count(*) FILTER (WHERE s.quantity - s.reserved < s.minimum_stock),"
                          + " count(*) FILTER (WHERE s.expiry_date <= :warnUntil)"
                          + " FROM command_stock s JOIN command_warehouse w ON w.id ="
                          + " s.warehouse_id WHERE "
                          + stockScope)
                  .params(q)
                  .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                  .single();
          low = counts[0];
          expiring = counts[1];
        }
        return new TileSnapshot(
            List.of(
                TileFigure.keyed(
                    "incident.cockpit.teamsOnDuty", teams, null, "/command/teams?state=ON_DUTY"),
                TileFigure.keyed(
                    "incident.cockpit.shelterPlaces", places, null, "/command/shelters"),
                TileFigure.keyed(
                    "incident.cockpit.lowStock",
                    low,
                    Gravity.ORANGE.css(),
                    "/command/stock?warning=LOW"),
                TileFigure.keyed(
                    "incident.cockpit.expiring",
                    expiring,
                    Gravity.YELLOW.css(),
                    "/command/stock?warning=ANY")),
            "/command/teams");
      }
    };
  }

  /** Tells the cockpit after the incident's transaction commits, so it reads the new state. */
  @Component
  static class Announcer {

    private final ApplicationEventPublisher events;

    Announcer(ApplicationEventPublisher events) {
      this.events = events;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentOpened e) {
      events.publishEvent(new CockpitTileChanged(INCIDENTS, e.townCode()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentLevelChanged e) {
      events.publishEvent(new CockpitTileChanged(INCIDENTS, e.townCode()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentClosed e) {
      events.publishEvent(new CockpitTileChanged(INCIDENTS, e.townCode()));
      events.publishEvent(new CockpitTileChanged(RESOURCES, null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResourcesHeld e) {
      events.publishEvent(new CockpitTileChanged(RESOURCES, null));
    }

    /** A registry edited directly (team, shelter, warehouse, stock line; one or imported). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ResourcesChanged e) {
      events.publishEvent(new CockpitTileChanged(RESOURCES, e.townCode()));
    }
  }
}
