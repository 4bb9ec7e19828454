package org.shuzhi.risk.internal.points;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.risk.RiskCensus;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskObjectDraft;
import org.shuzhi.risk.RiskPointAssessmentDraft;
import org.shuzhi.risk.RiskPointAssessmentView;
import org.shuzhi.risk.RiskPointDraft;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The census API for other modules and the demo loader (no data scope; named actor). */
@Component
class DefaultRiskCensus implements RiskCensus {

  private final RiskObjectService objects;
  private final RiskPointService points;
  private final RiskObjectRepository repository;

  DefaultRiskCensus(
      RiskObjectService objects, RiskPointService points, RiskObjectRepository repository) {
    this.objects = objects;
    this.points = points;
    this.repository = repository;
  }

  @Override
  public long register(RiskObjectDraft draft, String actor) {
    return objects.register(draft, actor);
  }

  @Override
  public long addPoint(long riskObjectId, RiskPointDraft draft, String actor) {
    return points.addTrusted(riskObjectId, draft, actor);
  }

  @Override
  public RiskPointAssessmentView assess(
      long riskPointId, RiskPointAssessmentDraft draft, String actor) {
    return points.assessTrusted(riskPointId, draft, actor);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RiskColour> colourOfEnterprise(String uscc) {
    return uscc == null ? Optional.empty() : repository.highestColourOfEnterprise(uscc);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, RiskColour> coloursOfEnterprises(Collection<String> usccs) {
    return repository.highestColoursOfEnterprises(usccs);
  }
}
