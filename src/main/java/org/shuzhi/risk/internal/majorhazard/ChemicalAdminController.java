package org.shuzhi.risk.internal.majorhazard;

import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The system admin's catalogue pages: list and search, add, edit with the entry's history. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ChemicalAdminController {

  private final ChemicalCatalogue catalogue;
  private final CurrentUsers users;
  private final ProblemMessages messages;

  ChemicalAdminController(
      ChemicalCatalogue catalogue, CurrentUsers users, ProblemMessages messages) {
    this.catalogue = catalogue;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/admin/chemicals")
  String list(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("chemicals", catalogue.search(q));
    model.addAttribute("reference", catalogue.reference());
    model.addAttribute("categories", catalogue.categories());
    return "risk/majorhazard/chemicals";
  }

  @GetMapping("/admin/chemicals/new")
  String createForm(Model model) {
    model.addAttribute("form", ChemicalDraft.empty());
    return "risk/majorhazard/chemical-form";
  }

  @PostMapping("/admin/chemicals")
  String create(@ModelAttribute("form") ChemicalDraft form, Model model, Locale locale) {
    try {
      var created = catalogue.create(form, users.require());
      return "redirect:/admin/chemicals/" + created.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors(e, locale));
      return "risk/majorhazard/chemical-form";
    }
  }

  @GetMapping("/admin/chemicals/{id}")
  String editForm(@PathVariable long id, Model model) {
    var entry = catalogue.get(id);
    model.addAttribute("form", ChemicalDraft.of(entry));
    return edit(id, entry, model);
  }

  @PostMapping("/admin/chemicals/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") ChemicalDraft form,
      Model model,
      Locale locale) {
    try {
      catalogue.update(id, form, users.require());
      return "redirect:/admin/chemicals/" + id + "?saved";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors(e, locale));
      return edit(id, catalogue.get(id), model);
    }
  }

  private String edit(long id, ChemicalEntry entry, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("entry", entry);
    model.addAttribute("history", catalogue.history(id));
    return "risk/majorhazard/chemical-form";
  }

  private java.util.List<String> errors(RuntimeException e, Locale locale) {
    return e instanceof InvalidInputException invalid
        ? messages.of(invalid, locale)
        : messages.of((ConflictException) e, locale);
  }
}
