package org.shuzhi.risk;

import java.util.Optional;

/**
 * Objects of the risk module that other modules attach things to (monitoring devices watch a risk
 * object or a major-hazard unit). No data scope: callers check their own.
 */
public interface RiskTargets {

  /** A risk object of the census. */
  Optional<RiskTarget> riskObject(long id);

  /** A production or storage unit of a major-hazard installation; named "site · unit". */
  Optional<RiskTarget> majorHazardUnit(long unitId);

  /**
   * @param id the object's id
   * @param name display name
   * @param enterpriseUscc its enterprise, or null
   * @param townCode NBS 9-digit town code
   * @param lon WGS-84 longitude, or null when it has no location
   * @param lat WGS-84 latitude, or null
   */
  record RiskTarget(
      long id, String name, String enterpriseUscc, String townCode, Double lon, Double lat) {}
}
