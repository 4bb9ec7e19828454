package org.shuzhi.efficiency.internal.improvement;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.NumberInput;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages: the town dashboard, a year's lists with export and the "generate cases" action, the rules
 * form, the case list (also per town) and a case with its plan form, transitions, history and
 * trend.
 */
@Controller
class ImprovementPageController {

  private static final int PAGE_SIZE = 50;

  private final YearRules rules;
  private final Listings listings;
  private final ImprovementCases cases;
  private final ImprovementDashboard dashboard;
  private final ListingExport export;
  private final CurrentUsers users;
  private final ImprovementAccess access;
  private final AreaDirectory areas;
  private final ProblemMessages problems;

  ImprovementPageController(
      YearRules rules,
      Listings listings,
      ImprovementCases cases,
      ImprovementDashboard dashboard,
      ListingExport export,
      CurrentUsers users,
      ImprovementAccess access,
      AreaDirectory areas,
      ProblemMessages problems) {
    this.rules = rules;
    this.listings = listings;
    this.cases = cases;
    this.dashboard = dashboard;
    this.export = export;
    this.users = users;
    this.access = access;
    this.areas = areas;
    this.problems = problems;
  }

  @GetMapping("/efficiency/improvement")
  String dashboard(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "CLOSED") String basis,
      @RequestParam(required = false) Integer generatedLow,
      @RequestParam(required = false) Integer generatedZero,
      Model model) {
    CurrentUser user = users.require();
    access.requireRead(user);
    if (year != null && generatedLow != null && generatedZero != null) {
      model.addAttribute(
          "generated", new ImprovementCases.Generated(year, generatedLow, generatedZero));
    }
    List<Integer> years = rules.years();
    Integer selected = year != null ? year : years.isEmpty() ? null : years.get(0);
    if (selected != null && !years.contains(selected)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("years", years);
    model.addAttribute("year", selected);
    model.addAttribute("basis", basis(basis) ? "ALL" : "CLOSED");
    model.addAttribute("isBureau", access.isBureau(user));
    if (selected != null) {
      model.addAttribute("dashboard", dashboard.dashboard(selected, basis(basis), null, user));
      model.addAttribute("rules", rules.rules(selected));
    }
    return "efficiency/improvement/dashboard";
  }

  @PostMapping("/efficiency/improvement/{year}/generate")
  String generate(@PathVariable int year) {
    var generated = cases.generate(year, users.require());
    // the counts travel in the URL: the JDBC session stores only serialisable values
    return "redirect:/efficiency/improvement?year="
        + year
        + "&generatedLow="
        + generated.lowEfficiency()
        + "&generatedZero="
        + generated.zeroTax();
  }

  @GetMapping("/efficiency/improvement/{year}/lists/{kind}")
  String list(
      @PathVariable int year,
      @PathVariable String kind,
      @RequestParam(required = false) String town,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    ImprovementKind k = kind(kind);
    String t = town(town);
    if (page < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    try {
      model.addAttribute("list", listings.page(year, k, t, page, PAGE_SIZE, user));
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("year", year);
    model.addAttribute("kind", k.name());
    model.addAttribute("town", t);
    model.addAttribute("towns", towns(user));
    model.addAttribute(
        "townNames",
        areas.towns().stream()
            .collect(java.util.stream.Collectors.toMap(Town::code, Town::name, (a, b) -> a)));
    model.addAttribute("isBureau", access.isBureau(user));
    return "efficiency/improvement/list";
  }

  @GetMapping("/efficiency/improvement/{year}/lists/{kind}/export")
  void exportList(
      @PathVariable int year,
      @PathVariable String kind,
      @RequestParam(required = false) String town,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    export.write(year, kind(kind), town(town), users.require(), locale, response);
  }

  @GetMapping("/efficiency/improvement/{year}/rules")
  String rulesPage(@PathVariable int year, Model model) {
    CurrentUser user = users.require();
    access.requireRead(user);
    var stored = stored(year);
    model.addAttribute("year", year);
    model.addAttribute("stored", stored);
    model.addAttribute("form", stored.rules());
    model.addAttribute("version", stored.version());
    model.addAttribute("isBureau", access.isBureau(user));
    return "efficiency/improvement/rules";
  }

  @PostMapping("/efficiency/improvement/{year}/rules")
  String saveRules(
      @PathVariable int year,
      @RequestParam(required = false) String aboveScaleTaxPerMu,
      @RequestParam(required = false) String belowScaleTaxPerMu,
      @RequestParam(required = false) String belowScaleLandMu,
      @RequestParam(required = false) String zeroTaxLandAboveMu,
      @RequestParam(required = false) String zeroTaxTaxAtMost,
      @RequestParam(required = false) String includeServices,
      @RequestParam(required = false) Integer version,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    access.requireBureau(user);
    ImprovementRules form = null;
    try {
      form =
          new ImprovementRules(
              NumberInput.decimalNumber(aboveScaleTaxPerMu, "aboveScaleTaxPerMu"),
              NumberInput.decimalNumber(belowScaleTaxPerMu, "belowScaleTaxPerMu"),
              NumberInput.decimalNumber(belowScaleLandMu, "belowScaleLandMu"),
              NumberInput.decimalNumber(zeroTaxLandAboveMu, "zeroTaxLandAboveMu"),
              NumberInput.decimalNumber(zeroTaxTaxAtMost, "zeroTaxTaxAtMost"),
              includeServices != null);
      rules.update(year, form, version, user);
      return "redirect:/efficiency/improvement/" + year + "/rules?saved";
    } catch (RuntimeException e) {
      model.addAttribute("errors", problems.ofRefusal(e, locale));
    }
    var stored = stored(year);
    model.addAttribute("year", year);
    model.addAttribute("stored", stored);
    model.addAttribute(
        "form",
        form != null
            ? form
            : new ImprovementRules(null, null, null, null, null, includeServices != null));
    model.addAttribute("typed", true);
    model.addAttribute("version", version == null ? stored.version() : version);
    model.addAttribute("isBureau", true);
    return "efficiency/improvement/rules";
  }

  @GetMapping("/efficiency/improvement/cases")
  String casesPage(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String town,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    CaseRepository.CaseFilter filter;
    try {
      filter = CaseFilters.of(year, kind, status, town(town));
    } catch (InvalidInputException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    if (page < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    model.addAttribute("result", cases.page(filter, page, PAGE_SIZE, user));
    model.addAttribute("filter", filter);
    model.addAttribute("status", status == null || status.isBlank() ? null : status.trim());
    model.addAttribute("years", rules.years());
    model.addAttribute("kinds", List.of(ImprovementKind.values()));
    model.addAttribute("towns", towns(user));
    model.addAttribute("townName", filter.town() == null ? null : townName(filter.town()));
    return "efficiency/improvement/cases";
  }

  @GetMapping("/efficiency/improvement/towns/{town}")
  String townPage(
      @PathVariable String town,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "CLOSED") String basis,
      Model model) {
    CurrentUser user = users.require();
    access.requireRead(user);
    if (areas.town(town).isEmpty() || !user.scope().coversTown(town)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    List<Integer> years = rules.years();
    Integer selected = year != null ? year : years.isEmpty() ? null : years.get(0);
    if (selected != null && !years.contains(selected)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("town", town);
    model.addAttribute("townName", townName(town));
    model.addAttribute("years", years);
    model.addAttribute("year", selected);
    model.addAttribute("basis", basis(basis) ? "ALL" : "CLOSED");
    if (selected != null) {
      model.addAttribute("dashboard", dashboard.dashboard(selected, basis(basis), town, user));
    }
    model.addAttribute(
        "result", cases.page(CaseFilters.of(null, null, null, town), 0, PAGE_SIZE, user));
    return "efficiency/improvement/town";
  }

  @GetMapping("/efficiency/improvement/cases/{id}")
  String casePage(@PathVariable long id, Model model) {
    return showCase(id, model, null);
  }

  @PostMapping("/efficiency/improvement/cases/{id}")
  String edit(
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String plan,
      @RequestParam(required = false) String[] measures,
      @RequestParam(required = false) String responsibleTown,
      @RequestParam(required = false) String deadline,
      Model model,
      Locale locale) {
    try {
      cases.edit(
          id,
          new ImprovementCases.CaseEdit(
              version,
              plan == null ? "" : plan,
              measures == null ? List.of() : Arrays.asList(measures),
              responsibleTown,
              deadline == null ? "" : deadline),
          users.require());
      return "redirect:/efficiency/improvement/cases/" + id + "?saved";
    } catch (RuntimeException e) {
      return showCase(id, model, problems.ofRefusal(e, locale));
    }
  }

  @PostMapping("/efficiency/improvement/cases/{id}/start")
  String start(
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String note,
      Model model,
      Locale locale) {
    try {
      cases.start(id, version, note, users.require());
      return "redirect:/efficiency/improvement/cases/" + id;
    } catch (RuntimeException e) {
      return showCase(id, model, problems.ofRefusal(e, locale));
    }
  }

  @PostMapping("/efficiency/improvement/cases/{id}/close")
  String close(
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String result,
      Model model,
      Locale locale) {
    try {
      cases.close(id, new ImprovementCases.Closing(version, reason, result), users.require());
      return "redirect:/efficiency/improvement/cases/" + id;
    } catch (RuntimeException e) {
      return showCase(id, model, problems.ofRefusal(e, locale));
    }
  }

  private String showCase(long id, Model model, List<String> errors) {
    CurrentUser user = users.require();
    ImprovementCases.CaseView view;
    try {
      view = cases.view(id, user);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("view", view);
    model.addAttribute("c", view.improvementCase());
    model.addAttribute("errors", errors);
    model.addAttribute("measures", List.of(Measure.values()));
    model.addAttribute("reasons", List.of(ClosureReason.values()));
    model.addAttribute("towns", areas.towns());
    model.addAttribute("townName", townName(view.improvementCase().responsibleTown()));
    model.addAttribute("enterpriseTownName", townName(view.improvementCase().townCode()));
    model.addAttribute("today", cases.today().toString());
    return "efficiency/improvement/case";
  }

  private YearRules.VersionedRules stored(int year) {
    try {
      return rules.rules(year);
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private List<Town> towns(CurrentUser user) {
    return areas.towns().stream().filter(t -> user.scope().coversTown(t.code())).toList();
  }

  private String townName(String code) {
    return code == null ? null : areas.town(code).map(Town::name).orElse(code);
  }

  private static boolean basis(String basis) {
    try {
      return CaseFilters.allCases(basis);
    } catch (InvalidInputException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  /** An unknown list kind is a page that does not exist. */
  private static ImprovementKind kind(String text) {
    try {
      return CaseFilters.kind(text);
    } catch (InvalidInputException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  /** Pages also refuse a town code that is not a town of the district. */
  private String town(String text) {
    String town = CaseFilters.town(text);
    if (town != null && areas.town(town).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return town;
  }
}
