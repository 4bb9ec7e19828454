package org.shuzhi.hazard.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardSource;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.identity.CurrentUser;
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
import org.springframework.web.multipart.MultipartFile;

/** Pages: the list, a hazard with its history and action forms, and the phone report form. */
@Controller
@PreAuthorize(HazardPageController.BUSINESS_ROLES)
class HazardPageController {

  static final String BUSINESS_ROLES =
      "hasAnyRole('DISTRICT_LEADER', 'DEPARTMENT_STAFF', 'TOWN_STAFF', 'GRID_WORKER',"
          + " 'ENTERPRISE_USER')";

  /**
   * The list counts matches up to this many and then shows "more than 10,000": nobody pages through
   * more, and an exact count over the whole district was the costliest part of the page.
   */
  static final long LIST_COUNT_LIMIT = 10_000;

  /** The report form as text, so a bad entry comes back to the user unchanged. */
  record ReportForm(
      String title,
      String description,
      String enterpriseUscc,
      String lon,
      String lat,
      String address,
      HazardSource source) {

    static ReportForm empty() {
      return new ReportForm(null, null, null, null, null, null, null);
    }
  }

  /** An action form. */
  record ActionForm(
      HazardAction action,
      String comment,
      HazardGrade grade,
      String responsibleUnit,
      String deadline) {}

  private final HazardService service;
  private final EvidenceUploads uploads;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  HazardPageController(
      HazardService service,
      EvidenceUploads uploads,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages) {
    this.service = service;
    this.uploads = uploads;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @ModelAttribute("towns")
  List<Town> towns() {
    return areas.towns();
  }

  @ModelAttribute("grades")
  HazardGrade[] grades() {
    return HazardGrade.values();
  }

  @ModelAttribute("states")
  HazardState[] states() {
    return HazardState.values();
  }

  @GetMapping("/hazards")
  String list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) HazardGrade grade,
      @RequestParam(required = false) HazardState state,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) Boolean open,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    model.addAttribute(
        "result",
        service.search(
            new HazardQuery(town, grid, grade, state, overdue, open, null, page, 20),
            user,
            LIST_COUNT_LIMIT));
    model.addAttribute("mayReport", service.mayReport(user));
    return "hazard/list";
  }

  @GetMapping("/hazards/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("d", service.get(id, users.require()));
    return "hazard/detail";
  }

  @PostMapping("/hazards/{id}/transitions")
  String transition(
      @PathVariable long id,
      @ModelAttribute ActionForm form,
      @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
      Model model,
      Locale locale)
      throws IOException {
    CurrentUser user = users.require();
    try {
      var request =
          new TransitionRequest(
              form.action(),
              form.comment(),
              form.grade(),
              form.responsibleUnit(),
              date(form.deadline()),
              List.of());
      service.transition(id, request, uploads.readAll(photos), user);
      return "redirect:/hazards/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messagesOf(e, locale));
      model.addAttribute("d", service.get(id, user));
      return "hazard/detail";
    }
  }

  @GetMapping("/hazards/report")
  String reportForm(Model model) {
    model.addAttribute("form", ReportForm.empty());
    model.addAttribute("sources", HazardSource.values());
    return "hazard/report";
  }

  @PostMapping("/hazards/report")
  String report(
      @ModelAttribute("form") ReportForm form,
      @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
      Model model,
      Locale locale)
      throws IOException {
    try {
      var report =
          new HazardReport(
              form.title(),
              form.description(),
              form.enterpriseUscc(),
              number(form.lon(), "lon"),
              number(form.lat(), "lat"),
              form.address(),
              form.source());
      var created = service.report(report, uploads.readAll(photos), users.require());
      return "redirect:/hazards/" + created.hazard().id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messagesOf(e, locale));
      model.addAttribute("sources", HazardSource.values());
      return "hazard/report";
    }
  }

  private List<String> messagesOf(RuntimeException e, Locale locale) {
    return e instanceof InvalidInputException invalid
        ? messages.of(invalid, locale)
        : messages.of((ConflictException) e, locale);
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("deadline", "hazard.deadline.invalid", s);
    }
  }

  private static Double number(String s, String field) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(s.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "hazard.location.invalid", s);
    }
  }
}
