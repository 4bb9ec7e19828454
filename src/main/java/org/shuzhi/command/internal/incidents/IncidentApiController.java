package org.shuzhi.command.internal.incidents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuzhi.command.IncidentStatus;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.internal.resources.Page;
import org.shuzhi.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of incidents, their timeline and tasks, and the one-click response. */
@RestController
@RequestMapping("/api/v1/command/incidents")
@Tag(name = "command-incidents", description = "Incidents (突发事件) and the one-click response")
class IncidentApiController {

  record StatusChange(IncidentStatus status) {}

  record LevelChange(ResponseLevel level, String reason) {}

  record Message(String message) {}

  record TaskChange(IncidentTask.Status status) {}

  private final IncidentService incidents;
  private final ResponsePlanner planner;
  private final ResponseConfirmation confirmation;
  private final IncidentWarnings warnings;
  private final CurrentUsers users;

  IncidentApiController(
      IncidentService incidents,
      ResponsePlanner planner,
      ResponseConfirmation confirmation,
      IncidentWarnings warnings,
      CurrentUsers users) {
    this.warnings = warnings;
    this.incidents = incidents;
    this.planner = planner;
    this.confirmation = confirmation;
    this.users = users;
  }

  @GetMapping
  Page<Incident> list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) IncidentStatus status,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) ResponseLevel level,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return incidents.search(
        new IncidentRepository.Query(town, status, open, level), page, size, users.require());
  }

  @GetMapping("/{id}")
  Incident get(@PathVariable long id) {
    return incidents.get(id, users.require());
  }

  @Operation(summary = "Reports an incident by hand; a location outside the district is refused")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Incident report(@RequestBody IncidentDraft draft) {
    return incidents.report(draft, users.require());
  }

  @Operation(
      summary =
          "Opens an incident from a monitoring alarm (type, location and level from the alarm and"
              + " its device); an alarm that has one gives that incident")
  @PostMapping("/from-alarm/{alarmId}")
  Incident fromAlarm(@PathVariable long alarmId) {
    return incidents.openFromAlarm(alarmId, users.require());
  }

  @GetMapping("/{id}/timeline")
  List<TimelineEntry> timeline(@PathVariable long id) {
    return incidents.timeline(id, users.require());
  }

  @GetMapping("/{id}/tasks")
  List<IncidentTask> tasks(@PathVariable long id) {
    return incidents.tasks(id, users.require());
  }

  @PostMapping("/{id}/status")
  Incident status(@PathVariable long id, @RequestBody StatusChange change) {
    return incidents.changeStatus(id, change == null ? null : change.status(), users.require());
  }

  @PostMapping("/{id}/level")
  Incident level(@PathVariable long id, @RequestBody LevelChange change) {
    return incidents.changeLevel(
        id,
        change == null ? null : change.level(),
        change == null ? null : change.reason(),
        users.require());
  }

  @PostMapping("/{id}/messages")
  @ResponseStatus(HttpStatus.CREATED)
  TimelineEntry message(@PathVariable long id, @RequestBody Message message) {
    return incidents.addMessage(id, message == null ? null : message.message(), users.require());
  }

  @PostMapping("/{id}/tasks/{taskId}/status")
  IncidentTask task(
      @PathVariable long id, @PathVariable long taskId, @RequestBody TaskChange change) {
    return incidents.updateTask(
        id, taskId, change == null ? null : change.status(), users.require());
  }

  @Operation(summary = "Closes the incident with its after-action review (all fields required)")
  @PostMapping("/{id}/close")
  Incident close(@PathVariable long id, @RequestBody Review review) {
    return incidents.close(id, review, users.require());
  }

  @Operation(
      summary =
          "Proposes the one-click response (level with reason, nearest teams, supplies, shelters,"
              + " people to notify, tasks); nothing is held until confirmed")
  @GetMapping("/{id}/response-proposal")
  ResponseProposal propose(@PathVariable long id) {
    return planner.propose(id, users.require());
  }

  @Operation(
      summary =
          "Confirms a (possibly adjusted) proposal in one transaction; a second confirmation with"
              + " the same token returns the first result with repeated=true")
  @PostMapping("/{id}/response")
  ResponseResult confirm(@PathVariable long id, @RequestBody ResponseRequest request) {
    return confirmation.confirm(id, request, users.require());
  }

  @Operation(
      summary =
          "Drafts a CAP warning from the incident (type, colour from the level, area, town) through"
              + " the warning module; publishing is done there")
  @PostMapping("/{id}/warning-draft")
  @ResponseStatus(HttpStatus.CREATED)
  org.shuzhi.warning.WarningView warningDraft(@PathVariable long id) {
    return warnings.draft(id, users.require());
  }
}
