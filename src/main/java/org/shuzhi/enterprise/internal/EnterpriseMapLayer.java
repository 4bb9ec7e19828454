package org.shuzhi.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.enterprise.EnterpriseQuery;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.springframework.stereotype.Component;

/** Enterprises on the one map, within the user's data scope; 规上 darker than 规下. */
@Component
class EnterpriseMapLayer implements MapLayer {

  private final EnterpriseService service;
  private final CurrentUsers users;

  EnterpriseMapLayer(EnterpriseService service, CurrentUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public String id() {
    return "enterprises";
  }

  @Override
  public String titleKey() {
    return "nav.enterprises";
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String linkTemplate() {
    return "/enterprises/{id}";
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    List<MapPoint> points = new ArrayList<>();
    service.forEach(
        new EnterpriseQuery(null, filter.townCode(), filter.category(), null, 0, 1),
        users.require(),
        e -> {
          if (e.lon() != null) {
            points.add(
                new MapPoint(
                    e.id(),
                    e.lon(),
                    e.lat(),
                    e.name(),
                    e.aboveScale() ? "#0b5cad" : "#7fb3e6",
                    e.synthetic()));
          }
        });
    return points;
  }
}
