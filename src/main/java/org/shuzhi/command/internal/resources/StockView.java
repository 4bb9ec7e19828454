package org.shuzhi.command.internal.resources;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stock line as shown, with its warnings.
 *
 * @param available quantity − reserved
 * @param low available below the minimum stock
 * @param expiring expires within the warning period (not yet expired)
 * @param expired the expiry date has passed
 */
public record StockView(
    long id,
    long warehouseId,
    String warehouseName,
    String townCode,
    String townName,
    String itemCode,
    String itemName,
    String unit,
    long quantity,
    long reserved,
    long available,
    long minimumStock,
    LocalDate expiryDate,
    boolean low,
    boolean expiring,
    boolean expired,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {}
