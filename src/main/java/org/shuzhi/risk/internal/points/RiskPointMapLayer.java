package org.shuzhi.risk.internal.points;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.shuzhi.risk.RiskColour;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-colour map (四色分布图): risk points at their object's location, coloured by their current
 * colour (grey while not assessed). {@code category} filters by risk object kind.
 */
@Component
class RiskPointMapLayer implements MapLayer {

  private final RiskPointRepository points;
  private final CurrentUsers users;

  RiskPointMapLayer(RiskPointRepository points, CurrentUsers users) {
    this.points = points;
    this.users = users;
  }

  @Override
  public String id() {
    return "risk-points";
  }

  @Override
  public String titleKey() {
    return "risk.points.layer.points";
  }

  @Override
  public int order() {
    return 310;
  }

  @Override
  public String linkTemplate() {
    return "/risk/points/{id}";
  }

  @Override
  public boolean shownByDefault() {
    return false;
  }

  @Override
  @Transactional(readOnly = true)
  public List<MapPoint> points(MapFilter filter) {
    List<MapPoint> result = new ArrayList<>();
    var kind = RiskObjectMapLayer.kind(filter.category());
    if (filter.category() != null && kind == null) {
      return result;
    }
    points.forEachOnMap(
        new MapFilter(filter.townCode(), kind == null ? null : kind.name()),
        users.require().scope(),
        p ->
            result.add(
                new MapPoint(
                    p.id(),
                    p.lon(),
                    p.lat(),
                    p.name(),
                    p.colour() == null ? RiskColour.UNASSESSED_CSS : p.colour().css(),
                    p.synthetic())));
    return result;
  }
}
