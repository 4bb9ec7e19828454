package org.shuzhi.inspection.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.inspection.internal.InspectionService.Answer;
import org.shuzhi.inspection.internal.InspectionService.Checklist;
import org.shuzhi.inspection.internal.InspectionService.InspectionDetail;
import org.shuzhi.inspection.internal.InspectionService.InspectionPage;
import org.shuzhi.inspection.internal.InspectionService.PlanPage;
import org.shuzhi.inspection.internal.SupervisionQueries.SupervisionPage;
import org.shuzhi.inspection.internal.SupervisionQueries.SupervisionView;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of inspections, tiered supervision and targeted enforcement: the same services, roles,
 * data scope and messages as the pages (errors as RFC 9457 problem details in the caller's
 * language).
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(
    name = "inspections",
    description = "Inspections (监督检查), tiered supervision (分级监管) and targeted enforcement (精准执法)")
@PreAuthorize("hasAnyRole('DISTRICT_LEADER', 'DEPARTMENT_STAFF', 'TOWN_STAFF', 'GRID_WORKER')")
class InspectionApiController {

  /** The answer to one checklist item: outcome PASS, FAIL or NA (blank: not answered yet). */
  record ItemAnswer(Long itemId, String outcome, String note) {}

  /** An ad hoc inspection, optionally answered and finished in the same request. */
  record NewInspection(
      String enterpriseUscc, String checklist, List<ItemAnswer> results, boolean finish) {}

  record StartRequest(String checklist) {}

  record ResultsRequest(List<ItemAnswer> results, boolean finish) {}

  /** A violation and its penalty: WARNING, FINE (with {@code amountYuan}) or SUSPENSION. */
  record ViolationRequest(
      String violation, String legalBasis, String penaltyKind, BigDecimal amountYuan) {}

  /** One reason of an enterprise's score, with its text in the caller's language. */
  record Reason(ScoreFactor factor, long count, BigDecimal points, String text) {}

  record EnforcementEntry(
      int rank,
      String uscc,
      String name,
      String townCode,
      String townName,
      RiskColour riskColour,
      MajorHazardLevel majorHazardLevel,
      BigDecimal score,
      List<Reason> reasons) {}

  private final InspectionService service;
  private final EnforcementRanking ranking;
  private final SupervisionQueries supervision;
  private final CurrentUsers users;
  private final MessageSource messages;

  InspectionApiController(
      InspectionService service,
      EnforcementRanking ranking,
      SupervisionQueries supervision,
      CurrentUsers users,
      MessageSource messages) {
    this.service = service;
    this.ranking = ranking;
    this.supervision = supervision;
    this.users = users;
    this.messages = messages;
  }

  @Operation(summary = "A month's inspection plan within the caller's data scope")
  @GetMapping("/plan")
  PlanPage plan(
      @Parameter(description = "YYYY-MM; the current month when omitted")
          @RequestParam(required = false)
          String month,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) SupervisionTier tier,
      @RequestParam(required = false) InspectionState state,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    CurrentUser user = users.require();
    var query = new InspectionRepository.PlanQuery(service.month(month), town, grid, state, tier);
    return service.planPage(query, page, size, user);
  }

  @Operation(summary = "Inspections of every state within the caller's data scope, newest first")
  @GetMapping
  InspectionPage search(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) InspectionState state,
      @RequestParam(required = false) String enterprise,
      @RequestParam(required = false) String checklist,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return service.search(
        new InspectionQuery(town, grid, state, enterprise, checklist, page, size), users.require());
  }

  @Operation(summary = "The checklists of the three places and three enterprises with their items")
  @GetMapping("/checklists")
  List<Checklist> checklists() {
    return service.checklistsWithItems(users.require());
  }

  @Operation(summary = "An inspection with its checklist answers, findings and violations")
  @GetMapping("/{id}")
  InspectionDetail get(@PathVariable long id) {
    return service.get(id, users.require());
  }

  @Operation(
      summary =
          "Record an ad hoc inspection; with finish=true every item must be answered and each"
              + " FAIL becomes a hazard. All or nothing.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  InspectionDetail record(@RequestBody NewInspection request) {
    CurrentUser user = users.require();
    NewInspection r = request == null ? new NewInspection(null, null, List.of(), false) : request;
    long id =
        service.recordAdHoc(
            r.enterpriseUscc(), r.checklist(), answers(r.results()), r.finish(), user);
    return service.get(id, user);
  }

  @Operation(summary = "Start a planned inspection with a checklist")
  @PostMapping("/{id}/start")
  InspectionDetail start(@PathVariable long id, @RequestBody StartRequest request) {
    CurrentUser user = users.require();
    service.startPlanned(id, request == null ? null : request.checklist(), user);
    return service.get(id, user);
  }

  @Operation(
      summary =
          "Save checklist answers of an inspection in progress; with finish=true every item must"
              + " be answered and each FAIL becomes a hazard")
  @PostMapping("/{id}/results")
  InspectionDetail answer(@PathVariable long id, @RequestBody ResultsRequest request) {
    CurrentUser user = users.require();
    ResultsRequest r = request == null ? new ResultsRequest(List.of(), false) : request;
    service.answer(id, answers(r.results()), r.finish(), user);
    return service.get(id, user);
  }

  @Operation(summary = "Record a violation and its penalty on a started inspection")
  @PostMapping("/{id}/violations")
  @ResponseStatus(HttpStatus.CREATED)
  InspectionDetail violation(@PathVariable long id, @RequestBody ViolationRequest request) {
    CurrentUser user = users.require();
    ViolationRequest r = request == null ? new ViolationRequest(null, null, null, null) : request;
    service.addViolation(
        id,
        new InspectionService.ViolationDraft(
            r.violation(),
            r.legalBasis(),
            PenaltyKind.parse(r.penaltyKind()),
            r.amountYuan() == null ? null : r.amountYuan().toPlainString()),
        user);
    return service.get(id, user);
  }

  @Operation(
      summary =
          "The enforcement list: enterprises ranked by risk score, with the reasons; filtered by"
              + " town, grid and risk colour within the caller's data scope")
  @GetMapping("/enforcement")
  List<EnforcementEntry> enforcement(
      @RequestParam(required = false) String town,
      @Parameter(description = "grid id: enterprises lying in it now")
          @RequestParam(required = false)
          Long grid,
      @Parameter(description = "risk colour the enterprise is scored by")
          @RequestParam(required = false)
          RiskColour colour,
      @Parameter(description = "how many to rank, 1 to 500")
          @RequestParam(defaultValue = "" + EnforcementQuery.DEFAULT_TOP)
          int top,
      Locale locale) {
    var query = new EnforcementQuery(town, grid, colour, top);
    return ranking.top(query, users.require()).stream().map(row -> entry(row, locale)).toList();
  }

  @Operation(
      summary =
          "Supervised enterprises with their tier and inspection frequency, strictest tier first;"
              + " filtered by town, grid, tier and risk colour within the caller's data scope")
  @GetMapping("/supervision")
  SupervisionPage supervision(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) SupervisionTier tier,
      @RequestParam(required = false) RiskColour colour,
      @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "rows per page, 1 to 1000")
          @RequestParam(defaultValue = "" + SupervisionQuery.DEFAULT_SIZE)
          int size) {
    return supervision.list(
        new SupervisionQuery(town, grid, tier, colour, page, size), users.require());
  }

  @Operation(summary = "One enterprise's supervision tier; 404 when not supervised or not in scope")
  @GetMapping("/supervision/{uscc}")
  SupervisionView supervisionOf(@PathVariable String uscc) {
    return supervision.of(uscc, users.require());
  }

  private EnforcementEntry entry(EnforcementRanking.Row row, Locale locale) {
    List<Reason> reasons =
        row.reasons().stream()
            .map(
                x ->
                    new Reason(
                        x.factor(),
                        x.count(),
                        x.points(),
                        messages.getMessage(
                            "inspection.reason",
                            new Object[] {
                              messages.getMessage("inspection.factor." + x.factor(), null, locale),
                              x.count(),
                              x.points().toPlainString()
                            },
                            locale)))
            .toList();
    return new EnforcementEntry(
        row.rank(),
        row.uscc(),
        row.name(),
        row.townCode(),
        row.townName(),
        row.colour(),
        row.level(),
        row.score(),
        reasons);
  }

  /** The answers by item id; an item named twice or without an id is refused. */
  private static Map<Long, Answer> answers(List<ItemAnswer> results) {
    Map<Long, Answer> answers = new LinkedHashMap<>();
    if (results == null) {
      return answers;
    }
    for (ItemAnswer a : results) {
      if (a == null || a.itemId() == null) {
        throw new InvalidInputException("itemId", "inspection.item.required");
      }
      Answer previous =
          answers.putIfAbsent(a.itemId(), new Answer(Outcome.parse(a.outcome()), a.note()));
      if (previous != null) {
        throw new InvalidInputException("itemId", "inspection.item.duplicate", a.itemId());
      }
    }
    return answers;
  }
}
