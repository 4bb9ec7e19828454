package org.shuzhi.command.internal.resources;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.command.DutyState;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Teams (green on duty, grey off duty, orange dispatched), warehouses and shelters (blue, grey when
 * full) on the one map, within the user's scope. Off by default: the one map opens on risk.
 */
@Configuration(proxyBeanMethods = false)
class ResourceMapLayers {

  /** A layer from its parts; points are computed for the signed-in reader. */
  private record Layer(
      String id,
      String titleKey,
      int order,
      String linkTemplate,
      java.util.function.BiFunction<MapFilter, CurrentUser, List<MapPoint>> source,
      CurrentUsers users,
      org.shuzhi.command.internal.CommandRights rights)
      implements MapLayer {

    @Override
    public boolean shownByDefault() {
      return false;
    }

    @Override
    public List<MapPoint> points(MapFilter filter) {
      CurrentUser user = users.require();
      return rights.mayRead(user) ? source.apply(filter, user) : List.of();
    }
  }

  @Bean
  MapLayer commandTeamsLayer(
      TeamService teams, CurrentUsers users, org.shuzhi.command.internal.CommandRights rights) {
    return new Layer(
        "command-teams",
        "command.layer.teams",
        600,
        "/command/teams/{id}",
        (filter, user) -> {
          List<MapPoint> points = new ArrayList<>();
          teams.forEach(
              new TeamQuery(filter.townCode(), null, null, null, 0, 1),
              user,
              t ->
                  points.add(
                      new MapPoint(
                          t.id(),
                          t.lon(),
                          t.lat(),
                          t.name(),
                          t.dutyState() == DutyState.ON_DUTY
                              ? "#2e7d32"
                              : t.dutyState() == DutyState.DISPATCHED ? "#ef6c00" : "#9e9e9e",
                          t.synthetic())));
          return points;
        },
        users,
        rights);
  }

  @Bean
  MapLayer commandWarehousesLayer(
      WarehouseService warehouses,
      CurrentUsers users,
      org.shuzhi.command.internal.CommandRights rights) {
    return new Layer(
        "command-warehouses",
        "command.layer.warehouses",
        601,
        "/command/warehouses/{id}",
        (filter, user) -> {
          List<MapPoint> points = new ArrayList<>();
          warehouses.forEach(
              filter.townCode(),
              null,
              user,
              w ->
                  points.add(
                      new MapPoint(w.id(), w.lon(), w.lat(), w.name(), "#6a1b9a", w.synthetic())));
          return points;
        },
        users,
        rights);
  }

  @Bean
  MapLayer commandSheltersLayer(
      ShelterService shelters,
      ShelterCapacity capacity,
      CurrentUsers users,
      org.shuzhi.command.internal.CommandRights rights) {
    return new Layer(
        "command-shelters",
        "command.layer.shelters",
        602,
        "/command/shelters/{id}",
        (filter, user) -> {
          List<MapPoint> points = new ArrayList<>();
          shelters.forEach(
              filter.townCode(),
              null,
              null,
              user,
              s -> {
                boolean full = capacity.of(s.usableArea()) <= s.occupancy() + s.reserved();
                points.add(
                    new MapPoint(
                        s.id(),
                        s.lon(),
                        s.lat(),
                        s.name(),
                        full ? "#9e9e9e" : "#1565c0",
                        s.synthetic()));
              });
          return points;
        },
        users,
        rights);
  }
}
