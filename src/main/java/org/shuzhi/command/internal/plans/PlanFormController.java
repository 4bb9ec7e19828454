package org.shuzhi.command.internal.plans;

import java.util.Locale;
import org.shuzhi.command.EmergencyPlan;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.WarningColour;
import org.shuzhi.command.internal.FormErrors;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The plan editor (emergency staff only, as {@link PlanService} enforces): type, name and per level
 * its triggers, tasks, supplies and team kinds; saved through the service, which validates the
 * whole plan (including the order of the levels' thresholds) and keeps history and audit.
 */
@Controller
class PlanFormController {

  private final PlanService plans;
  private final CurrentUsers users;
  private final FormErrors errors;

  PlanFormController(PlanService plans, CurrentUsers users, FormErrors errors) {
    this.plans = plans;
    this.users = users;
    this.errors = errors;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("types", IncidentType.values());
    model.addAttribute("colours", WarningColour.values());
    model.addAttribute("kinds", TeamKind.values());
  }

  @GetMapping("/command/plans/new")
  String createForm(Model model) {
    requireWrite(users.require());
    model.addAttribute("form", PlanForm.empty());
    return "command/plan-form";
  }

  @PostMapping("/command/plans")
  String create(@ModelAttribute("form") PlanForm form, Model model, Locale locale) {
    try {
      EmergencyPlan saved = plans.create(form.toDraft(), users.require());
      return "redirect:/command/plans/" + saved.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      return "command/plan-form";
    }
  }

  @GetMapping("/command/plans/{id:\\d+}/edit")
  String editForm(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    requireWrite(user);
    EmergencyPlan plan = plans.get(id, user);
    model.addAttribute("form", PlanForm.of(plan));
    model.addAttribute("p", plan);
    return "command/plan-form";
  }

  @PostMapping("/command/plans/{id:\\d+}")
  String update(
      @PathVariable long id, @ModelAttribute("form") PlanForm form, Model model, Locale locale) {
    CurrentUser user = users.require();
    try {
      plans.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.toDraft(), user);
      return "redirect:/command/plans/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      model.addAttribute("p", plans.get(id, user));
      return "command/plan-form";
    }
  }

  private void requireWrite(CurrentUser user) {
    if (!plans.mayWrite(user)) {
      throw new AccessDeniedException("plans are written by emergency staff");
    }
  }
}
