package org.shuzhi.command.internal.incidents;

import java.util.List;
import org.shuzhi.command.LevelDecision;
import org.shuzhi.command.NearbyTeam;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.ShelterAssignment;
import org.shuzhi.command.SupplyCover;

/**
 * What the one-click response proposes for an incident. Nothing is held until the officer confirms;
 * the token makes the confirmation idempotent.
 *
 * @param token the proposal's id, sent back with the confirmation
 * @param incidentId the incident
 * @param planName the plan for the incident's type, or null when none is written
 * @param currentLevel the incident's level now
 * @param level the proposed level: the plan's decision, else the current level
 * @param decision why: the trigger that matched and the observed value, or null
 * @param teams on-duty teams of the plan's kinds, nearest first per kind; the nearest of each kind
 *     is proposed
 * @param supplies the plan's supplies against the nearest warehouses' stock, with shortfall
 * @param shelters the people affected placed nearest-first within free capacity, with shortfall
 * @param enterprise the enterprise the incident concerns (name), or null
 * @param contacts the people notified by name: on duty now for the incident's town, the emergency
 *     bureau and the tasks' departments, and the enterprise's contact (phones masked; in the app
 *     when the roster names an account, else SMS)
 * @param recipients the groups also notified (roles, departments with their webhooks)
 * @param tasks the plan's checklist at the proposed level
 */
public record ResponseProposal(
    String token,
    long incidentId,
    String planName,
    ResponseLevel currentLevel,
    ResponseLevel level,
    LevelDecision decision,
    List<TeamOption> teams,
    List<SupplyCover> supplies,
    ShelterAssignment shelters,
    String enterprise,
    List<ResponseContact> contacts,
    List<String> recipients,
    List<PlanTask> tasks) {

  /**
   * @param team the team, its distance and travel time
   * @param proposed whether it is checked in the proposal
   */
  public record TeamOption(NearbyTeam team, boolean proposed) {}
}
