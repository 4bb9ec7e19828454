package org.shuzhi.risk.internal.safetycode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What scanning a safety code opens, without sign-in: the enterprise's name, its colour, when it
 * was computed and its open-hazard counts. No personal data and no internal id or USCC; an unknown
 * token is a plain 404.
 */
@Controller
class PublicSafetyCodeController {

  /** Only what the public may see. */
  record PublicCode(
      String enterpriseName,
      String colour,
      String css,
      java.time.Instant computedAt,
      long openHazards,
      long openMajorHazards,
      long overdueHazards) {}

  private final SafetyCodeService service;

  PublicSafetyCodeController(SafetyCodeService service) {
    this.service = service;
  }

  @GetMapping("/public/safety-code/{token}")
  String show(@PathVariable String token, Model model) {
    SafetyCodeView v = service.byToken(token);
    model.addAttribute(
        "code",
        new PublicCode(
            v.enterpriseName(),
            v.colour().name(),
            v.colour().css(),
            v.computedAt(),
            v.inputs().openHazards(),
            v.inputs().openMajorHazards(),
            v.inputs().overdueHazards()));
    return "risk/safetycode/public";
  }
}
