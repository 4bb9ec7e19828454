package org.shuzhi.command;

/**
 * The response level a plan's triggers give for an incident's facts, and why.
 *
 * @param planId the plan that decided
 * @param level the most severe level with a trigger that holds
 * @param trigger the trigger that matched (the first one listed for that level)
 * @param observed the count the trigger compared, or the colour's name for ALARM_COLOUR
 */
public record LevelDecision(long planId, ResponseLevel level, Trigger trigger, String observed) {}
