package org.shuzhi.command.internal.incidents;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.command.IncidentRegistration;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.SupplyCover;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link IncidentRegistration}: acts as the named actor with the rights of emergency-bureau staff
 * (the loader is trusted, there is no signed-in user).
 */
@Service
class DefaultIncidentRegistration implements IncidentRegistration {

  private final IncidentService incidents;
  private final ResponsePlanner planner;
  private final ResponseConfirmation confirmation;

  DefaultIncidentRegistration(
      IncidentService incidents, ResponsePlanner planner, ResponseConfirmation confirmation) {
    this.incidents = incidents;
    this.planner = planner;
    this.confirmation = confirmation;
  }

  private static CurrentUser as(String actor) {
    return new CurrentUser(
        actor, Role.DEPARTMENT_STAFF, CommandRights.EMERGENCY, DataScope.district(), false);
  }

  @Override
  @Transactional
  public long reportIncident(
      IncidentType type,
      String title,
      String description,
      double lon,
      double lat,
      int injuries,
      int peopleAffected,
      boolean synthetic,
      String actor) {
    return incidents
        .report(
            new IncidentDraft(
                type,
                title,
                description,
                lon,
                lat,
                null,
                0,
                0,
                injuries,
                peopleAffected,
                AffectedArea.circle(1_000)),
            actor,
            synthetic)
        .id();
  }

  @Override
  @Transactional
  public int respondAsProposed(long incidentId, String actor) {
    CurrentUser user = as(actor);
    ResponseProposal p = planner.propose(incidentId, user);
    List<Long> teams =
        p.teams().stream()
            .filter(ResponseProposal.TeamOption::proposed)
            .map(t -> t.team().id())
            .toList();
    List<ResponseRequest.SupplyTake> supplies = new ArrayList<>();
    for (SupplyCover c : p.supplies()) {
      for (SupplyCover.Allocation a : c.allocations()) {
        if (a.take() > 0) {
          supplies.add(new ResponseRequest.SupplyTake(a.warehouseId(), c.itemCode(), a.take()));
        }
      }
    }
    List<ResponseRequest.ShelterTake> shelters =
        p.shelters().placements().stream()
            .filter(s -> s.assigned() > 0)
            .map(s -> new ResponseRequest.ShelterTake(s.shelterId(), s.assigned()))
            .toList();
    return confirmation
        .confirm(
            incidentId,
            new ResponseRequest(p.token(), p.level(), teams, supplies, shelters, p.tasks()),
            user)
        .dispatchIds()
        .size();
  }

  @Override
  @Transactional
  public void close(long incidentId, String summary, String cause, String lessons, String actor) {
    incidents.close(incidentId, new Review(summary, cause, lessons), actor);
  }
}
