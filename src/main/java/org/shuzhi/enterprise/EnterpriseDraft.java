package org.shuzhi.enterprise;

import java.math.BigDecimal;
import org.shuzhi.core.CoordinateSystem;

/**
 * An enterprise as entered (form, API or Excel row), before validation. Land area may be given in
 * mu or m² (one is enough); coordinates in the named system are stored as WGS-84.
 */
public record EnterpriseDraft(
    String uscc,
    String name,
    String legalRepresentative,
    String contactPhone,
    String industryCode,
    Boolean aboveScale,
    String townCode,
    String address,
    Double lon,
    Double lat,
    CoordinateSystem coordinateSystem,
    BigDecimal landAreaMu,
    BigDecimal landAreaM2,
    Integer employees,
    Boolean synthetic) {

  /** Demo data; null (as from the API, which cannot set it) means real. */
  public boolean isSynthetic() {
    return Boolean.TRUE.equals(synthetic);
  }

  /** The same draft marked as real data (what users and integrations submit). */
  public EnterpriseDraft asReal() {
    return new EnterpriseDraft(
        uscc,
        name,
        legalRepresentative,
        contactPhone,
        industryCode,
        aboveScale,
        townCode,
        address,
        lon,
        lat,
        coordinateSystem,
        landAreaMu,
        landAreaM2,
        employees,
        false);
  }
}
