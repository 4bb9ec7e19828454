package org.shuzhi.command;

/**
 * An on-duty team near a point.
 *
 * @param id team id
 * @param name team name
 * @param kind team kind
 * @param headcount members
 * @param townCode town of its base
 * @param lon base longitude, WGS-84
 * @param lat base latitude, WGS-84
 * @param distanceKm great-circle distance in km
 * @param travelMinutes estimated travel time (see {@link ResourceQueries})
 * @param contactName contact person
 * @param contactPhoneMasked contact phone, masked
 */
public record NearbyTeam(
    long id,
    String name,
    TeamKind kind,
    int headcount,
    String townCode,
    double lon,
    double lat,
    double distanceKm,
    int travelMinutes,
    String contactName,
    String contactPhoneMasked) {}
