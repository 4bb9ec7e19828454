package org.shuzhi.command;

/**
 * What is known about an incident when its response level is chosen; null means not known.
 *
 * @param type the incident type (selects the plan)
 * @param deaths people dead
 * @param missing people missing (counted with the dead, see {@link TriggerMetric#DEATHS})
 * @param injuries people seriously injured or poisoned
 * @param peopleAffected people threatened or to be evacuated
 * @param alarmColour colour of the alarm or warning behind the incident
 */
public record IncidentFacts(
    IncidentType type,
    Integer deaths,
    Integer missing,
    Integer injuries,
    Integer peopleAffected,
    WarningColour alarmColour) {

  /** The count a trigger compares, or null when not known. */
  public Long count(TriggerMetric metric) {
    return switch (metric) {
      case DEATHS ->
          deaths == null && missing == null
              ? null
              : (long) (deaths == null ? 0 : deaths) + (missing == null ? 0 : missing);
      case INJURIES -> injuries == null ? null : injuries.longValue();
      case PEOPLE_AFFECTED -> peopleAffected == null ? null : peopleAffected.longValue();
      case ALARM_COLOUR -> null;
    };
  }
}
