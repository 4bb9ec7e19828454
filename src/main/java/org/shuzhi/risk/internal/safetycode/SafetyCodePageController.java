package org.shuzhi.risk.internal.safetycode;

import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.risk.RiskColour;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages: the list, a code's detail with its inputs, the printable QR sheet, the rules. */
@Controller
class SafetyCodePageController {

  static final String READERS =
      "hasAnyRole('DISTRICT_LEADER', 'DEPARTMENT_STAFF', 'TOWN_STAFF', 'GRID_WORKER',"
          + " 'ENTERPRISE_USER')";
  static final int PAGE_SIZE = 50;

  private final SafetyCodeService service;
  private final SafetyCodeQr qr;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  SafetyCodePageController(
      SafetyCodeService service,
      SafetyCodeQr qr,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages) {
    this.service = service;
    this.qr = qr;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @GetMapping("/risk/safety-codes")
  @PreAuthorize(READERS)
  String list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String colour,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    String townCode = town == null || town.isBlank() ? null : town.trim();
    RiskColour c = null;
    try {
      c = colour(colour);
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
    }
    model.addAttribute("page", service.search(townCode, c, users.require(), page, PAGE_SIZE));
    model.addAttribute("pageNumber", Math.max(page, 0));
    model.addAttribute("pageSize", PAGE_SIZE);
    model.addAttribute("town", townCode);
    model.addAttribute("colour", c);
    model.addAttribute("towns", areas.towns());
    model.addAttribute("colours", RiskColour.values());
    return "risk/safetycode/list";
  }

  @GetMapping("/risk/safety-codes/{id}")
  @PreAuthorize(READERS)
  String detail(@PathVariable long id, Model model) {
    SafetyCodeView code = service.get(id, users.require());
    model.addAttribute("code", code);
    model.addAttribute("townName", townName(code.townCode()));
    model.addAttribute("publicUrl", qr.publicUrl(code.token()));
    return "risk/safetycode/detail";
  }

  @GetMapping("/risk/safety-codes/{id}/print")
  @PreAuthorize(READERS)
  String print(@PathVariable long id, Model model) {
    SafetyCodeView code = service.get(id, users.require());
    model.addAttribute("code", code);
    model.addAttribute("publicUrl", qr.publicUrl(code.token()));
    return "risk/safetycode/print";
  }

  @GetMapping(value = "/risk/safety-codes/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> qrPng(@PathVariable long id) {
    SafetyCodeView code = service.get(id, users.require());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.IMAGE_PNG)
        .body(qr.png(qr.publicUrl(code.token())));
  }

  @GetMapping("/risk/safety-code-rules")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  String rules(Model model) {
    SafetyCodeRuleSet current = service.currentRules();
    model.addAttribute("rules", current);
    if (!model.containsAttribute("text")) {
      model.addAttribute("text", current.text());
    }
    return "risk/safetycode/rules";
  }

  @PostMapping("/risk/safety-code-rules")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  String saveRules(@RequestParam(defaultValue = "") String text, Model model, Locale locale) {
    try {
      service.replaceRules(text, users.require());
      return "redirect:/risk/safety-code-rules?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      model.addAttribute("text", text);
      return rules(model);
    }
  }

  private String townName(String code) {
    return areas.town(code).map(t -> t.name()).orElse(code);
  }

  static RiskColour colour(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return RiskColour.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("colour", "risk.sc.colour.invalid", text);
    }
  }
}
