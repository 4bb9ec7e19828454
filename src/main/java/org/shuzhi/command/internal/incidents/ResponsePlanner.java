package org.shuzhi.command.internal.incidents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shuzhi.command.EmergencyPlan;
import org.shuzhi.command.EmergencyPlans;
import org.shuzhi.command.LevelDecision;
import org.shuzhi.command.NearbyTeam;
import org.shuzhi.command.PlanLevel;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResourceQueries;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.ShelterAssignment;
import org.shuzhi.command.SupplyCover;
import org.shuzhi.command.TeamKind;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.notification.Recipient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes the one-click response for an incident (reads only; nothing is held): the level from the
 * plan's triggers with the reason, per team kind of that level the nearest on-duty teams (the
 * nearest proposed), the level's supplies covered from the nearest warehouses, the people affected
 * placed in shelters nearest-first within free capacity, who will be notified (the people on duty
 * now and the enterprise's contact by name, the responsible groups) and the level's tasks.
 */
@Service
public class ResponsePlanner {

  /** Teams listed per kind (the nearest proposed, the others offered). */
  static final int TEAMS_PER_KIND = 3;

  private final IncidentService incidents;
  private final EmergencyPlans plans;
  private final ResourceQueries resources;
  private final EnterpriseDirectory enterprises;
  private final ResponseRecipients recipients;
  private final ResponseContacts contacts;

  ResponsePlanner(
      IncidentService incidents,
      EmergencyPlans plans,
      ResourceQueries resources,
      EnterpriseDirectory enterprises,
      ResponseRecipients recipients,
      ResponseContacts contacts) {
    this.contacts = contacts;
    this.incidents = incidents;
    this.plans = plans;
    this.resources = resources;
    this.enterprises = enterprises;
    this.recipients = recipients;
  }

  @Transactional(readOnly = true)
  public ResponseProposal propose(long incidentId, CurrentUser user) {
    Incident incident = incidents.get(incidentId, user);
    return propose(incident);
  }

  ResponseProposal propose(Incident incident) {
    Optional<EmergencyPlan> plan = plans.forType(incident.type());
    Optional<LevelDecision> decision = plans.decide(incident.facts());
    ResponseLevel level = decision.map(LevelDecision::level).orElse(incident.level());
    Optional<PlanLevel> planLevel = plan.flatMap(p -> p.level(level));
    GeoPoint at = new GeoPoint(incident.lon(), incident.lat());

    List<ResponseProposal.TeamOption> teams = new ArrayList<>();
    List<TeamKind> kinds = planLevel.map(PlanLevel::teamKinds).orElse(List.of());
    if (kinds.isEmpty()) {
      teams(resources.nearestTeams(at, Set.of(), TEAMS_PER_KIND), teams);
    } else {
      for (TeamKind kind : new LinkedHashSet<>(kinds)) {
        teams(resources.nearestTeams(at, Set.of(kind), TEAMS_PER_KIND), teams);
      }
    }
    List<SupplyCover> supplies =
        planLevel.map(l -> resources.coverSupplies(at, l.supplies())).orElse(List.of());
    ShelterAssignment shelters =
        incident.peopleAffected() > 0
            ? resources.assignShelters(at, incident.peopleAffected())
            : new ShelterAssignment(0, List.of(), 0);
    List<PlanTask> tasks = planLevel.map(PlanLevel::tasks).orElse(List.of());
    String enterprise =
        incident.enterpriseUscc() == null
            ? null
            : enterprises
                .byUscc(incident.enterpriseUscc())
                .map(EnterpriseSummary::name)
                .orElse(incident.enterpriseUscc());
    List<ResponseContact> people = contacts.of(incident, tasks);
    List<String> notify = recipients.of(incident, tasks).stream().map(Recipient::text).toList();
    return new ResponseProposal(
        UUID.randomUUID().toString(),
        incident.id(),
        plan.map(EmergencyPlan::name).orElse(null),
        incident.level(),
        level,
        decision.orElse(null),
        teams,
        supplies,
        shelters,
        enterprise,
        people,
        notify,
        tasks);
  }

  private static void teams(List<NearbyTeam> found, List<ResponseProposal.TeamOption> into) {
    for (int i = 0; i < found.size(); i++) {
      into.add(new ResponseProposal.TeamOption(found.get(i), i == 0));
    }
  }
}
