package org.shuzhi.command;

import java.util.Collection;
import java.util.List;
import org.shuzhi.core.GeoPoint;

/**
 * The questions a response asks of the resources, district-wide (a response crosses towns).
 *
 * <p>Distances are great-circle (haversine) kilometres from the incident. Travel time is an
 * estimate: road distance = great-circle × {@code shuzhi.command.travel.road-factor} (default 1.3,
 * a typical detour factor of a road network), at {@code shuzhi.command.travel.speed-kmh} (default
 * 40 km/h, urban emergency driving), rounded up to whole minutes.
 */
public interface ResourceQueries {

  /** On-duty teams of the kinds (all kinds when empty), nearest first, at most {@code limit}. */
  List<NearbyTeam> nearestTeams(GeoPoint from, Collection<TeamKind> kinds, int limit);

  /**
   * Per need, the nearest warehouses' available quantities (quantity − reserved) taken nearest
   * first until the need is covered; what remains is the shortfall.
   */
  List<SupplyCover> coverSupplies(GeoPoint from, List<SupplyNeed> needs);

  /**
   * Places people in shelters nearest first, each up to its free capacity (capacity − occupancy −
   * reserved); people left over are the shortfall.
   */
  ShelterAssignment assignShelters(GeoPoint from, int people);

  /** Who is on duty now for the department (e.g. EMERGENCY), leaders first. */
  List<DutyPerson> onDutyForDepartment(String department);

  /** Who is on duty now for the town (NBS 9-digit code), leaders first. */
  List<DutyPerson> onDutyForTown(String townCode);
}
