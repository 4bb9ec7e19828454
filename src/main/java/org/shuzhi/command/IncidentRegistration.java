package org.shuzhi.command;

/**
 * Trusted opening, response and closing of incidents (the demo loader), without a signed-in user:
 * validated, on the timeline, in the history and the audit trail as the named actor.
 */
public interface IncidentRegistration {

  /**
   * Reports an incident (WGS-84 location inside the district) at the level its plan's triggers give
   * (Ⅳ when none holds); returns its id.
   */
  long reportIncident(
      IncidentType type,
      String title,
      String description,
      double lon,
      double lat,
      int injuries,
      int peopleAffected,
      boolean synthetic,
      String actor);

  /** Confirms the one-click response exactly as proposed; returns the number of teams sent. */
  int respondAsProposed(long incidentId, String actor);

  /** Closes the incident with its after-action review. */
  void close(long incidentId, String summary, String cause, String lessons, String actor);
}
