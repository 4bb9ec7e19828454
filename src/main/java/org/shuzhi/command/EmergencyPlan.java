package org.shuzhi.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An emergency plan (应急预案) for one incident type, with its levels most severe first.
 *
 * @param id plan id
 * @param type the incident type it covers
 * @param name the plan's title
 * @param levels its levels, ordered Ⅰ to Ⅳ
 * @param synthetic demo data
 * @param version change counter (optimistic locking)
 * @param updatedAt last change
 * @param updatedBy who changed it last
 */
public record EmergencyPlan(
    long id,
    IncidentType type,
    String name,
    List<PlanLevel> levels,
    boolean synthetic,
    int version,
    Instant updatedAt,
    String updatedBy) {

  public Optional<PlanLevel> level(ResponseLevel level) {
    return levels.stream().filter(l -> l.level() == level).findFirst();
  }
}
