package org.shuzhi.inspection.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NumberInput;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The system administrator's page for the tier rules and the enforcement score weights. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ReferenceAdminController {

  private final ReferenceAdministration administration;
  private final CurrentUsers users;
  private final ProblemMessages messages;

  ReferenceAdminController(
      ReferenceAdministration administration, CurrentUsers users, ProblemMessages messages) {
    this.administration = administration;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/inspections/rules")
  String page(Model model) {
    model.addAttribute("rules", administration.rules());
    model.addAttribute("weights", administration.weights());
    model.addAttribute("tiers", SupervisionTier.values());
    // criterion name → the values a rule on it may name (a map: the enum's methods are not public)
    Map<String, List<String>> criteria = new LinkedHashMap<>();
    for (TierCriterion c : TierCriterion.values()) {
      criteria.put(c.name(), c.criterionValues());
    }
    model.addAttribute("criteria", criteria);
    model.addAttribute("history", administration.history());
    return "inspection/rules";
  }

  @PostMapping("/inspections/rules")
  String addRule(
      @RequestParam(required = false) String criterion,
      @RequestParam(required = false) String value,
      @RequestParam(required = false) SupervisionTier tier,
      @RequestParam(required = false) String frequencyMonths,
      Model model,
      Locale locale) {
    try {
      administration.addRule(
          criterion,
          value,
          tier,
          NumberInput.integer(frequencyMonths, "frequencyMonths"),
          users.require());
      return "redirect:/inspections/rules?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return page(model);
    }
  }

  @PostMapping("/inspections/rules/{id}/delete")
  String removeRule(@PathVariable long id, @RequestParam int version, Model model, Locale locale) {
    try {
      administration.removeRule(id, version, users.require());
      return "redirect:/inspections/rules?removed";
    } catch (ConflictException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return page(model);
    }
  }

  @PostMapping("/inspections/rules/{id}")
  String saveRule(
      @PathVariable long id,
      @RequestParam(required = false) SupervisionTier tier,
      @RequestParam(required = false) String frequencyMonths,
      @RequestParam int version,
      Model model,
      Locale locale) {
    try {
      administration.updateRule(
          id,
          tier,
          NumberInput.integer(frequencyMonths, "frequencyMonths"),
          version,
          users.require());
      return "redirect:/inspections/rules?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return page(model);
    } catch (ConflictException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return page(model);
    }
  }

  @PostMapping("/inspections/weights/{factor}")
  String saveWeight(
      @PathVariable ScoreFactor factor,
      @RequestParam(required = false) String points,
      Model model,
      Locale locale) {
    try {
      administration.updateWeight(factor, points, users.require());
      return "redirect:/inspections/rules?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return page(model);
    }
  }
}
