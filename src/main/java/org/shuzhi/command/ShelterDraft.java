package org.shuzhi.command;

import java.math.BigDecimal;

/**
 * A shelter (避灾安置场所) as entered; the town follows from the location, the capacity from the usable
 * area.
 *
 * @param name name
 * @param tier DB33/T 2158 tier
 * @param address address text
 * @param lon longitude, WGS-84
 * @param lat latitude, WGS-84
 * @param usableArea usable (effective) area in m² (> 0)
 * @param occupancy people sheltered now (≥ 0, with reserved places at most the capacity)
 * @param managerName manager
 * @param managerPhone manager's phone (shown masked); blank on an edit keeps the stored one
 * @param synthetic demo data
 */
public record ShelterDraft(
    String name,
    ShelterTier tier,
    String address,
    Double lon,
    Double lat,
    BigDecimal usableArea,
    Integer occupancy,
    String managerName,
    String managerPhone,
    Boolean synthetic) {

  /** Whether this is demo data (only trusted loaders set it). */
  public boolean demo() {
    return Boolean.TRUE.equals(synthetic);
  }

  /** The same record entered by a person: never demo data, whatever a client sent. */
  public ShelterDraft asReal() {
    return new ShelterDraft(
        name, tier, address, lon, lat, usableArea, occupancy, managerName, managerPhone, false);
  }
}
