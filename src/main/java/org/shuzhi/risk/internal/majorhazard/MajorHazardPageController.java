package org.shuzhi.risk.internal.majorhazard;

import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.risk.MajorHazardLevel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: list (town, level), detail with the calculation line by line, create, edit, delete. */
@Controller
@PreAuthorize(MajorHazardPageController.READERS)
class MajorHazardPageController {

  /** Business roles read sites within their data scope; the admin roles read no business data. */
  static final String READERS =
      "hasAnyRole('DISTRICT_LEADER','DEPARTMENT_STAFF','TOWN_STAFF','GRID_WORKER','ENTERPRISE_USER')";

  private final MajorHazardSites sites;
  private final SiteRows rows;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  MajorHazardPageController(
      MajorHazardSites sites,
      SiteRows rows,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages) {
    this.sites = sites;
    this.rows = rows;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @GetMapping("/risk/major-hazards")
  String list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String level,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    MajorHazardSiteRepository.Query query;
    try {
      query = SiteRows.query(town, level, page, 20);
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      query = SiteRows.query(town, null, page, 20);
    }
    var result = sites.search(query, user);
    model.addAttribute("rows", result.rows().stream().map(rows::pageRow).toList());
    model.addAttribute("total", result.total());
    model.addAttribute("query", query);
    model.addAttribute("pages", Math.max(1, (result.total() + 19) / 20));
    model.addAttribute("towns", areas.towns());
    model.addAttribute("levels", MajorHazardLevel.values());
    model.addAttribute("mayWrite", sites.mayWrite(user));
    return htmx != null ? "risk/majorhazard/list :: rows" : "risk/majorhazard/list";
  }

  @GetMapping("/risk/major-hazards/{id}")
  String detail(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    var detail = sites.get(id, user);
    model.addAttribute("d", detail);
    model.addAttribute("townName", rows.townName(detail.site().townCode()));
    model.addAttribute("mayWrite", sites.writable(user, detail.site().townCode()));
    return "risk/majorhazard/detail";
  }

  @GetMapping("/risk/major-hazards/new")
  String createForm(Model model) {
    model.addAttribute("form", SiteForm.empty());
    model.addAttribute("catalogueCodes", sites.catalogueCodes());
    return "risk/majorhazard/form";
  }

  @PostMapping("/risk/major-hazards")
  String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
    SiteForm form = SiteForm.from(params);
    try {
      long id = sites.create(form.draft(), users.require());
      return "redirect:/risk/major-hazards/" + id;
    } catch (InvalidInputException | ConflictException e) {
      return refused(form, null, e, model, locale);
    }
  }

  @GetMapping("/risk/major-hazards/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    model.addAttribute("form", SiteForm.of(sites.get(id, users.require()).site()));
    model.addAttribute("id", id);
    model.addAttribute("catalogueCodes", sites.catalogueCodes());
    return "risk/majorhazard/form";
  }

  @PostMapping("/risk/major-hazards/{id}")
  String update(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      Locale locale) {
    SiteForm form = SiteForm.from(params);
    try {
      sites.update(id, form.version() == null ? -1 : form.version(), form.draft(), users.require());
      return "redirect:/risk/major-hazards/" + id;
    } catch (InvalidInputException | ConflictException e) {
      return refused(form, id, e, model, locale);
    }
  }

  @PostMapping("/risk/major-hazards/{id}/delete")
  String delete(@PathVariable long id) {
    sites.delete(id, users.require());
    return "redirect:/risk/major-hazards";
  }

  private String refused(SiteForm form, Long id, RuntimeException e, Model model, Locale locale) {
    model.addAttribute("errors", messages.ofRefusal(e, locale));
    model.addAttribute("form", form.withSpareLines());
    model.addAttribute("id", id);
    model.addAttribute("catalogueCodes", sites.catalogueCodes());
    return "risk/majorhazard/form";
  }
}
