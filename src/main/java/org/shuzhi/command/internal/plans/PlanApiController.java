package org.shuzhi.command.internal.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuzhi.command.EmergencyPlan;
import org.shuzhi.command.IncidentFacts;
import org.shuzhi.command.LevelDecision;
import org.shuzhi.command.PlanDraft;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the emergency plans and the level decision. */
@RestController
@RequestMapping("/api/v1/command/plans")
@Tag(name = "command-plans", description = "Emergency plans (应急预案) and response levels")
class PlanApiController {

  record Update(int version, PlanDraft plan) {}

  private final PlanService plans;
  private final CommandRights rights;
  private final CurrentUsers users;

  PlanApiController(PlanService plans, CommandRights rights, CurrentUsers users) {
    this.plans = plans;
    this.rights = rights;
    this.users = users;
  }

  @GetMapping
  List<EmergencyPlan> all() {
    return plans.all(users.require());
  }

  @GetMapping("/{id}")
  EmergencyPlan get(@PathVariable long id) {
    return plans.get(id, users.require());
  }

  @GetMapping("/{id}/history")
  List<CommandHistory.Change> history(@PathVariable long id) {
    return plans.history(id, users.require());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  EmergencyPlan create(@RequestBody PlanDraft draft) {
    return plans.create(draft == null ? null : draft.asReal(), users.require());
  }

  @PutMapping("/{id}")
  EmergencyPlan update(@PathVariable long id, @RequestBody Update request) {
    return plans.update(
        id,
        request.version(),
        request.plan() == null ? null : request.plan().asReal(),
        users.require());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id, @RequestParam int version) {
    plans.delete(id, version, users.require());
  }

  @Operation(
      summary =
          "The response level for an incident's facts: the most severe level of the type's plan"
              + " with a trigger that holds, and that trigger")
  @PostMapping("/decide")
  LevelDecision decide(@RequestBody IncidentFacts facts) {
    rights.requireRead(users.require());
    return plans.decide(facts).orElseThrow(() -> new NotFoundException("matching level"));
  }
}
