package org.shuzhi.command.internal.resources;

import java.time.Instant;

/** A warehouse as shown: phone masked, town named, with its count of stock lines. */
public record WarehouseView(
    long id,
    String name,
    String address,
    double lon,
    double lat,
    String townCode,
    String townName,
    String managerName,
    String managerPhoneMasked,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {}
