package org.shuzhi.command.internal.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.command.IncidentStatus;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Incident pages: the list with the alarms waiting for an incident (one click opens the incident
 * and its response screen), the report form, the detail page with its timeline (refreshed by htmx
 * every few seconds), tasks and actions, and the one-click response screen.
 */
@Controller
class IncidentPageController {

  private final IncidentService incidents;
  private final ResponsePlanner planner;
  private final ResponseConfirmation confirmation;
  private final Timeline timeline;
  private final AreaDirectory areas;
  private final AffectedAreas areaRules;
  private final CurrentUsers users;
  private final MessageSource messages;

  IncidentPageController(
      IncidentService incidents,
      ResponsePlanner planner,
      ResponseConfirmation confirmation,
      Timeline timeline,
      AreaDirectory areas,
      AffectedAreas areaRules,
      CurrentUsers users,
      MessageSource messages) {
    this.areaRules = areaRules;
    this.incidents = incidents;
    this.planner = planner;
    this.confirmation = confirmation;
    this.timeline = timeline;
    this.areas = areas;
    this.users = users;
    this.messages = messages;
  }

  @ModelAttribute("towns")
  List<Town> towns() {
    return areas.towns();
  }

  @GetMapping("/command/incidents")
  String list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String level,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    model.addAttribute(
        "result",
        incidents.search(
            new IncidentRepository.Query(
                town, parse(IncidentStatus.class, status), open, parse(ResponseLevel.class, level)),
            page,
            20,
            user));
    model.addAttribute("alarms", incidents.alarmsToOpen(user));
    model.addAttribute("mayReport", incidents.mayReport(user));
    model.addAttribute("statuses", IncidentStatus.values());
    model.addAttribute("levels", ResponseLevel.values());
    return "command/incidents";
  }

  @GetMapping("/command/incidents/new")
  String form(Model model) {
    users.require();
    model.addAttribute("types", IncidentType.values());
    model.addAttribute("levels", ResponseLevel.values());
    return "command/incident-form";
  }

  @PostMapping("/command/incidents")
  String report(
      @RequestParam(required = false) IncidentType type,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) Double lon,
      @RequestParam(required = false) Double lat,
      @RequestParam(required = false) ResponseLevel level,
      @RequestParam(required = false) Integer deaths,
      @RequestParam(required = false) Integer missing,
      @RequestParam(required = false) Integer injuries,
      @RequestParam(required = false) Integer peopleAffected,
      @RequestParam(required = false) Integer radiusM,
      @RequestParam(required = false) String polygon,
      Model model,
      Locale locale) {
    try {
      AffectedArea area = radiusM == null ? null : AffectedArea.circle(radiusM);
      if (polygon != null && !polygon.isBlank()) {
        // A polygon drawn on the map is the area; the radius field is for circles only.
        List<Violation> problems = new ArrayList<>();
        area = areaRules.parseRing(polygon, problems);
        if (!problems.isEmpty()) {
          throw new InvalidInputException(problems);
        }
      }
      Incident i =
          incidents.report(
              new IncidentDraft(
                  type,
                  title,
                  description,
                  lon,
                  lat,
                  level,
                  deaths,
                  missing,
                  injuries,
                  peopleAffected,
                  area),
              users.require());
      return "redirect:/command/incidents/" + i.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("error", message(e, locale));
      return form(model);
    }
  }

  @GetMapping("/command/incidents/{id:\\d+}")
  String detail(@PathVariable long id, Model model, Locale locale) {
    CurrentUser user = users.require();
    Incident incident = incidents.get(id, user);
    model.addAttribute("i", incident);
    model.addAttribute("townName", incidents.townName(incident.townCode()));
    model.addAttribute("tasks", incidents.tasks(id, user));
    model.addAttribute("mayWrite", incident.status().open() && incidents.mayWrite(user, incident));
    model.addAttribute("levels", ResponseLevel.values());
    model.addAttribute("statuses", IncidentStatus.values());
    model.addAttribute("taskStatuses", IncidentTask.Status.values());
    model.addAttribute(
        "heldSupplies", incident.status().open() ? incidents.heldSupplies(id, user) : List.of());
    timeline(id, model, locale);
    return "command/incident";
  }

  @GetMapping("/command/incidents/{id:\\d+}/timeline")
  String timelineFragment(@PathVariable long id, Model model, Locale locale) {
    timeline(id, model, locale);
    return "command/incident :: timeline";
  }

  private void timeline(long id, Model model, Locale locale) {
    List<String[]> rows = new ArrayList<>();
    for (TimelineEntry e : incidents.timeline(id, users.require())) {
      rows.add(
          new String[] {
            e.at().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString(),
            e.actor(),
            e.kind(),
            timeline.text(e, locale)
          });
    }
    model.addAttribute("timeline", rows);
    model.addAttribute("incidentId", id);
  }

  @PostMapping("/command/incidents/{id:\\d+}/status")
  String status(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        id,
        flash,
        locale,
        () -> incidents.changeStatus(id, parse(IncidentStatus.class, status), users.require()));
  }

  @PostMapping("/command/incidents/{id:\\d+}/level")
  String level(
      @PathVariable long id,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        id,
        flash,
        locale,
        () ->
            incidents.changeLevel(id, parse(ResponseLevel.class, level), reason, users.require()));
  }

  @PostMapping("/command/incidents/{id:\\d+}/messages")
  String message(
      @PathVariable long id,
      @RequestParam(required = false) String message,
      RedirectAttributes flash,
      Locale locale) {
    return act(id, flash, locale, () -> incidents.addMessage(id, message, users.require()));
  }

  @PostMapping("/command/incidents/{id:\\d+}/tasks/{taskId:\\d+}")
  String task(
      @PathVariable long id,
      @PathVariable long taskId,
      @RequestParam(required = false) String status,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        id,
        flash,
        locale,
        () ->
            incidents.updateTask(
                id, taskId, parse(IncidentTask.Status.class, status), users.require()));
  }

  @PostMapping("/command/incidents/{id:\\d+}/close")
  String close(
      @PathVariable long id,
      @RequestParam(required = false) String summary,
      @RequestParam(required = false) String cause,
      @RequestParam(required = false) String lessons,
      @RequestParam(required = false) List<Long> usedReservation,
      @RequestParam(required = false) List<String> usedQuantity,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        id,
        flash,
        locale,
        () ->
            incidents.close(
                id,
                new Review(summary, cause, lessons, used(usedReservation, usedQuantity)),
                users.require()));
  }

  /** The quantities used as typed in the closing form, one per held supply reservation. */
  private static List<Review.SupplyUse> used(List<Long> reservations, List<String> quantities) {
    List<Review.SupplyUse> used = new ArrayList<>();
    if (reservations == null) {
      return used;
    }
    for (int k = 0; k < reservations.size(); k++) {
      String typed = at(quantities, k);
      Long quantity;
      try {
        quantity = typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            "used[" + k + "]", "incident.close.usedNotNumber", typed.strip());
      }
      used.add(new Review.SupplyUse(reservations.get(k), quantity));
    }
    return used;
  }

  /** One click on an alarm: the incident is opened (or found) and its response proposed. */
  @PostMapping("/command/alarms/{alarmId:\\d+}/incident")
  String fromAlarm(@PathVariable long alarmId, RedirectAttributes flash, Locale locale) {
    try {
      Incident i = incidents.openFromAlarm(alarmId, users.require());
      return "redirect:/command/incidents/" + i.id() + "/respond";
    } catch (ConflictException e) {
      flash.addFlashAttribute("error", message(e, locale));
      return "redirect:/command/incidents";
    }
  }

  @GetMapping("/command/incidents/{id:\\d+}/respond")
  String respond(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    Incident incident = incidents.get(id, user);
    if (!incident.status().open()) {
      return "redirect:/command/incidents/" + id;
    }
    model.addAttribute("i", incident);
    model.addAttribute("p", planner.propose(id, user));
    model.addAttribute("levels", ResponseLevel.values());
    return "command/respond";
  }

  @PostMapping("/command/incidents/{id:\\d+}/respond")
  String confirm(
      @PathVariable long id,
      @RequestParam(required = false) String token,
      @RequestParam(required = false) String level,
      @RequestParam(name = "team", required = false) List<Long> teams,
      @RequestParam(name = "supplyWarehouse", required = false) List<Long> supplyWarehouses,
      @RequestParam(name = "supplyItem", required = false) List<String> supplyItems,
      @RequestParam(name = "supplyQuantity", required = false) List<Long> supplyQuantities,
      @RequestParam(name = "shelter", required = false) List<Long> shelters,
      @RequestParam(name = "shelterPlaces", required = false) List<Integer> shelterPlaces,
      @RequestParam(name = "task", required = false) List<Integer> checkedTasks,
      @RequestParam(name = "taskAssignee", required = false) List<String> taskAssignees,
      @RequestParam(name = "taskTitle", required = false) List<String> taskTitles,
      RedirectAttributes flash,
      Locale locale) {
    List<ResponseRequest.SupplyTake> supplies = new ArrayList<>();
    for (int k = 0; supplyWarehouses != null && k < supplyWarehouses.size(); k++) {
      Long q = at(supplyQuantities, k);
      if (q != null && q != 0) {
        supplies.add(
            new ResponseRequest.SupplyTake(supplyWarehouses.get(k), at(supplyItems, k), q));
      }
    }
    List<ResponseRequest.ShelterTake> places = new ArrayList<>();
    for (int k = 0; shelters != null && k < shelters.size(); k++) {
      Integer n = at(shelterPlaces, k);
      if (n != null && n != 0) {
        places.add(new ResponseRequest.ShelterTake(shelters.get(k), n));
      }
    }
    List<PlanTask> tasks = new ArrayList<>();
    for (Integer k : checkedTasks == null ? List.<Integer>of() : checkedTasks) {
      if (k != null && k >= 0 && taskTitles != null && k < taskTitles.size()) {
        tasks.add(new PlanTask(at(taskAssignees, k), taskTitles.get(k)));
      }
    }
    try {
      ResponseResult r =
          confirmation.confirm(
              id,
              new ResponseRequest(
                  token, parse(ResponseLevel.class, level), teams, supplies, places, tasks),
              users.require());
      flash.addFlashAttribute(
          "notice",
          r.repeated()
              ? messages.getMessage(
                  "incident.response.repeated",
                  new Object[] {
                    r.confirmedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime(),
                    r.confirmedBy()
                  },
                  locale)
              : messages.getMessage(
                  "incident.response.confirmed",
                  new Object[] {
                    r.dispatchIds().size(),
                    r.supplyReservationIds().size(),
                    r.shelterReservationIds().size()
                  },
                  locale));
      return "redirect:/command/incidents/" + id;
    } catch (InvalidInputException | ConflictException e) {
      flash.addFlashAttribute("error", message(e, locale));
      return "redirect:/command/incidents/" + id + "/respond";
    }
  }

  private String act(long id, RedirectAttributes flash, Locale locale, Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException | ConflictException e) {
      flash.addFlashAttribute("error", message(e, locale));
    }
    return "redirect:/command/incidents/" + id;
  }

  private String message(RuntimeException e, Locale locale) {
    if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
      var v = invalid.violations().get(0);
      return messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale);
    }
    if (e instanceof ConflictException c) {
      return messages.getMessage(c.messageKey(), c.arguments(), c.messageKey(), locale);
    }
    return e.getMessage();
  }

  private static <T> T at(List<T> list, int k) {
    return list != null && k < list.size() ? list.get(k) : null;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown " + type.getSimpleName());
    }
  }
}
