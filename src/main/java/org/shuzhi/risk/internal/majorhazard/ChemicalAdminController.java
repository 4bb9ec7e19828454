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

/**
 * The system admin's catalogue pages: a version's entries and reference tables (the active version
 * by default), add, edit with the entry's history, remove from a draft.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ChemicalAdminController {

  private final ChemicalCatalogue catalogue;
  private final CatalogueVersions versions;
  private final CurrentUsers users;
  private final ProblemMessages messages;

  ChemicalAdminController(
      ChemicalCatalogue catalogue,
      CatalogueVersions versions,
      CurrentUsers users,
      ProblemMessages messages) {
    this.catalogue = catalogue;
    this.versions = versions;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/admin/chemicals")
  String list(@RequestParam(required = false) String q, Model model) {
    return version(catalogue.activeVersion().id(), q, model);
  }

  @GetMapping("/admin/chemicals/versions/{versionId}")
  String version(
      @PathVariable long versionId, @RequestParam(required = false) String q, Model model) {
    CatalogueVersion version = catalogue.version(versionId);
    model.addAttribute("version", version);
    model.addAttribute("chemicals", catalogue.search(versionId, q));
    model.addAttribute("reference", catalogue.reference(versionId));
    model.addAttribute("categories", catalogue.categories(versionId));
    if (!version.active()) {
      model.addAttribute("preview", versions.preview(versionId));
    }
    return "risk/majorhazard/chemicals";
  }

  @GetMapping("/admin/chemicals/new")
  String createForm(Model model) {
    return createForm(catalogue.activeVersion().id(), model);
  }

  @GetMapping("/admin/chemicals/versions/{versionId}/new")
  String createForm(@PathVariable long versionId, Model model) {
    model.addAttribute("form", ChemicalDraft.empty());
    model.addAttribute("version", catalogue.version(versionId));
    return "risk/majorhazard/chemical-form";
  }

  /** Adds to the active version. */
  @PostMapping("/admin/chemicals")
  String create(@ModelAttribute("form") ChemicalDraft form, Model model, Locale locale) {
    return create(catalogue.activeVersion().id(), form, model, locale);
  }

  @PostMapping("/admin/chemicals/versions/{versionId}/chemicals")
  String create(
      @PathVariable long versionId,
      @ModelAttribute("form") ChemicalDraft form,
      Model model,
      Locale locale) {
    try {
      var created = catalogue.create(versionId, form, users.require());
      return "redirect:/admin/chemicals/" + created.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      model.addAttribute("version", catalogue.version(versionId));
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
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      return edit(id, catalogue.get(id), model);
    }
  }

  @PostMapping("/admin/chemicals/{id}/delete")
  String delete(@PathVariable long id, Model model, Locale locale) {
    try {
      CatalogueVersion version = catalogue.delete(id, users.require());
      return "redirect:/admin/chemicals/versions/" + version.id();
    } catch (ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      var entry = catalogue.get(id);
      model.addAttribute("form", ChemicalDraft.of(entry));
      return edit(id, entry, model);
    }
  }

  private String edit(long id, ChemicalEntry entry, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("entry", entry);
    model.addAttribute("version", catalogue.version(entry.versionId()));
    model.addAttribute("history", catalogue.history(id));
    return "risk/majorhazard/chemical-form";
  }
}
