package org.shuzhi.command.internal.resources;

import java.time.Instant;

/** A stored warehouse (phone in plaintext). */
record WarehouseRow(
    long id,
    String name,
    String address,
    double lon,
    double lat,
    String townCode,
    String managerName,
    String managerPhone,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {}
