package org.shuzhi.enterprise.internal;

import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.enterprise.EnterpriseQuery;
import org.shuzhi.enterprise.EnterpriseView;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NumberInput;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: list with filters and paging, detail, create and edit. */
@Controller
class EnterprisePageController {

  /** The form's fields, as text, so a bad entry is shown back to the user unchanged. */
  record Form(
      String uscc,
      String name,
      String legalRepresentative,
      String contactPhone,
      String industryCode,
      Boolean aboveScale,
      String townCode,
      String address,
      String lon,
      String lat,
      String coordinateSystem,
      String landAreaMu,
      String employees,
      Integer version) {

    static Form of(EnterpriseView v) {
      return new Form(
          v.uscc(),
          v.name(),
          v.legalRepresentative(),
          null,
          v.industryCode(),
          v.aboveScale(),
          v.townCode(),
          v.address(),
          v.lon() == null ? null : v.lon().toString(),
          v.lat() == null ? null : v.lat().toString(),
          "WGS84",
          v.landAreaMu() == null ? null : v.landAreaMu().toPlainString(),
          v.employees() == null ? null : v.employees().toString(),
          v.version());
    }

    static Form empty() {
      return new Form(
          null, null, null, null, null, false, null, null, null, null, "WGS84", null, null, null);
    }
  }

  private final EnterpriseService service;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  EnterprisePageController(
      EnterpriseService service,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages) {
    this.service = service;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @ModelAttribute("towns")
  List<org.shuzhi.area.Town> towns() {
    return areas.towns();
  }

  @GetMapping("/enterprises")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String industry,
      @RequestParam(required = false) Boolean aboveScale,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    CurrentUser user = users.require();
    model.addAttribute(
        "result",
        service.search(new EnterpriseQuery(q, town, industry, aboveScale, page, 20), user));
    model.addAttribute("mayWrite", service.mayWrite(user));
    model.addAttribute("mayExportPlaintext", user.mayViewPlaintext());
    return htmx != null ? "enterprise/list :: rows" : "enterprise/list";
  }

  @GetMapping("/enterprises/{id}")
  String detail(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    model.addAttribute("e", service.get(id, user));
    model.addAttribute("mayReveal", user.mayViewPlaintext());
    return "enterprise/detail";
  }

  @PostMapping("/enterprises/{id}/reveal-phone")
  String reveal(@PathVariable long id, Model model) {
    model.addAttribute("phone", service.revealContactPhone(id, users.require()));
    return "enterprise/detail :: phone";
  }

  @GetMapping("/enterprises/new")
  String createForm(Model model) {
    model.addAttribute("form", Form.empty());
    return "enterprise/form";
  }

  @PostMapping("/enterprises")
  String create(@ModelAttribute("form") Form form, Model model, Locale locale) {
    try {
      var created = service.create(draft(form), users.require());
      return "redirect:/enterprises/" + created.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      return "enterprise/form";
    }
  }

  @GetMapping("/enterprises/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    var view = service.get(id, users.require());
    model.addAttribute("form", Form.of(view));
    model.addAttribute("id", id);
    return "enterprise/form";
  }

  @PostMapping("/enterprises/{id}")
  String update(
      @PathVariable long id, @ModelAttribute("form") Form form, Model model, Locale locale) {
    try {
      service.update(
          id, form.version() == null ? -1 : form.version(), draft(form), users.require());
      return "redirect:/enterprises/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      model.addAttribute("id", id);
      return "enterprise/form";
    }
  }

  private static EnterpriseDraft draft(Form f) {
    return new EnterpriseDraft(
        f.uscc(),
        f.name(),
        f.legalRepresentative(),
        f.contactPhone(),
        f.industryCode(),
        f.aboveScale(),
        f.townCode(),
        f.address(),
        NumberInput.decimalNumber(f.lon(), "lon"),
        NumberInput.decimalNumber(f.lat(), "lat"),
        f.coordinateSystem() == null || f.coordinateSystem().isBlank()
            ? CoordinateSystem.WGS84
            : CoordinateSystem.valueOf(f.coordinateSystem()),
        NumberInput.decimal(f.landAreaMu(), "landAreaMu"),
        null,
        NumberInput.integer(f.employees(), "employees"),
        false);
  }
}
