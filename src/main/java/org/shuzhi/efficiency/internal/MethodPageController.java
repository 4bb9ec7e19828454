package org.shuzhi.efficiency.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.shuzhi.efficiency.internal.scoring.AdjustmentRule;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.efficiency.internal.scoring.IndicatorCode;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The year's method page: a form per group (indicator rows, classification, adjustment rules) and,
 * as the advanced view, the method as JSON. Both save through {@link EfficiencyYears#updateMethod}
 * (validation, optimistic version, audit); a refused save changes nothing and shows the input again
 * with the reasons.
 */
@Controller
class MethodPageController {

  /** Flags the data carries (the veto rules of the defaults); others may be typed. */
  static final List<String> KNOWN_FLAGS =
      List.of(EvaluationRuns.MAJOR_SAFETY_ACCIDENT, EvaluationRuns.ENVIRONMENTAL_VIOLATION);

  private final EfficiencyYears years;
  private final CurrentUsers users;
  private final EfficiencyAccess access;
  private final ProblemMessages problems;
  private final JsonMapper json;

  MethodPageController(
      EfficiencyYears years,
      CurrentUsers users,
      EfficiencyAccess access,
      ProblemMessages problems,
      JsonMapper json) {
    this.years = years;
    this.users = users;
    this.access = access;
    this.problems = problems;
    this.json = json;
  }

  @GetMapping("/efficiency/{year}/method")
  String form(@PathVariable int year, Model model) {
    CurrentUser user = users.require();
    access.requireRead(user);
    var stored = years.method(year);
    return form(year, stored.version(), MethodForm.of(stored.method()), user, model);
  }

  @PostMapping("/efficiency/{year}/method")
  String saveForm(
      @PathVariable int year,
      @RequestParam int version,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    MethodForm form = MethodForm.parse(request.getParameterMap());
    try {
      years.updateMethod(year, form.toMethod(), version, user);
      return "redirect:/efficiency/" + year + "/method?saved";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", problems.ofRefusal(e, locale));
    }
    return form(year, version, form, user, model);
  }

  @GetMapping("/efficiency/{year}/method/json")
  String json(@PathVariable int year, Model model) {
    CurrentUser user = users.require();
    access.requireRead(user);
    var method = years.method(year);
    return json(
        year,
        method.version(),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(method.method()),
        user,
        model);
  }

  @PostMapping("/efficiency/{year}/method/json")
  String saveJson(
      @PathVariable int year,
      @RequestParam String method,
      @RequestParam int version,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    try {
      EvaluationMethod parsed;
      try {
        parsed = json.readValue(method, EvaluationMethod.class);
      } catch (JacksonException e) {
        throw new InvalidInputException("method", "efficiency.method.notJson");
      }
      years.updateMethod(year, parsed, version, user);
      return "redirect:/efficiency/" + year + "/method/json?saved";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", problems.ofRefusal(e, locale));
    }
    return json(year, version, method, user, model);
  }

  private String form(int year, int version, MethodForm form, CurrentUser user, Model model) {
    common(year, version, user, model);
    model.addAttribute("form", form);
    model.addAttribute("weightSums", form.groups().stream().map(MethodForm::weightSum).toList());
    model.addAttribute("codes", List.of(IndicatorCode.values()));
    model.addAttribute("effects", List.of(AdjustmentRule.Effect.values()));
    model.addAttribute("flags", KNOWN_FLAGS);
    return "efficiency/method";
  }

  private String json(int year, int version, String text, CurrentUser user, Model model) {
    common(year, version, user, model);
    model.addAttribute("json", text);
    return "efficiency/method-json";
  }

  private void common(int year, int version, CurrentUser user, Model model) {
    model.addAttribute("year", year);
    model.addAttribute("version", version);
    model.addAttribute("stored", years.method(year));
    model.addAttribute("mayManage", access.mayManage(user));
  }
}
