package org.shuzhi.command.internal.resources;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;
import org.shuzhi.command.internal.FormErrors;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Duty-roster forms: add and edit an entry of a department or a town the user may roster, and
 * delete an entry that has not started yet (a shift under way or past is the record of who was on
 * duty, so the form does not remove it).
 */
@Controller
class DutyFormController {

  private final DutyService duty;
  private final AreaDirectory areas;
  private final CurrentUsers users;
  private final FormErrors errors;
  private final Clock clock;

  DutyFormController(
      DutyService duty, AreaDirectory areas, CurrentUsers users, FormErrors errors, Clock clock) {
    this.duty = duty;
    this.areas = areas;
    this.users = users;
    this.errors = errors;
    this.clock = clock;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("towns", areas.towns());
    model.addAttribute("shifts", DutyShift.values());
    model.addAttribute("roles", DutyRole.values());
  }

  @GetMapping("/command/duty/new")
  String createForm(Model model) {
    CurrentUser user = users.require();
    if (!duty.mayWrite(user)) {
      throw new AccessDeniedException("read-only role");
    }
    // Prefill the unit the user rosters: their department, or their (first) town.
    String department = user.role() == Role.DEPARTMENT_STAFF ? user.department() : null;
    String town =
        department == null
            ? areas.towns().stream()
                .map(Town::code)
                .filter(c -> user.scope().coversTown(c))
                .findFirst()
                .orElse(null)
            : null;
    model.addAttribute("form", DutyForm.empty(department, town));
    return "command/duty-form";
  }

  @PostMapping("/command/duty")
  String create(@ModelAttribute("form") DutyForm form, Model model, Locale locale) {
    try {
      duty.create(form.toDraft(), users.require());
      return "redirect:/command/duty";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      return "command/duty-form";
    }
  }

  @GetMapping("/command/duty/{id:\\d+}/edit")
  String editForm(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    DutyView d = writable(id, user);
    model.addAttribute("form", DutyForm.of(d));
    model.addAttribute("d", d);
    return "command/duty-form";
  }

  @PostMapping("/command/duty/{id:\\d+}")
  String update(
      @PathVariable long id, @ModelAttribute("form") DutyForm form, Model model, Locale locale) {
    CurrentUser user = users.require();
    try {
      duty.update(id, TeamFormController.version(form.version()), form.toDraft(), user);
      return "redirect:/command/duty";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      model.addAttribute("d", duty.get(id, user));
      return "command/duty-form";
    }
  }

  /**
   * Deletes an entry that has not started. To htmx it answers an empty row (the row disappears); a
   * plain post goes back to the roster. A refusal goes back to the roster with the message.
   */
  @PostMapping("/command/duty/{id:\\d+}/delete")
  @ResponseBody
  ResponseEntity<String> delete(
      @PathVariable long id,
      @RequestParam int version,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      RedirectAttributes redirect,
      Locale locale) {
    CurrentUser user = users.require();
    DutyView d = writable(id, user);
    try {
      if (!d.startsAt().isAfter(clock.instant())) {
        throw new ConflictException("command.duty.deleteStarted");
      }
      duty.delete(id, version, user);
      if (htmx != null) {
        return ResponseEntity.ok("");
      }
    } catch (ConflictException e) {
      redirect.addFlashAttribute("errors", errors.of(e, locale));
    }
    return htmx != null
        ? ResponseEntity.ok().header("HX-Redirect", "/command/duty").body("")
        : ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/command/duty")).build();
  }

  private DutyView writable(long id, CurrentUser user) {
    DutyView d = duty.get(id, user);
    if (!duty.writable(user, d)) {
      throw new AccessDeniedException("duty roster outside the user's rights");
    }
    return d;
  }
}
