package org.shuzhi.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A validated enterprise record as stored (coordinates WGS-84, land area m²). */
record Enterprise(
    Long id,
    String uscc,
    String name,
    String legalRepresentative,
    String contactPhone,
    String industryCode,
    boolean aboveScale,
    String townCode,
    Long gridId,
    String address,
    Double lon,
    Double lat,
    BigDecimal landAreaM2,
    Integer employees,
    boolean synthetic,
    Instant updatedAt,
    String updatedBy,
    int version) {

  /** 1 亩 = 10000/15 m² (exactly 666.67 m² to two places). */
  static final BigDecimal M2_PER_MU =
      new BigDecimal("10000").divide(new BigDecimal("15"), 10, RoundingMode.HALF_UP);

  Enterprise withContactPhone(String phone) {
    return new Enterprise(
        id,
        uscc,
        name,
        legalRepresentative,
        phone,
        industryCode,
        aboveScale,
        townCode,
        gridId,
        address,
        lon,
        lat,
        landAreaM2,
        employees,
        synthetic,
        updatedAt,
        updatedBy,
        version);
  }

  BigDecimal landAreaMu() {
    return landAreaM2 == null ? null : landAreaM2.divide(M2_PER_MU, 2, RoundingMode.HALF_UP);
  }
}
