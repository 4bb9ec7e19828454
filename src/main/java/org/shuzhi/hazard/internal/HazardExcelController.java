package org.shuzhi.hazard.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Excel exports of the hazard list and of a month's bulletin (audited). */
@Controller
@PreAuthorize(HazardPageController.BUSINESS_ROLES)
class HazardExcelController {

  private final HazardService service;
  private final EscalationRepository escalations;
  private final Spreadsheets spreadsheets;
  private final MessageSource messages;
  private final AreaDirectory areas;
  private final CurrentUsers users;
  private final HazardAudit audit;

  HazardExcelController(
      HazardService service,
      EscalationRepository escalations,
      Spreadsheets spreadsheets,
      MessageSource messages,
      AreaDirectory areas,
      CurrentUsers users,
      HazardAudit audit) {
    this.service = service;
    this.escalations = escalations;
    this.spreadsheets = spreadsheets;
    this.messages = messages;
    this.areas = areas;
    this.users = users;
    this.audit = audit;
  }

  @GetMapping({"/hazards/export", "/api/v1/hazards/export"})
  void export(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) HazardGrade grade,
      @RequestParam(required = false) HazardState state,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) Boolean open,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    var user = users.require();
    List<List<Object>> rows = new ArrayList<>();
    service.forEach(
        new HazardQuery(town, grid, grade, state, overdue, open, null, 0, 1),
        user,
        h ->
            rows.add(
                java.util.Arrays.asList(
                    h.enterpriseName(),
                    h.enterpriseUscc(),
                    h.title(),
                    h.townName(),
                    label("hazard.source." + h.source(), locale),
                    h.grade() == null ? null : label("hazard.grade." + h.grade(), locale),
                    label("hazard.state." + h.state(), locale),
                    h.responsibleUnit(),
                    h.deadline() == null ? null : h.deadline().toString(),
                    h.overdue() ? h.daysOverdue() : null,
                    h.supervised() ? label("hazard.yes", locale) : null)));
    Spreadsheets.download(response, "hazards-" + service.today() + ".xlsx");
    spreadsheets.write(
        label("hazard.list.title", locale),
        headers(
            locale,
            "enterprise",
            "uscc",
            "title",
            "town",
            "source",
            "grade",
            "state",
            "responsibleUnit",
            "deadline",
            "daysOverdue",
            "supervised"),
        rows,
        response.getOutputStream());
    audit.exported("hazards", rows.size());
  }

  @GetMapping({"/hazards/bulletin/export", "/api/v1/hazards/bulletin/export"})
  void exportBulletin(
      @RequestParam(required = false) String month, HttpServletResponse response, Locale locale)
      throws IOException {
    String m = BulletinMonth.parse(month).orElse(HazardEscalator.MONTH.format(service.today()));
    List<List<Object>> rows = new ArrayList<>();
    for (var e : escalations.entries(EscalationLevel.BULLETIN, m, users.require().scope())) {
      rows.add(
          java.util.Arrays.asList(
              e.enterpriseName(),
              e.title(),
              areas.town(e.townCode()).map(Town::name).orElse(e.townCode()),
              e.grade() == null ? null : label("hazard.grade." + e.grade(), locale),
              e.responsibleUnit(),
              e.deadline() == null ? null : e.deadline().toString(),
              e.daysOverdueThen(),
              label("hazard.state." + e.state(), locale)));
    }
    Spreadsheets.download(response, "hazard-bulletin-" + m + ".xlsx");
    spreadsheets.write(
        m,
        headers(
            locale,
            "enterprise",
            "title",
            "town",
            "grade",
            "responsibleUnit",
            "deadline",
            "daysOverdue",
            "state"),
        rows,
        response.getOutputStream());
    audit.exported("bulletin " + m, rows.size());
  }

  private List<String> headers(Locale locale, String... fields) {
    return java.util.Arrays.stream(fields).map(f -> label("hazard.field." + f, locale)).toList();
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
