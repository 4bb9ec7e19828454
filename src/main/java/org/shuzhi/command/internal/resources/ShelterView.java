package org.shuzhi.command.internal.resources;

import java.math.BigDecimal;
import java.time.Instant;
import org.shuzhi.command.ShelterTier;

/**
 * A shelter as shown.
 *
 * @param capacity floor(usable area ÷ m² per person)
 * @param free capacity − occupancy − reserved
 */
public record ShelterView(
    long id,
    String name,
    ShelterTier tier,
    String address,
    double lon,
    double lat,
    String townCode,
    String townName,
    BigDecimal usableArea,
    int capacity,
    int occupancy,
    int reserved,
    int free,
    String managerName,
    String managerPhoneMasked,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {}
