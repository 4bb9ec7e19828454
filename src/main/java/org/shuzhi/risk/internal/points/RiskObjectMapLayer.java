package org.shuzhi.risk.internal.points;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskObjectQuery;
import org.springframework.stereotype.Component;

/**
 * Risk objects on the one map, within the user's scope, coloured by risk colour (grey while not
 * assessed). The map's {@code category} filter is a {@link RiskObjectKind} name here.
 */
@Component
class RiskObjectMapLayer implements MapLayer {

  private final RiskObjectService service;
  private final CurrentUsers users;

  RiskObjectMapLayer(RiskObjectService service, CurrentUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public String id() {
    return "risk-objects";
  }

  @Override
  public String titleKey() {
    return "risk.points.layer.objects";
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public String linkTemplate() {
    return "/risk/objects/{id}";
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    List<MapPoint> points = new ArrayList<>();
    RiskObjectKind kind = kind(filter.category());
    if (filter.category() != null && kind == null) {
      return points;
    }
    service.forEach(
        new RiskObjectQuery(filter.townCode(), null, kind, null, false, 0, 1),
        users.require(),
        r -> {
          if (r.lon() != null) {
            points.add(
                new MapPoint(
                    r.id(),
                    r.lon(),
                    r.lat(),
                    r.name(),
                    r.colour() == null ? RiskColour.UNASSESSED_CSS : r.colour().css(),
                    r.synthetic()));
          }
        });
    return points;
  }

  static RiskObjectKind kind(String category) {
    if (category == null) {
      return null;
    }
    try {
      return RiskObjectKind.valueOf(category.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
