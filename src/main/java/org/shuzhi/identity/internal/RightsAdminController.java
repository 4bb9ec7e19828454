package org.shuzhi.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * 权限管理, the security admin's pages: the accounts with their rights and the login policy in force;
 * per account, role and scope, the plaintext permission, unlocking and the second factor.
 */
@Controller
@RequestMapping("/admin/rights")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class RightsAdminController {

  private final RightsAdministration administration;
  private final AccountRepository accounts;
  private final AccountRows rows;
  private final AreaDirectory areas;
  private final SecurityPolicyProperties policy;
  private final ProblemMessages problems;

  RightsAdminController(
      RightsAdministration administration,
      AccountRepository accounts,
      AccountRows rows,
      AreaDirectory areas,
      SecurityPolicyProperties policy,
      ProblemMessages problems) {
    this.administration = administration;
    this.accounts = accounts;
    this.rows = rows;
    this.areas = areas;
    this.policy = policy;
    this.problems = problems;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String role,
      Model model,
      Locale locale) {
    model.addAttribute("accounts", rows.search(q, role, locale));
    model.addAttribute("roles", Role.values());
    model.addAttribute("policy", policy);
    return "identity/admin/rights";
  }

  @GetMapping("/{username}")
  String edit(@PathVariable String username, Model model, Locale locale) {
    Account account = account(username);
    return form(account, RightsInput.of(AccountRights.of(account)), model, locale);
  }

  @PostMapping("/{username}")
  String change(
      @PathVariable String username,
      @ModelAttribute("input") RightsInput input,
      Principal principal,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      boolean changed = administration.change(principal.getName(), username, input);
      return back(username, changed ? "saved" : "unchanged");
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", problems.of(e, locale));
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("errors", problems.of(e, locale));
    }
    return form(account(username), input, model, locale);
  }

  @PostMapping("/{username}/unlock")
  String unlock(
      @PathVariable String username,
      Principal principal,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      boolean unlocked = administration.unlock(principal.getName(), username);
      return back(username, unlocked ? "unlocked" : "notLocked");
    } catch (ConflictException e) {
      return refused(username, e, model, locale, response);
    }
  }

  @PostMapping("/{username}/mfa-reset")
  String resetSecondFactor(
      @PathVariable String username,
      Principal principal,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      administration.resetSecondFactor(principal.getName(), username);
      return back(username, "mfaReset");
    } catch (ConflictException e) {
      return refused(username, e, model, locale, response);
    }
  }

  private String refused(
      String username,
      ConflictException e,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("errors", problems.of(e, locale));
    return edit(username, model, locale);
  }

  private static String back(String username, String done) {
    return "redirect:/admin/rights/"
        + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8)
        + "?done="
        + done;
  }

  private Account account(String username) {
    return accounts.find(username).orElseThrow(() -> new NotFoundException("account"));
  }

  private String form(Account account, RightsInput input, Model model, Locale locale) {
    model.addAttribute("account", rows.row(account, locale));
    model.addAttribute("input", input);
    model.addAttribute("roles", Role.values());
    model.addAttribute("departments", Department.values());
    model.addAttribute("towns", areas.towns());
    return "identity/admin/rights-form";
  }
}
