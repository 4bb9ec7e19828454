package org.shuzhi.risk;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The risk census for other modules and trusted loaders (the demo district). These methods apply no
 * data scope: they take the actor's name for the audit trail instead of a signed-in user.
 */
public interface RiskCensus {

  /** Validates and stores a risk object; returns its id. Invalid drafts throw, nothing stored. */
  long register(RiskObjectDraft draft, String actor);

  /** Adds a risk point to a risk object; returns its id. */
  long addPoint(long riskObjectId, RiskPointDraft draft, String actor);

  /**
   * Appends an assessment to a risk point and updates the point's and object's colours. Publishes
   * no {@link EnterpriseRiskChanged}: trusted loaders recompute what depends on it in bulk.
   */
  RiskPointAssessmentView assess(long riskPointId, RiskPointAssessmentDraft draft, String actor);

  /** The highest current colour of the risk objects linked to an enterprise (for safety codes). */
  Optional<RiskColour> colourOfEnterprise(String uscc);

  /**
   * The highest current colour per enterprise, for many enterprises in one query (bulk readers such
   * as the supervision-tier refresh). Enterprises without an assessed risk object are absent.
   */
  Map<String, RiskColour> coloursOfEnterprises(Collection<String> usccs);
}
