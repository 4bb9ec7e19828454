package org.shuzhi.command.internal.resources;

import java.util.Locale;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.internal.FormErrors;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Rescue-team forms: create, edit, and the on/off-duty toggle of the detail page (htmx). Every save
 * goes through {@link TeamService} (rights, validation, history, audit); DISPATCHED is never
 * offered: only a dispatch sets it and only its release ends it.
 */
@Controller
class TeamFormController {

  private final TeamService teams;
  private final CurrentUsers users;
  private final FormErrors errors;
  private final String tileUrl;

  TeamFormController(
      TeamService teams,
      CurrentUsers users,
      FormErrors errors,
      @Value("${shuzhi.map.tile-url:}") String tileUrl) {
    this.teams = teams;
    this.users = users;
    this.errors = errors;
    this.tileUrl = tileUrl;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("kinds", TeamKind.values());
    model.addAttribute("tileUrl", tileUrl);
  }

  @GetMapping("/command/teams/new")
  String createForm(Model model) {
    if (!teams.mayWrite(users.require())) {
      throw new AccessDeniedException("read-only role");
    }
    model.addAttribute("form", TeamForm.empty());
    return "command/team-form";
  }

  @PostMapping("/command/teams")
  String create(@ModelAttribute("form") TeamForm form, Model model, Locale locale) {
    try {
      TeamView saved = teams.create(form.toDraft(), users.require());
      return "redirect:/command/teams/" + saved.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      return "command/team-form";
    }
  }

  @GetMapping("/command/teams/{id:\\d+}/edit")
  String editForm(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    TeamView team = teams.get(id, user);
    if (!teams.writable(user, team)) {
      throw new AccessDeniedException("team outside the user's rights");
    }
    model.addAttribute("form", TeamForm.of(team));
    model.addAttribute("t", team);
    return "command/team-form";
  }

  @PostMapping("/command/teams/{id:\\d+}")
  String update(
      @PathVariable long id, @ModelAttribute("form") TeamForm form, Model model, Locale locale) {
    CurrentUser user = users.require();
    try {
      teams.update(id, version(form.version()), form.toDraft(), user);
      return "redirect:/command/teams/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      model.addAttribute("t", teams.get(id, user));
      return "command/team-form";
    }
  }

  /**
   * Sets the team on or off duty, keeping every other field; answers the duty block of the detail
   * page to htmx, or redirects a plain form post back to the detail page.
   */
  @PostMapping("/command/teams/{id:\\d+}/duty-state")
  String dutyState(
      @PathVariable long id,
      @RequestParam String state,
      @RequestParam int version,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    TeamView team = teams.get(id, user);
    try {
      DutyState target =
          DutyState.OFF_DUTY.name().equals(state) ? DutyState.OFF_DUTY : DutyState.ON_DUTY;
      team = teams.update(id, version, withState(team, target), user);
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("dutyErrors", errors.of(e, locale));
      team = teams.get(id, user);
    }
    if (htmx == null && !model.containsAttribute("dutyErrors")) {
      return "redirect:/command/teams/" + id;
    }
    model.addAttribute("t", team);
    model.addAttribute("mayEdit", teams.writable(user, team));
    if (htmx != null) {
      return "command/team :: duty";
    }
    model.addAttribute("history", teams.history(id, user));
    return "command/team";
  }

  private static TeamDraft withState(TeamView t, DutyState state) {
    // A blank phone keeps the stored one (the view only has it masked).
    return new TeamDraft(
        t.name(),
        t.kind(),
        t.headcount(),
        t.equipment(),
        t.address(),
        t.lon(),
        t.lat(),
        t.contactName(),
        null,
        state,
        false);
  }

  static int version(Integer version) {
    return version == null ? -1 : version;
  }
}
