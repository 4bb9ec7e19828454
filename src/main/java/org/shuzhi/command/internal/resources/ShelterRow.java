package org.shuzhi.command.internal.resources;

import java.math.BigDecimal;
import java.time.Instant;
import org.shuzhi.command.ShelterTier;

/** A stored shelter (phone in plaintext). */
record ShelterRow(
    long id,
    String name,
    ShelterTier tier,
    String address,
    double lon,
    double lat,
    String townCode,
    BigDecimal usableArea,
    int occupancy,
    int reserved,
    String managerName,
    String managerPhone,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {}
