package org.shuzhi.command;

import java.time.LocalDate;

/**
 * A stock line: how much of an item a warehouse holds.
 *
 * @param warehouseId warehouse
 * @param itemCode catalogue item
 * @param quantity whole units held (≥ reserved)
 * @param minimumStock below this the line is listed as low stock
 * @param expiryDate earliest expiry of the units held, if they expire
 */
public record StockDraft(
    Long warehouseId, String itemCode, Long quantity, Long minimumStock, LocalDate expiryDate) {}
