package org.shuzhi.risk.internal.safetycode;

import java.time.Instant;
import java.util.List;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.risk.RiskColour;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Safety codes for API clients, within the caller's data scope. */
@RestController
@PreAuthorize(SafetyCodePageController.READERS)
class SafetyCodeApiController {

  /** One code in a list (no token: the public URL is for print, from the staff pages). */
  record Item(
      long id,
      String uscc,
      String enterpriseName,
      String townCode,
      RiskColour colour,
      Integer rulePosition,
      String rule,
      Instant computedAt) {}

  record ItemPage(long total, int page, int size, List<Item> items) {}

  record Detail(Item code, int ruleVersion, SafetyCodeInputs inputs) {}

  private final SafetyCodeService service;
  private final CurrentUsers users;

  SafetyCodeApiController(SafetyCodeService service, CurrentUsers users) {
    this.service = service;
    this.users = users;
  }

  @GetMapping("/api/v1/risk/safety-codes")
  ItemPage list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String colour,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    int pageSize = Math.min(Math.max(size, 1), 1000);
    String townCode = town == null || town.isBlank() ? null : town.trim();
    var result =
        service.search(
            townCode, SafetyCodePageController.colour(colour), users.require(), page, pageSize);
    return new ItemPage(
        result.total(),
        Math.max(page, 0),
        pageSize,
        result.items().stream().map(SafetyCodeApiController::item).toList());
  }

  @GetMapping("/api/v1/risk/safety-codes/{id}")
  Detail get(@PathVariable long id) {
    SafetyCodeView v = service.get(id, users.require());
    return new Detail(item(v), v.ruleVersion(), v.inputs());
  }

  static Item item(SafetyCodeView v) {
    return new Item(
        v.id(),
        v.uscc(),
        v.enterpriseName(),
        v.townCode(),
        v.colour(),
        v.rulePosition(),
        v.ruleText(),
        v.computedAt());
  }
}
