package org.shuzhi.efficiency.internal.improvement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Low-efficiency and zero-tax enterprises over REST: rules, lists, cases, dashboard. */
@RestController
@RequestMapping("/api/v1/efficiency/improvement")
@Tag(
    name = "efficiency-improvement",
    description =
        "Low-efficiency and zero-tax enterprises (低效企业 / 零收企业) and their improvement cases")
class ImprovementApiController {

  private final YearRules rules;
  private final Listings listings;
  private final ImprovementCases cases;
  private final ImprovementDashboard dashboard;
  private final ListingExport export;
  private final CurrentUsers users;
  private final ImprovementAccess access;

  ImprovementApiController(
      YearRules rules,
      Listings listings,
      ImprovementCases cases,
      ImprovementDashboard dashboard,
      ListingExport export,
      CurrentUsers users,
      ImprovementAccess access) {
    this.rules = rules;
    this.listings = listings;
    this.cases = cases;
    this.dashboard = dashboard;
    this.export = export;
    this.users = users;
    this.access = access;
  }

  record RulesUpdate(Integer version, ImprovementRules rules) {}

  record Transition(Integer version, String note) {}

  @Operation(summary = "The year's listing rules (thresholds in yuan per mu); version 0 = defaults")
  @GetMapping("/years/{year}/rules")
  YearRules.VersionedRules rules(@PathVariable int year) {
    access.requireRead(users.require());
    return rules.rules(year);
  }

  @Operation(
      summary = "Replace the year's listing rules (bureau; validated; audited; version must match)")
  @PutMapping("/years/{year}/rules")
  YearRules.VersionedRules updateRules(@PathVariable int year, @RequestBody RulesUpdate update) {
    if (update == null) {
      throw new InvalidInputException("rules", "efficiency.improvement.rules.missingAll");
    }
    return rules.update(year, update.rules(), update.version(), users.require());
  }

  @Operation(
      summary = "A page of the year's LOW_EFFICIENCY or ZERO_TAX list in the caller's data scope",
      description = "Each enterprise with the rules that matched, its value and the threshold.")
  @GetMapping("/years/{year}/lists/{kind}")
  Listings.ListPage list(
      @PathVariable int year,
      @PathVariable String kind,
      @RequestParam(required = false) String town,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return listings.page(
        year, CaseFilters.kind(kind), CaseFilters.town(town), page, size, users.require());
  }

  @Operation(summary = "The whole list (in scope, optionally one town) as .xlsx")
  @GetMapping("/years/{year}/lists/{kind}/export")
  void exportList(
      @PathVariable int year,
      @PathVariable String kind,
      @RequestParam(required = false) String town,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    export.write(
        year, CaseFilters.kind(kind), CaseFilters.town(town), users.require(), locale, response);
  }

  @Operation(
      summary = "Generate cases: open one for every listed enterprise without one (idempotent)")
  @PostMapping("/years/{year}/cases")
  @ResponseStatus(HttpStatus.CREATED)
  ImprovementCases.Generated generate(@PathVariable int year) {
    return cases.generate(year, users.require());
  }

  @Operation(summary = "A page of cases in the caller's data scope")
  @GetMapping("/cases")
  CaseRepository.CasePage cases(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String town,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return cases.page(CaseFilters.of(year, kind, status, town), page, size, users.require());
  }

  @Operation(summary = "A case with its history and the enterprise's multi-year figures")
  @GetMapping("/cases/{id}")
  ImprovementCases.CaseView view(@PathVariable long id) {
    return cases.view(id, users.require());
  }

  @Operation(
      summary =
          "Edit plan, measures, deadline (not in the past) and, bureau only, responsible town")
  @PutMapping("/cases/{id}")
  ImprovementCase edit(@PathVariable long id, @RequestBody ImprovementCases.CaseEdit edit) {
    return cases.edit(id, edit, users.require());
  }

  @Operation(summary = "OPEN → IN_PROGRESS (needs plan, measures and deadline)")
  @PostMapping("/cases/{id}/start")
  ImprovementCase start(@PathVariable long id, @RequestBody Transition transition) {
    return cases.start(
        id,
        transition == null ? null : transition.version(),
        transition == null ? null : transition.note(),
        users.require());
  }

  @Operation(summary = "IN_PROGRESS → CLOSED (销号), with closure reason and result")
  @PostMapping("/cases/{id}/close")
  ImprovementCase close(@PathVariable long id, @RequestBody ImprovementCases.Closing closing) {
    return cases.close(id, closing, users.require());
  }

  @Operation(
      summary = "Town dashboard: listed, open/overdue/closed cases, land (mu), tax gained (万元)",
      description =
          "Tax gained = tax of the year − tax of the year the case was opened for, over closed"
              + " cases (basis=CLOSED, default) or all cases (basis=ALL).")
  @GetMapping("/dashboard")
  ImprovementDashboard.Dashboard dashboard(
      @RequestParam int year,
      @RequestParam(defaultValue = "CLOSED") String basis,
      @RequestParam(required = false) String town) {
    return dashboard.dashboard(
        year, CaseFilters.allCases(basis), CaseFilters.town(town), users.require());
  }
}
