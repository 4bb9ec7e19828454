package org.shuzhi.risk;

import java.util.List;
import java.util.Optional;

/** Major hazard installations for other modules: the demo loader and, later, the safety code. */
public interface MajorHazardRegistry {

  /**
   * Registers sites as one batch: all are validated and graded first, and nothing is stored if any
   * is invalid. For trusted loaders (demo); no data scope applies. Returns the new site ids.
   *
   * @param synthetic marks the sites as demo data
   */
  List<Long> register(List<MajorHazardSiteDraft> drafts, String actor, boolean synthetic);

  /** The gravest level among the enterprise's sites, empty when none is a major hazard. */
  Optional<MajorHazardLevel> highestLevel(String uscc);
}
