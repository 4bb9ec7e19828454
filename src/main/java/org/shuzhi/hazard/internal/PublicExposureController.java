package org.shuzhi.hazard.internal;

import java.time.LocalDate;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public exposure list (曝光): enterprise (or town, for a location-only hazard), hazard title and
 * days overdue. No personal data and no internal ids, so nothing can be enumerated or traced to a
 * person.
 */
@Controller
class PublicExposureController {

  /** One public line. */
  record Line(String enterpriseName, String townName, String title, long daysOverdue) {}

  private final EscalationRepository escalations;
  private final HazardService service;
  private final AreaDirectory areas;

  PublicExposureController(
      EscalationRepository escalations, HazardService service, AreaDirectory areas) {
    this.escalations = escalations;
    this.service = service;
    this.areas = areas;
  }

  @GetMapping("/public/exposure")
  String exposure(Model model) {
    LocalDate today = service.today();
    model.addAttribute(
        "lines",
        escalations.exposures().stream()
            .map(
                e ->
                    new Line(
                        e.enterpriseName(),
                        areas.town(e.townCode()).map(Town::name).orElse(e.townCode()),
                        e.title(),
                        EscalationRule.daysOverdue(e.deadline(), today)))
            .toList());
    model.addAttribute("today", today);
    return "hazard/exposure";
  }
}
