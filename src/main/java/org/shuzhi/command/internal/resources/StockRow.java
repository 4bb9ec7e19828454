package org.shuzhi.command.internal.resources;

import java.time.Instant;
import java.time.LocalDate;

/** A stored stock line with its warehouse's and item's names. */
record StockRow(
    long id,
    long warehouseId,
    String warehouseName,
    String townCode,
    String itemCode,
    String itemName,
    String unit,
    long quantity,
    long reserved,
    long minimumStock,
    LocalDate expiryDate,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {

  long available() {
    return quantity - reserved;
  }
}
