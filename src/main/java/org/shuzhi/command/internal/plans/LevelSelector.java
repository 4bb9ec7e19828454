package org.shuzhi.command.internal.plans;

import java.util.Comparator;
import java.util.Optional;
import org.shuzhi.command.EmergencyPlan;
import org.shuzhi.command.IncidentFacts;
import org.shuzhi.command.LevelDecision;
import org.shuzhi.command.PlanLevel;
import org.shuzhi.command.Trigger;
import org.shuzhi.command.TriggerMetric;

/**
 * Picks the response level from a plan and the facts: the levels are tried from Ⅰ (most severe) to
 * Ⅳ and the first with a trigger that holds wins, so when the facts meet several levels the most
 * severe applies (国家安全生产事故灾难应急预案: "符合下列情形之一的" per level, the higher level when several apply). The
 * reason is the first trigger of that level that holds.
 */
final class LevelSelector {

  private LevelSelector() {}

  static Optional<LevelDecision> decide(EmergencyPlan plan, IncidentFacts facts) {
    return plan.levels().stream()
        .sorted(Comparator.comparing(PlanLevel::level))
        .flatMap(
            level ->
                level.triggers().stream()
                    .filter(t -> t.holds(facts))
                    .limit(1)
                    .map(t -> new LevelDecision(plan.id(), level.level(), t, observed(t, facts))))
        .findFirst();
  }

  private static String observed(Trigger t, IncidentFacts facts) {
    return t.metric() == TriggerMetric.ALARM_COLOUR
        ? facts.alarmColour().name()
        : String.valueOf(facts.count(t.metric()));
  }
}
