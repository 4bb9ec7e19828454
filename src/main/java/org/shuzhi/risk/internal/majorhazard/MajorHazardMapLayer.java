package org.shuzhi.risk.internal.majorhazard;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.MajorHazardLevel;
import org.springframework.stereotype.Component;

/**
 * Major hazard installations on the one map, at their enterprise's location, coloured by level (一级
 * red, 二级 orange, 三级 yellow, 四级 blue); the map's category filter is the level. Sites whose units
 * are all below S = 1 are not shown: they are not major hazards.
 */
@Component
class MajorHazardMapLayer implements MapLayer {

  private final MajorHazardSites sites;
  private final EnterpriseDirectory enterprises;
  private final CurrentUsers users;

  MajorHazardMapLayer(MajorHazardSites sites, EnterpriseDirectory enterprises, CurrentUsers users) {
    this.sites = sites;
    this.enterprises = enterprises;
    this.users = users;
  }

  @Override
  public String id() {
    return "major-hazards";
  }

  @Override
  public String titleKey() {
    return "risk.mh.map.layer";
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public String linkTemplate() {
    return "/risk/major-hazards/{id}";
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    MajorHazardLevel level;
    try {
      level = SiteRows.level(filter.category());
    } catch (InvalidInputException notALevel) {
      // The category is another layer's (e.g. an industry code): a layer ignores what does not
      // apply to it (MapFilter).
      level = null;
    }
    List<MapPoint> points = new ArrayList<>();
    sites.forEach(
        filter.townCode(),
        level,
        users.require(),
        site -> {
          if (site.level() == null) {
            return;
          }
          enterprises
              .byUscc(site.uscc())
              .filter(e -> e.lon() != null && e.lat() != null)
              .ifPresent(
                  e ->
                      points.add(
                          new MapPoint(
                              site.id(),
                              e.lon(),
                              e.lat(),
                              site.name(),
                              site.level().colour(),
                              site.synthetic())));
        });
    return points;
  }
}
