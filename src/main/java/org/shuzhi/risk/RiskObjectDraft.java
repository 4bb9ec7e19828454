package org.shuzhi.risk;

import java.util.List;
import org.shuzhi.core.CoordinateSystem;

/**
 * A risk object as entered (form, API, Excel row or demo loader), before validation. It is linked
 * to an enterprise (USCC) or has a location of its own, or both; coordinates in the named system
 * are stored as WGS-84, and town and grid are derived from the location.
 */
public record RiskObjectDraft(
    String name,
    RiskObjectKind kind,
    String enterpriseUscc,
    String address,
    Double lon,
    Double lat,
    CoordinateSystem coordinateSystem,
    List<RiskResponsiblePerson> responsiblePersons,
    Boolean synthetic) {

  public RiskObjectDraft {
    responsiblePersons = responsiblePersons == null ? List.of() : List.copyOf(responsiblePersons);
  }

  public boolean isSynthetic() {
    return Boolean.TRUE.equals(synthetic);
  }

  /** The same draft marked as real data (what users and integrations submit). */
  public RiskObjectDraft asReal() {
    return new RiskObjectDraft(
        name, kind, enterpriseUscc, address, lon, lat, coordinateSystem, responsiblePersons, false);
  }
}
