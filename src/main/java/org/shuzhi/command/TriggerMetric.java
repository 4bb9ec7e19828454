package org.shuzhi.command;

/**
 * What a plan trigger compares. Counts hold when the fact is at least the threshold; {@code
 * ALARM_COLOUR} when the alarm's colour is at least the trigger's colour.
 */
public enum TriggerMetric {
  /**
   * Deaths including the missing (死亡（含失踪）), as the national production-safety accident plan
   * (国家安全生产事故灾难应急预案) counts them.
   */
  DEATHS,
  /** Seriously injured or acutely poisoned (重伤/急性工业中毒). */
  INJURIES,
  /** People affected: threatened, to be evacuated or relocated (受威胁/需转移安置). */
  PEOPLE_AFFECTED,
  /** Colour of the alarm or warning that raised the incident. */
  ALARM_COLOUR
}
