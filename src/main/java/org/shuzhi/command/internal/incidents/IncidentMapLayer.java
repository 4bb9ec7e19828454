package org.shuzhi.command.internal.incidents;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.springframework.stereotype.Component;

/** Open incidents on the one map, in the level colours (Ⅰ red … Ⅳ blue), within the scope. */
@Component
class IncidentMapLayer implements MapLayer {

  private final IncidentRepository incidents;
  private final CurrentUsers users;
  private final CommandRights rights;

  IncidentMapLayer(IncidentRepository incidents, CurrentUsers users, CommandRights rights) {
    this.incidents = incidents;
    this.users = users;
    this.rights = rights;
  }

  @Override
  public String id() {
    return "command-incidents";
  }

  @Override
  public String titleKey() {
    return "incident.layer";
  }

  @Override
  public int order() {
    return 590;
  }

  @Override
  public String linkTemplate() {
    return "/command/incidents/{id}";
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    CurrentUser user = users.require();
    if (!rights.mayRead(user)) {
      return List.of();
    }
    List<MapPoint> points = new ArrayList<>();
    var query = new IncidentRepository.Query(filter.townCode(), null, true, null);
    for (Incident i : incidents.search(query, 0, 2_000, user.scope()).items()) {
      points.add(
          new MapPoint(
              i.id(),
              i.lon(),
              i.lat(),
              i.level().numeral() + " " + i.title(),
              IncidentCockpitTiles.colour(i.level()).css(),
              i.synthetic()));
    }
    return points;
  }
}
