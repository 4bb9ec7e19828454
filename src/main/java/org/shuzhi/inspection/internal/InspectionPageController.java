package org.shuzhi.inspection.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.risk.RiskColour;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages: the monthly plan, an inspection with its checklist and violations, the supervision list
 * and the enforcement list, each filterable and exported to Excel with the same filters.
 */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_LEADER', 'DEPARTMENT_STAFF', 'TOWN_STAFF', 'GRID_WORKER')")
class InspectionPageController {

  static final int PLAN_LIMIT = 2000;

  private final InspectionService service;
  private final InspectionPlanner planner;
  private final EnforcementRanking ranking;
  private final SupervisionQueries supervision;
  private final InspectionRights rights;
  private final InspectionExcel excel;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  InspectionPageController(
      InspectionService service,
      InspectionPlanner planner,
      EnforcementRanking ranking,
      SupervisionQueries supervision,
      InspectionRights rights,
      InspectionExcel excel,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages) {
    this.service = service;
    this.planner = planner;
    this.ranking = ranking;
    this.supervision = supervision;
    this.rights = rights;
    this.excel = excel;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @ModelAttribute("towns")
  List<Town> towns() {
    return areas.towns();
  }

  @ModelAttribute("tiers")
  SupervisionTier[] tiers() {
    return SupervisionTier.values();
  }

  @ModelAttribute("colours")
  RiskColour[] colours() {
    return RiskColour.values();
  }

  @ModelAttribute("inspectionStates")
  InspectionState[] states() {
    return InspectionState.values();
  }

  @GetMapping("/inspections/plan")
  String plan(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) InspectionState state,
      @RequestParam(required = false) SupervisionTier tier,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    YearMonth m = month(month, model, locale);
    var query = new InspectionRepository.PlanQuery(m, town, grid, state, tier);
    var rows = service.plan(query, user, PLAN_LIMIT);
    model.addAttribute("month", m.toString());
    model.addAttribute("grids", gridsOf(query.townCode()));
    model.addAttribute("rows", rows);
    model.addAttribute("townNames", townNames());
    model.addAttribute("mayPlan", rights.mayPlan(user));
    model.addAttribute("mayRecord", rights.mayRecord(user));
    model.addAttribute("checklists", service.checklists());
    model.addAttribute("recent", service.recent(user));
    return "inspection/plan";
  }

  @GetMapping("/inspections/plan/export")
  void exportPlan(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) InspectionState state,
      @RequestParam(required = false) SupervisionTier tier,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    YearMonth m = service.month(month);
    var rows =
        service.plan(
            new InspectionRepository.PlanQuery(m, town, grid, state, tier),
            users.require(),
            100_000);
    excel.plan(m, rows, townNames(), locale, response);
  }

  @PostMapping("/inspections/plan/generate")
  String generate(@RequestParam String month, Model model, Locale locale) {
    CurrentUser user = users.require();
    rights.requirePlan(user);
    YearMonth m;
    try {
      m = service.month(month);
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return plan(null, null, null, null, null, model, locale);
    }
    var run = planner.generatePlan(m, null);
    return "redirect:/inspections/plan?month=" + m + "&generated=" + run.planned();
  }

  @PostMapping("/inspections")
  String startAdHoc(
      @RequestParam(required = false) String uscc,
      @RequestParam(required = false) String checklist,
      Model model,
      Locale locale) {
    try {
      long id = service.startAdHoc(uscc, checklist, users.require());
      return "redirect:/inspections/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return plan(null, null, null, null, null, model, locale);
    }
  }

  @GetMapping("/inspections/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("d", service.get(id, users.require()));
    model.addAttribute("penaltyKinds", PenaltyKind.values());
    model.addAttribute("outcomes", Outcome.values());
    return "inspection/detail";
  }

  @PostMapping("/inspections/{id}/start")
  String start(
      @PathVariable long id,
      @RequestParam(required = false) String checklist,
      Model model,
      Locale locale) {
    try {
      service.startPlanned(id, checklist, users.require());
      return "redirect:/inspections/" + id;
    } catch (InvalidInputException | ConflictException e) {
      return again(id, e, model, locale);
    }
  }

  @PostMapping("/inspections/{id}/results")
  String answer(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      Locale locale) {
    try {
      Map<Long, InspectionService.Answer> answers = new LinkedHashMap<>();
      for (var e : form.entrySet()) {
        if (e.getKey().startsWith("outcome-")) {
          long itemId = itemId(e.getKey().substring("outcome-".length()));
          Outcome outcome = Outcome.parse(e.getValue().isEmpty() ? null : e.getValue().get(0));
          answers.put(
              itemId, new InspectionService.Answer(outcome, form.getFirst("note-" + itemId)));
        }
      }
      boolean finish = "true".equals(form.getFirst("finish"));
      service.answer(id, answers, finish, users.require());
      return "redirect:/inspections/" + id;
    } catch (InvalidInputException | ConflictException e) {
      return again(id, e, model, locale);
    }
  }

  @PostMapping("/inspections/{id}/violations")
  String violation(
      @PathVariable long id,
      @RequestParam(required = false) String violation,
      @RequestParam(required = false) String legalBasis,
      @RequestParam(required = false) PenaltyKind penaltyKind,
      @RequestParam(required = false) String amount,
      Model model,
      Locale locale) {
    try {
      service.addViolation(
          id,
          new InspectionService.ViolationDraft(violation, legalBasis, penaltyKind, amount),
          users.require());
      return "redirect:/inspections/" + id;
    } catch (InvalidInputException | ConflictException e) {
      return again(id, e, model, locale);
    }
  }

  @GetMapping("/inspections/enforcement")
  String enforcement(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) RiskColour colour,
      @RequestParam(defaultValue = "" + EnforcementQuery.DEFAULT_TOP) int top,
      Model model) {
    var query = new EnforcementQuery(town, grid, colour, top);
    model.addAttribute("rows", ranking.top(query, users.require()));
    model.addAttribute("top", query.top());
    model.addAttribute("grids", gridsOf(query.townCode()));
    return "inspection/enforcement";
  }

  @GetMapping({"/inspections/enforcement/export", "/api/v1/inspections/enforcement/export"})
  void exportEnforcement(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) RiskColour colour,
      @RequestParam(defaultValue = "" + EnforcementQuery.DEFAULT_TOP) int top,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    var rows = ranking.top(new EnforcementQuery(town, grid, colour, top), users.require());
    excel.enforcement(rows, locale, response);
  }

  @GetMapping("/inspections/supervision")
  String supervision(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) SupervisionTier tier,
      @RequestParam(required = false) RiskColour colour,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    var query = new SupervisionQuery(town, grid, tier, colour, page, SupervisionQuery.DEFAULT_SIZE);
    var result = supervision.list(query, users.require());
    model.addAttribute("result", result);
    model.addAttribute("lastPage", Math.max(0, (result.total() - 1) / result.size()));
    model.addAttribute("grids", gridsOf(query.townCode()));
    model.addAttribute("gridNames", gridNames(result.items()));
    return "inspection/supervision";
  }

  @GetMapping({"/inspections/supervision/export", "/api/v1/inspections/supervision/export"})
  void exportSupervision(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) SupervisionTier tier,
      @RequestParam(required = false) RiskColour colour,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    var rows =
        supervision.all(new SupervisionQuery(town, grid, tier, colour, 0, 1), users.require());
    excel.supervision(rows, gridNames(rows), locale, response);
  }

  private String again(long id, RuntimeException e, Model model, Locale locale) {
    model.addAttribute("errors", messages.ofRefusal(e, locale));
    return detail(id, model);
  }

  /** The grids of the chosen town for the grid filter; none until a town is chosen. */
  private List<Grid> gridsOf(String townCode) {
    return townCode == null ? List.of() : areas.gridsOfTown(townCode);
  }

  /** Names of the grids the rows lie in, one lookup per distinct grid. */
  private Map<Long, String> gridNames(List<SupervisionQueries.SupervisionView> rows) {
    Map<Long, String> names = new HashMap<>();
    for (var row : rows) {
      if (row.gridId() != null && !names.containsKey(row.gridId())) {
        names.put(row.gridId(), areas.grid(row.gridId()).map(Grid::name).orElse(null));
      }
    }
    return names;
  }

  private Map<String, String> townNames() {
    Map<String, String> names = new LinkedHashMap<>();
    areas.towns().forEach(t -> names.put(t.code(), t.name()));
    return names;
  }

  private YearMonth month(String text, Model model, Locale locale) {
    try {
      return service.month(text);
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return service.currentMonth();
    }
  }

  private static long itemId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("item", "inspection.item.unknown", text);
    }
  }
}
