package org.shuzhi.risk.internal.majorhazard;

import java.time.Instant;
import java.util.List;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardSiteDraft;

/**
 * A stored site.
 *
 * @param townCode the enterprise's town when the site was last written
 * @param level the gravest unit level at the last calculation, null when no unit is a major hazard
 * @param gradedWith code of the catalogue version of the last calculation
 * @param units units and substances as entered (empty in list rows)
 */
record MajorHazardSite(
    long id,
    String uscc,
    String name,
    String townCode,
    int exposedPopulation,
    MajorHazardLevel level,
    int unitCount,
    boolean synthetic,
    Instant updatedAt,
    String updatedBy,
    int version,
    String gradedWith,
    List<MajorHazardSiteDraft.Unit> units) {

  MajorHazardSiteDraft draft() {
    return new MajorHazardSiteDraft(uscc, name, exposedPopulation, units);
  }
}
