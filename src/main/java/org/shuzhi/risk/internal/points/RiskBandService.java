package org.shuzhi.risk.internal.points;

import java.util.List;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.risk.RiskBand;
import org.shuzhi.risk.RiskBands;
import org.shuzhi.risk.RiskPointMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The colour bands as reference data: read by everyone, changed by the system administrator only (a
 * system setting, 三员分立), each change a new version with an audit row. Existing assessments keep the
 * colour (and band version) they were given; new ones use the new bands.
 */
@Service
class RiskBandService {

  private final RiskBandRepository repository;
  private final RiskAudit audit;

  RiskBandService(RiskBandRepository repository, RiskAudit audit) {
    this.repository = repository;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public RiskBands current(RiskPointMethod method) {
    return repository.current(method);
  }

  @Transactional
  public RiskBands replace(RiskPointMethod method, List<RiskBand> bands, CurrentUser user) {
    if (user.role() != Role.SYSTEM_ADMIN) {
      throw new AccessDeniedException("bands are a system setting");
    }
    RiskBands before = repository.current(method);
    RiskBands after = repository.addVersion(new RiskBands(method, 0, bands), user.username());
    audit.bandsChanged(before, after);
    return after;
  }
}
