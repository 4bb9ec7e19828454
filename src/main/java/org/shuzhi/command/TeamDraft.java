package org.shuzhi.command;

import java.util.List;

/**
 * A rescue team as entered (form, API, import row); validated when saved. The town follows from the
 * location.
 *
 * @param name team name
 * @param kind team kind
 * @param headcount members (> 0)
 * @param equipment main equipment, one entry per item
 * @param address address text
 * @param lon longitude, WGS-84
 * @param lat latitude, WGS-84
 * @param contactName contact person
 * @param contactPhone contact phone (stored, shown masked); blank on an edit keeps the stored one
 * @param dutyState on-duty state
 * @param synthetic demo data
 */
public record TeamDraft(
    String name,
    TeamKind kind,
    Integer headcount,
    List<String> equipment,
    String address,
    Double lon,
    Double lat,
    String contactName,
    String contactPhone,
    DutyState dutyState,
    Boolean synthetic) {

  /** Whether this is demo data (only trusted loaders set it). */
  public boolean demo() {
    return Boolean.TRUE.equals(synthetic);
  }

  /** The same record entered by a person: never demo data, whatever a client sent. */
  public TeamDraft asReal() {
    return new TeamDraft(
        name,
        kind,
        headcount,
        equipment,
        address,
        lon,
        lat,
        contactName,
        contactPhone,
        dutyState,
        false);
  }
}
