package org.shuzhi.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An enterprise as shown to a user: the contact phone is always masked here; plaintext needs the
 * audited reveal.
 */
public record EnterpriseView(
    long id,
    String uscc,
    String name,
    String legalRepresentative,
    String contactPhoneMasked,
    boolean hasContactPhone,
    String industryCode,
    boolean aboveScale,
    String townCode,
    String townName,
    Long gridId,
    String address,
    Double lon,
    Double lat,
    BigDecimal landAreaM2,
    BigDecimal landAreaMu,
    Integer employees,
    boolean synthetic,
    Instant updatedAt,
    String updatedBy,
    int version) {}
