package org.shuzhi.command;

/**
 * One task of a level's checklist.
 *
 * @param assignee who does it: a department code (e.g. EMERGENCY) or a role such as TOWN
 * @param title what to do
 */
public record PlanTask(String assignee, String title) {}
