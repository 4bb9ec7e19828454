package org.shuzhi.command;

/**
 * A supplies warehouse (物资仓库) as entered; the town follows from the location.
 *
 * @param name unique name
 * @param address address text
 * @param lon longitude, WGS-84
 * @param lat latitude, WGS-84
 * @param managerName manager
 * @param managerPhone manager's phone (shown masked); blank on an edit keeps the stored one
 * @param synthetic demo data
 */
public record WarehouseDraft(
    String name,
    String address,
    Double lon,
    Double lat,
    String managerName,
    String managerPhone,
    Boolean synthetic) {

  /** Whether this is demo data (only trusted loaders set it). */
  public boolean demo() {
    return Boolean.TRUE.equals(synthetic);
  }

  /** The same record entered by a person: never demo data, whatever a client sent. */
  public WarehouseDraft asReal() {
    return new WarehouseDraft(name, address, lon, lat, managerName, managerPhone, false);
  }
}
