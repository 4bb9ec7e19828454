package org.shuzhi.command;

import java.util.Optional;

/** Emergency plans for other modules and the one-click response. */
public interface EmergencyPlans {

  /** The plan for an incident type, if one is written. */
  Optional<EmergencyPlan> forType(IncidentType type);

  /**
   * The response level for the facts: the most severe level of the type's plan with a trigger that
   * holds, with the trigger as the reason. Empty when there is no plan or no trigger holds (the
   * officer then chooses by hand).
   */
  Optional<LevelDecision> decide(IncidentFacts facts);
}
