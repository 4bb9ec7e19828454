package org.shuzhi.command.internal.plans;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.shuzhi.command.PlanDraft;
import org.shuzhi.command.PlanLevel;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.SupplyNeed;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.Trigger;
import org.shuzhi.command.TriggerMetric;
import org.shuzhi.command.WarningColour;
import org.shuzhi.platform.InvalidInputException.Violation;

/**
 * Rules of a plan: a type and a name; at least one level, each at most once, each with at least one
 * trigger; counts ≥ 1, a colour for colour triggers; tasks with assignee and title; supplies of
 * catalogue items in positive quantities, once each; team kinds once each. And the levels must be
 * ordered: for the same metric a more severe level needs a strictly higher threshold (or colour),
 * otherwise the less severe level could never be reached through it.
 */
final class PlanValidator {

  static final int MAX_TEXT = 500;
  static final int MAX_ITEMS = 100;

  private PlanValidator() {}

  static List<Violation> validate(PlanDraft d, Predicate<String> itemExists) {
    List<Violation> problems = new ArrayList<>();
    if (d == null) {
      problems.add(new Violation(null, "problem.validation.detail"));
      return problems;
    }
    if (d.type() == null) {
      problems.add(new Violation("type", "command.field.required"));
    }
    if (d.name() == null || d.name().isBlank()) {
      problems.add(new Violation("name", "command.field.required"));
    } else if (d.name().strip().length() > 200) {
      problems.add(new Violation("name", "command.field.tooLong", 200));
    }
    if (d.levels() == null || d.levels().isEmpty()) {
      problems.add(new Violation("levels", "command.plan.noLevels"));
      return problems;
    }
    Set<ResponseLevel> seen = new HashSet<>();
    Map<ResponseLevel, PlanLevel> byLevel = new EnumMap<>(ResponseLevel.class);
    for (PlanLevel l : d.levels()) {
      if (l == null || l.level() == null) {
        problems.add(new Violation("levels", "command.plan.levelMissing"));
        continue;
      }
      String n = l.level().numeral();
      if (!seen.add(l.level())) {
        problems.add(new Violation("levels", "command.plan.levelTwice", n));
        continue;
      }
      byLevel.put(l.level(), l);
      if (l.triggers().isEmpty()) {
        problems.add(new Violation("triggers", "command.plan.noTriggers", n));
      }
      for (Trigger t : l.triggers()) {
        if (t == null || t.metric() == null) {
          problems.add(new Violation("triggers", "command.plan.triggerMetricMissing", n));
        } else if (t.metric() == TriggerMetric.ALARM_COLOUR) {
          if (t.colour() == null) {
            problems.add(new Violation("triggers", "command.plan.triggerColourMissing", n));
          }
        } else if (t.threshold() == null || t.threshold() < 1) {
          problems.add(
              new Violation("triggers", "command.plan.triggerThresholdInvalid", n, t.metric()));
        }
      }
      if (l.tasks().size() > MAX_ITEMS || l.supplies().size() > MAX_ITEMS) {
        problems.add(new Violation("levels", "command.plan.tooMany", n, MAX_ITEMS));
      }
      for (PlanTask task : l.tasks()) {
        if (task == null || blank(task.assignee()) || blank(task.title())) {
          problems.add(new Violation("tasks", "command.plan.taskIncomplete", n));
        } else if (task.title().length() > MAX_TEXT || task.assignee().length() > 100) {
          problems.add(new Violation("tasks", "command.field.tooLong", MAX_TEXT));
        }
      }
      Set<String> items = new HashSet<>();
      for (SupplyNeed s : l.supplies()) {
        if (s == null || blank(s.itemCode())) {
          problems.add(new Violation("supplies", "command.plan.supplyIncomplete", n));
        } else if (!itemExists.test(s.itemCode())) {
          problems.add(new Violation("supplies", "command.item.unknown", s.itemCode()));
        } else if (s.quantity() <= 0) {
          problems.add(
              new Violation("supplies", "command.plan.supplyQuantityInvalid", n, s.itemCode()));
        } else if (!items.add(s.itemCode())) {
          problems.add(new Violation("supplies", "command.plan.supplyTwice", n, s.itemCode()));
        }
      }
      Set<TeamKind> kinds = new HashSet<>();
      for (TeamKind k : l.teamKinds()) {
        if (k == null) {
          problems.add(new Violation("teamKinds", "command.plan.teamKindMissing", n));
        } else if (!kinds.add(k)) {
          problems.add(new Violation("teamKinds", "command.plan.teamKindTwice", n, k));
        }
      }
    }
    if (problems.isEmpty()) {
      ordered(byLevel, problems);
    }
    return problems;
  }

  /** Same metric on two levels: the more severe level's threshold must be strictly higher. */
  private static void ordered(Map<ResponseLevel, PlanLevel> byLevel, List<Violation> problems) {
    List<PlanLevel> levels = new ArrayList<>(byLevel.values()); // EnumMap: Ⅰ first
    for (int i = 0; i < levels.size(); i++) {
      for (int j = i + 1; j < levels.size(); j++) {
        PlanLevel severe = levels.get(i);
        PlanLevel milder = levels.get(j);
        for (TriggerMetric m : TriggerMetric.values()) {
          Long severeMin = least(severe, m);
          Long milderMin = least(milder, m);
          if (severeMin != null && milderMin != null && severeMin <= milderMin) {
            problems.add(
                new Violation(
                    "triggers",
                    "command.plan.levelsOutOfOrder",
                    severe.level().numeral(),
                    milder.level().numeral(),
                    m));
          }
        }
      }
    }
  }

  /** The least threshold of the metric on the level (colours as their rank), or null. */
  private static Long least(PlanLevel level, TriggerMetric metric) {
    Long least = null;
    for (Trigger t : level.triggers()) {
      if (t.metric() != metric) {
        continue;
      }
      long v = metric == TriggerMetric.ALARM_COLOUR ? rank(t.colour()) : t.threshold();
      least = least == null ? v : Math.min(least, v);
    }
    return least;
  }

  private static long rank(WarningColour colour) {
    return colour.ordinal();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
