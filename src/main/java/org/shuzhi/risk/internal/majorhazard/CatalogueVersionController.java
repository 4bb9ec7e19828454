package org.shuzhi.risk.internal.majorhazard;

import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system admin's page of catalogue versions: list, copy into a draft, activate, delete. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CatalogueVersionController {

  private final CatalogueVersions versions;
  private final CurrentUsers users;
  private final ProblemMessages problems;
  private final MessageSource messages;

  CatalogueVersionController(
      CatalogueVersions versions,
      CurrentUsers users,
      ProblemMessages problems,
      MessageSource messages) {
    this.versions = versions;
    this.users = users;
    this.problems = problems;
    this.messages = messages;
  }

  @GetMapping("/admin/chemicals/versions")
  String list(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", CatalogueVersionDraft.empty());
    }
    model.addAttribute("versions", versions.all());
    model.addAttribute("activations", versions.activations());
    return "risk/majorhazard/versions";
  }

  @PostMapping("/admin/chemicals/versions")
  String create(@ModelAttribute("form") CatalogueVersionDraft form, Model model, Locale locale) {
    try {
      CatalogueVersion created = versions.create(form, users.require());
      return "redirect:/admin/chemicals/versions/" + created.id();
    } catch (InvalidInputException | ConflictException e) {
      return refused(e, model, locale);
    }
  }

  @PostMapping("/admin/chemicals/versions/{id}/activate")
  String activate(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
    try {
      SiteRegrader.Outcome outcome = versions.activate(id, users.require());
      redirect.addFlashAttribute(
          "notice",
          messages.getMessage(
              "risk.mh.catalogue.activated",
              new Object[] {
                versions.get(id).code(), outcome.sitesRegraded(), outcome.levelsChanged()
              },
              locale));
      return "redirect:/admin/chemicals/versions";
    } catch (InvalidInputException | ConflictException e) {
      return refused(e, model, locale);
    }
  }

  @PostMapping("/admin/chemicals/versions/{id}/delete")
  String delete(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
    try {
      CatalogueVersion deleted = versions.delete(id, users.require());
      redirect.addFlashAttribute(
          "notice",
          messages.getMessage("risk.mh.catalogue.deleted", new Object[] {deleted.code()}, locale));
      return "redirect:/admin/chemicals/versions";
    } catch (ConflictException e) {
      return refused(e, model, locale);
    }
  }

  private String refused(RuntimeException e, Model model, Locale locale) {
    model.addAttribute("errors", problems.ofRefusal(e, locale));
    return list(model);
  }
}
