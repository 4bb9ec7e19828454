package org.shuzhi.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
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

/**
 * 账户管理, the system admin's pages: the account list, opening accounts, enabling and disabling,
 * password resets. New and reset passwords are shown once, on the response page, never stored in
 * plain or put in a URL.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AccountAdminController {

  /** The create form, as text. */
  record CreateForm(
      String username,
      String displayName,
      String role,
      String department,
      List<String> townCodes,
      String enterpriseUscc) {

    static CreateForm empty() {
      return new CreateForm(null, null, Role.TOWN_STAFF.name(), null, List.of(), null);
    }

    AccountAdministration.Opening opening() {
      // The plaintext permission is the security admin's to grant: never set here.
      return new AccountAdministration.Opening(
          username,
          displayName,
          new RightsInput(role, department, townCodes, enterpriseUscc, null));
    }
  }

  private final AccountAdministration administration;
  private final AccountRows rows;
  private final AreaDirectory areas;
  private final ProblemMessages problems;

  AccountAdminController(
      AccountAdministration administration,
      AccountRows rows,
      AreaDirectory areas,
      ProblemMessages problems) {
    this.administration = administration;
    this.rows = rows;
    this.areas = areas;
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
    return "identity/admin/accounts";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    return form(CreateForm.empty(), model);
  }

  @PostMapping
  String create(
      @ModelAttribute("form") CreateForm form,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      String password = administration.open(form.opening());
      model.addAttribute("username", form.username());
      model.addAttribute("password", password);
      model.addAttribute("created", true);
      return "identity/admin/password";
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", problems.of(e, locale));
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("errors", problems.of(e, locale));
    }
    return form(form, model);
  }

  @PostMapping("/{username}/disable")
  String disable(
      @PathVariable String username,
      Principal principal,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    return setEnabled(username, false, principal, model, locale, response);
  }

  @PostMapping("/{username}/enable")
  String enable(
      @PathVariable String username,
      Principal principal,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    return setEnabled(username, true, principal, model, locale, response);
  }

  @PostMapping("/{username}/password")
  String resetPassword(
      @PathVariable String username,
      Principal principal,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      model.addAttribute("password", administration.resetPassword(principal.getName(), username));
      model.addAttribute("username", username);
      model.addAttribute("created", false);
      return "identity/admin/password";
    } catch (ConflictException e) {
      return refused(e, model, locale, response);
    }
  }

  private String setEnabled(
      String username,
      boolean enabled,
      Principal principal,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      administration.setEnabled(principal.getName(), username, enabled);
      return "redirect:/admin/accounts?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    } catch (ConflictException e) {
      return refused(e, model, locale, response);
    }
  }

  /** The list again, with why the action was refused (409). */
  private String refused(
      ConflictException e, Model model, Locale locale, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("errors", problems.of(e, locale));
    return list(null, null, model, locale);
  }

  private String form(CreateForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("businessRoles", AccountAdministration.BUSINESS_ROLES);
    model.addAttribute("departments", Department.values());
    model.addAttribute("towns", areas.towns());
    return "identity/admin/account-form";
  }
}
