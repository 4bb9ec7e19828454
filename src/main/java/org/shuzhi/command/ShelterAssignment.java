package org.shuzhi.command;

import java.util.List;

/**
 * People to shelter, placed nearest-first without exceeding any shelter's free capacity.
 *
 * @param people people to shelter
 * @param placements shelters used, nearest first
 * @param shortfall people without a place (0 when everyone fits)
 */
public record ShelterAssignment(int people, List<Placement> placements, int shortfall) {

  /**
   * @param shelterId shelter
   * @param name its name
   * @param tier its tier
   * @param distanceKm great-circle distance
   * @param travelMinutes estimated travel time
   * @param capacity floor(usable area ÷ m² per person)
   * @param free capacity − occupancy − reserved places
   * @param assigned people placed here (≤ free)
   */
  public record Placement(
      long shelterId,
      String name,
      ShelterTier tier,
      double distanceKm,
      int travelMinutes,
      int capacity,
      int free,
      int assigned) {}
}
