package org.shuzhi.risk.internal.safetycode;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.springframework.stereotype.Component;

/**
 * Enterprises on the one map coloured by safety code, within the user's scope. The map's {@code
 * category} filter is a colour name here (RED, ORANGE, YELLOW, BLUE). Off by default: at district
 * level it is one point per enterprise.
 */
@Component
class SafetyCodeMapLayer implements MapLayer {

  static final int MAX_POINTS = 20_000;

  private final SafetyCodeService service;
  private final CurrentUsers users;

  SafetyCodeMapLayer(SafetyCodeService service, CurrentUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public String id() {
    return "safety-codes";
  }

  @Override
  public String titleKey() {
    return "risk.sc.layer";
  }

  @Override
  public int order() {
    return 320;
  }

  @Override
  public String linkTemplate() {
    return "/risk/safety-codes/{id}";
  }

  @Override
  public boolean shownByDefault() {
    return false;
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    List<MapPoint> points = new ArrayList<>();
    var colour = colourOrSkip(filter.category());
    if (filter.category() != null && colour == null) {
      return points;
    }
    var page = service.search(filter.townCode(), colour, users.require(), 0, MAX_POINTS);
    for (SafetyCodeView v : page.items()) {
      if (v.lon() != null && v.lat() != null) {
        points.add(
            new MapPoint(
                v.id(), v.lon(), v.lat(), v.enterpriseName(), v.colour().css(), v.synthetic()));
      }
    }
    return points;
  }

  private static org.shuzhi.risk.RiskColour colourOrSkip(String category) {
    try {
      return SafetyCodePageController.colour(category);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
