package org.shuzhi.risk;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Major hazard installations for other modules: the demo loader, inspections, safety codes. */
public interface MajorHazardRegistry {

  /**
   * Registers sites as one batch: all are validated and graded first, and nothing is stored if any
   * is invalid. For trusted loaders (demo); no data scope applies, and no {@link
   * EnterpriseRiskChanged} is published (the loader recomputes in bulk). Returns the new site ids.
   *
   * @param synthetic marks the sites as demo data
   */
  List<Long> register(List<MajorHazardSiteDraft> drafts, String actor, boolean synthetic);

  /** The gravest level among the enterprise's sites, empty when none is a major hazard. */
  Optional<MajorHazardLevel> highestLevel(String uscc);

  /**
   * The gravest level per enterprise, for many enterprises in one query (bulk readers such as the
   * supervision-tier refresh). Enterprises without a graded major hazard site are absent.
   */
  Map<String, MajorHazardLevel> highestLevels(Collection<String> usccs);
}
