package org.shuzhi.efficiency.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Pages: the year's policy form, the surcharges of a run, and the utilities' export. */
@Controller
class PolicyPageController {

  private static final int PAGE_SIZE = 50;

  private final EfficiencyPolicies policies;
  private final Surcharges surcharges;
  private final UtilityExport export;
  private final CurrentUsers users;
  private final EfficiencyAccess access;
  private final ProblemMessages problems;

  PolicyPageController(
      EfficiencyPolicies policies,
      Surcharges surcharges,
      UtilityExport export,
      CurrentUsers users,
      EfficiencyAccess access,
      ProblemMessages problems) {
    this.policies = policies;
    this.surcharges = surcharges;
    this.export = export;
    this.users = users;
    this.access = access;
    this.problems = problems;
  }

  @GetMapping("/efficiency/years/{year}/policies")
  String policies(@PathVariable int year, Model model) {
    CurrentUser user = users.require();
    access.requireRead(user);
    YearPolicy policy = policy(year);
    return form(year, policy, PolicyForm.of(policy), policy.version(), user, model);
  }

  @PostMapping("/efficiency/years/{year}/policies")
  String save(
      @PathVariable int year,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    access.requireManage(user);
    PolicyForm form = PolicyForm.of(params);
    Integer version = null;
    try {
      version = Integer.valueOf(params.getFirst("version"));
    } catch (NumberFormatException e) {
      // reported as a missing version by the service
    }
    try {
      policies.update(year, version, form.classes(), form.rebateRules(), user);
      return "redirect:/efficiency/years/" + year + "/policies?saved";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", problems.ofRefusal(e, locale));
    }
    return form(
        year, policy(year), form.withBlankRows(), version == null ? 0 : version, user, model);
  }

  private String form(
      int year, YearPolicy policy, PolicyForm form, int version, CurrentUser user, Model model) {
    model.addAttribute("year", year);
    model.addAttribute("policy", policy);
    model.addAttribute("form", form);
    model.addAttribute("version", version);
    model.addAttribute("classes", EfficiencyPolicies.CLASSES);
    model.addAttribute("fields", PolicyForm.FIELDS);
    model.addAttribute("changes", policies.changes(year));
    model.addAttribute("mayManage", access.mayManage(user));
    return "efficiency/policies";
  }

  @GetMapping("/efficiency/years/{year}/surcharges")
  String surcharges(
      @PathVariable int year,
      @RequestParam(required = false) Long run,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    access.requireRead(user);
    if (page < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    RunRepository.RunSummary summary = runOrNotFound(year, run);
    model.addAttribute("year", year);
    model.addAttribute("report", surcharges.report(summary, page, PAGE_SIZE, user));
    model.addAttribute("mayExport", access.mayManage(user));
    model.addAttribute("published", UtilityExport.PUBLISHED.equals(summary.status()));
    return "efficiency/surcharges";
  }

  @GetMapping("/efficiency/years/{year}/surcharges/export")
  String exportList(
      @PathVariable int year,
      @RequestParam(required = false) Long run,
      Model model,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    CurrentUser user = users.require();
    RunRepository.RunSummary summary = runOrNotFound(year, run);
    try {
      export.requireExportable(summary, user);
    } catch (ConflictException e) {
      model.addAttribute("errors", problems.ofRefusal(e, locale));
      response.setStatus(HttpStatus.CONFLICT.value());
      return surcharges(year, summary.id(), 0, model);
    }
    Spreadsheets.download(response, export.fileName(summary, locale));
    export.write(summary, user, locale, response.getOutputStream());
    return null;
  }

  private YearPolicy policy(int year) {
    try {
      return policies.policy(year);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private RunRepository.RunSummary runOrNotFound(int year, Long run) {
    try {
      return surcharges.run(year, run);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
