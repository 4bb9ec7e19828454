package org.shuzhi.command;

/**
 * One trigger condition of a response level: {@code metric ≥ threshold}, or for {@link
 * TriggerMetric#ALARM_COLOUR} {@code colour ≥ colour}. A level starts when any of its triggers
 * holds (the national plans list their conditions with "or").
 *
 * @param metric what is compared
 * @param threshold the least count that triggers (counts only)
 * @param colour the least colour that triggers (ALARM_COLOUR only)
 */
public record Trigger(TriggerMetric metric, Long threshold, WarningColour colour) {

  public static Trigger atLeast(TriggerMetric metric, long threshold) {
    return new Trigger(metric, threshold, null);
  }

  public static Trigger colourAtLeast(WarningColour colour) {
    return new Trigger(TriggerMetric.ALARM_COLOUR, null, colour);
  }

  /** Whether the facts meet this condition; a fact not known never meets it. */
  public boolean holds(IncidentFacts facts) {
    if (metric == TriggerMetric.ALARM_COLOUR) {
      return colour != null && facts.alarmColour() != null && facts.alarmColour().atLeast(colour);
    }
    Long value = facts.count(metric);
    return threshold != null && value != null && value >= threshold;
  }
}
