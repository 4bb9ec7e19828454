package org.shuzhi.command;

import java.util.List;

/**
 * How a supply need is covered from the nearest warehouses.
 *
 * @param itemCode catalogue item
 * @param itemName its name (null for an item not in the catalogue)
 * @param unit its unit
 * @param needed units needed
 * @param allocations what to take from which warehouse, nearest first
 * @param shortfall units no warehouse can give (0 when covered)
 */
public record SupplyCover(
    String itemCode,
    String itemName,
    String unit,
    long needed,
    List<Allocation> allocations,
    long shortfall) {

  /**
   * @param warehouseId warehouse
   * @param warehouseName its name
   * @param distanceKm great-circle distance from the incident
   * @param travelMinutes estimated travel time
   * @param available quantity − reserved in that warehouse now
   * @param take units proposed to take (≤ available)
   */
  public record Allocation(
      long warehouseId,
      String warehouseName,
      double distanceKm,
      int travelMinutes,
      long available,
      long take) {}
}
