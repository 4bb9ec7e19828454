package org.shuzhi.command.internal.incidents;

/**
 * Supplies an open incident still holds, as the closing form lists them for entering what was used.
 *
 * @param reservationId the reservation
 * @param itemName the item
 * @param unit its unit
 * @param warehouseName where it is held
 * @param reserved units held
 */
public record HeldSupply(
    long reservationId, String itemName, String unit, String warehouseName, long reserved) {}
