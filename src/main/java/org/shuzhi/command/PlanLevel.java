package org.shuzhi.command;

import java.util.List;

/**
 * One response level of a plan.
 *
 * @param level the level
 * @param triggers conditions, any of which starts this level
 * @param tasks the checklist, per department or role
 * @param supplies supplies to bring (catalogue item × quantity)
 * @param teamKinds the rescue team kinds to send
 */
public record PlanLevel(
    ResponseLevel level,
    List<Trigger> triggers,
    List<PlanTask> tasks,
    List<SupplyNeed> supplies,
    List<TeamKind> teamKinds) {

  public PlanLevel {
    triggers = triggers == null ? List.of() : List.copyOf(triggers);
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    supplies = supplies == null ? List.of() : List.copyOf(supplies);
    teamKinds = teamKinds == null ? List.of() : List.copyOf(teamKinds);
  }
}
