package org.shuzhi.command;

import java.util.List;

/**
 * An emergency plan as entered; validated when saved (see {@link EmergencyPlans}).
 *
 * @param type the incident type (one plan per type)
 * @param name the plan's title
 * @param levels one entry per response level used
 * @param synthetic demo data
 */
public record PlanDraft(IncidentType type, String name, List<PlanLevel> levels, Boolean synthetic) {

  /** Whether this is demo data (only trusted loaders set it). */
  public boolean demo() {
    return Boolean.TRUE.equals(synthetic);
  }

  /** The same plan entered by a person: never demo data, whatever a client sent. */
  public PlanDraft asReal() {
    return new PlanDraft(type, name, levels, false);
  }
}
