package org.shuzhi.hazard.internal;

import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The monthly bulletin (通报) of overdue hazards, and the open warning-interview tasks. */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_LEADER', 'DEPARTMENT_STAFF', 'TOWN_STAFF')")
class BulletinPageController {

  /** A bulletin line with the town's name. */
  record Line(EscalationRepository.Entry entry, String townName) {}

  private final EscalationRepository escalations;
  private final HazardService service;
  private final AreaDirectory areas;
  private final CurrentUsers users;
  private final ProblemMessages messages;

  BulletinPageController(
      EscalationRepository escalations,
      HazardService service,
      AreaDirectory areas,
      CurrentUsers users,
      ProblemMessages messages) {
    this.escalations = escalations;
    this.service = service;
    this.areas = areas;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/hazards/bulletin")
  String bulletin(@RequestParam(required = false) String month, Model model, Locale locale) {
    String current = HazardEscalator.MONTH.format(service.today());
    String m = current;
    try {
      m = BulletinMonth.parse(month).orElse(current);
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
    }
    var scope = users.require().scope();
    model.addAttribute("month", m);
    model.addAttribute(
        "lines",
        escalations.entries(EscalationLevel.BULLETIN, m, scope).stream().map(this::line).toList());
    model.addAttribute(
        "warnings",
        escalations.entries(EscalationLevel.WARNING, m, scope).stream().map(this::line).toList());
    return "hazard/bulletin";
  }

  private Line line(EscalationRepository.Entry e) {
    return new Line(e, areas.town(e.townCode()).map(Town::name).orElse(e.townCode()));
  }
}
