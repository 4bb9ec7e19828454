package org.shuzhi.risk.internal.majorhazard;

import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.MajorHazardLevel;
import org.springframework.stereotype.Component;

/** List rows of sites with the enterprise's name and the town's name, and the list's filters. */
@Component
class SiteRows {

  static final int MAX_PAGE_SIZE = 200;

  /** A list row for the page. */
  record Row(
      long id,
      String uscc,
      String enterpriseName,
      String name,
      String townCode,
      String townName,
      int exposedPopulation,
      MajorHazardLevel level,
      int unitCount,
      boolean synthetic) {}

  private final EnterpriseDirectory enterprises;
  private final AreaDirectory areas;

  SiteRows(EnterpriseDirectory enterprises, AreaDirectory areas) {
    this.enterprises = enterprises;
    this.areas = areas;
  }

  MajorHazardApiController.SiteRow row(MajorHazardSite s) {
    return new MajorHazardApiController.SiteRow(
        s.id(),
        s.uscc(),
        enterprises.byUscc(s.uscc()).map(EnterpriseSummary::name).orElse(null),
        s.name(),
        s.townCode(),
        s.exposedPopulation(),
        s.level(),
        s.unitCount(),
        s.synthetic());
  }

  Row pageRow(MajorHazardSite s) {
    return new Row(
        s.id(),
        s.uscc(),
        enterprises.byUscc(s.uscc()).map(EnterpriseSummary::name).orElse(s.uscc()),
        s.name(),
        s.townCode(),
        townName(s.townCode()),
        s.exposedPopulation(),
        s.level(),
        s.unitCount(),
        s.synthetic());
  }

  String townName(String code) {
    return areas.town(code).map(Town::name).orElse(code);
  }

  /** The list filters; an unknown level is refused, page and size are clamped. */
  static MajorHazardSiteRepository.Query query(String town, String level, int page, int size) {
    return new MajorHazardSiteRepository.Query(
        town == null || town.isBlank() ? null : town.strip(),
        level(level),
        Math.max(0, page),
        Math.min(Math.max(1, size), MAX_PAGE_SIZE));
  }

  static MajorHazardLevel level(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return MajorHazardLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("level", "risk.mh.error.levelUnknown", text);
    }
  }
}
