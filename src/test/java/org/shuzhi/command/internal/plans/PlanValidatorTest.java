package org.shuzhi.command.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.command.TriggerMetric.DEATHS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.command.IncidentType;
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

class PlanValidatorTest {

  private static List<String> keys(PlanDraft draft) {
    return PlanValidator.validate(draft, code -> code.startsWith("KNOWN")).stream()
        .map(Violation::messageKey)
        .toList();
  }

  private static PlanDraft plan(PlanLevel... levels) {
    return new PlanDraft(IncidentType.FIRE, "火灾事故应急预案", List.of(levels), false);
  }

  private static PlanLevel level(ResponseLevel l, Trigger t) {
    return new PlanLevel(
        l,
        List.of(t),
        List.of(new PlanTask("EMERGENCY", "启动响应")),
        List.of(new SupplyNeed("KNOWN-1", 10)),
        List.of(TeamKind.FIRE));
  }

  @Test
  void aWellFormedPlanPasses() {
    assertThat(
            keys(
                plan(
                    level(ResponseLevel.LEVEL_I, Trigger.atLeast(DEATHS, 10)),
                    level(ResponseLevel.LEVEL_IV, Trigger.atLeast(DEATHS, 1)))))
        .isEmpty();
  }

  @Test
  void aMoreSevereLevelNeedsAStricterTrigger() {
    assertThat(
            keys(
                plan(
                    level(ResponseLevel.LEVEL_II, Trigger.atLeast(DEATHS, 3)),
                    level(ResponseLevel.LEVEL_III, Trigger.atLeast(DEATHS, 3)))))
        .containsExactly("command.plan.levelsOutOfOrder");
    assertThat(
            keys(
                plan(
                    level(ResponseLevel.LEVEL_I, Trigger.colourAtLeast(WarningColour.YELLOW)),
                    level(ResponseLevel.LEVEL_II, Trigger.colourAtLeast(WarningColour.ORANGE)))))
        .containsExactly("command.plan.levelsOutOfOrder");
  }

  @Test
  void levelsTriggersTasksAndSuppliesAreChecked() {
    assertThat(keys(plan())).containsExactly("command.plan.noLevels");
    assertThat(
            keys(
                plan(
                    level(ResponseLevel.LEVEL_I, Trigger.atLeast(DEATHS, 3)),
                    level(ResponseLevel.LEVEL_I, Trigger.atLeast(DEATHS, 5)))))
        .containsExactly("command.plan.levelTwice");
    assertThat(keys(plan(level(ResponseLevel.LEVEL_I, Trigger.atLeast(DEATHS, 0)))))
        .containsExactly("command.plan.triggerThresholdInvalid");
    assertThat(
            keys(
                plan(
                    level(
                        ResponseLevel.LEVEL_I,
                        new Trigger(TriggerMetric.ALARM_COLOUR, null, null)))))
        .containsExactly("command.plan.triggerColourMissing");
    PlanLevel bad =
        new PlanLevel(
            ResponseLevel.LEVEL_III,
            List.of(Trigger.atLeast(DEATHS, 3)),
            List.of(new PlanTask(" ", "x")),
            List.of(new SupplyNeed("UNKNOWN", 1), new SupplyNeed("KNOWN-2", 0)),
            List.of(TeamKind.FIRE, TeamKind.FIRE));
    assertThat(keys(plan(bad)))
        .containsExactlyInAnyOrder(
            "command.plan.taskIncomplete",
            "command.item.unknown",
            "command.plan.supplyQuantityInvalid",
            "command.plan.teamKindTwice");
    assertThat(
            keys(
                new PlanDraft(
                    null,
                    " ",
                    List.of(level(ResponseLevel.LEVEL_I, Trigger.atLeast(DEATHS, 1))),
                    false)))
        .containsExactlyInAnyOrder("command.field.required", "command.field.required");
  }
}
