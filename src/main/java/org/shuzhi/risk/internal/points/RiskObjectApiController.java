package org.shuzhi.risk.internal.points;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskObjectDraft;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskObjectQuery;
import org.shuzhi.risk.RiskObjectView;
import org.shuzhi.risk.RiskPointAssessmentDraft;
import org.shuzhi.risk.RiskPointAssessmentView;
import org.shuzhi.risk.RiskPointDraft;
import org.shuzhi.risk.RiskPointView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the census and risk points; the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "risk-census", description = "Risk census (风险普查) and risk points")
class RiskObjectApiController {

  record PageResponse(List<RiskObjectView> items, long total, int page, int size) {}

  /** An update carries the version it was based on (optimistic locking). */
  record UpdateRequest(int version, RiskObjectDraft object) {}

  /** Retiring names the version it was based on and why. */
  record RetireRequest(int version, String reason) {}

  private final RiskObjectService objects;
  private final RiskPointService points;
  private final RiskObjectExcel excel;
  private final TownColourSummary townColours;
  private final CurrentUsers users;

  RiskObjectApiController(
      RiskObjectService objects,
      RiskPointService points,
      RiskObjectExcel excel,
      TownColourSummary townColours,
      CurrentUsers users) {
    this.objects = objects;
    this.points = points;
    this.excel = excel;
    this.townColours = townColours;
    this.users = users;
  }

  @Operation(summary = "Search risk objects within the caller's data scope")
  @GetMapping("/objects")
  PageResponse search(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) RiskObjectKind kind,
      @RequestParam(required = false) RiskColour colour,
      @RequestParam(defaultValue = "false") boolean unassessed,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    var result =
        objects.search(
            new RiskObjectQuery(town, grid, kind, colour, unassessed, page, size), users.require());
    return new PageResponse(
        result.rows(), result.total(), result.query().page(), result.query().size());
  }

  @GetMapping("/objects/{id}")
  RiskObjectView get(@PathVariable long id) {
    return objects.get(id, users.require());
  }

  @PostMapping("/objects")
  @ResponseStatus(HttpStatus.CREATED)
  RiskObjectView create(@RequestBody RiskObjectDraft draft) {
    return objects.create(draft == null ? null : draft.asReal(), users.require());
  }

  @PutMapping("/objects/{id}")
  RiskObjectView update(@PathVariable long id, @RequestBody UpdateRequest request) {
    return objects.update(
        id,
        request.version(),
        request.object() == null ? null : request.object().asReal(),
        users.require());
  }

  @Operation(
      summary =
          "Retire a risk object (注销): it leaves lists, maps and its enterprise's risk; its points"
              + " and assessments stay as history")
  @PostMapping("/objects/{id}/retire")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void retire(@PathVariable long id, @RequestBody RetireRequest request) {
    if (request == null) {
      throw new InvalidInputException("reason", "risk.points.object.retire.reasonRequired");
    }
    objects.retire(id, request.version(), request.reason(), users.require());
  }

  @GetMapping("/objects/{id}/points")
  List<RiskPointView> points(@PathVariable long id) {
    return points.ofObject(id, users.require());
  }

  @PostMapping("/objects/{id}/points")
  @ResponseStatus(HttpStatus.CREATED)
  RiskPointView addPoint(@PathVariable long id, @RequestBody RiskPointDraft draft) {
    return points.add(id, draft, users.require());
  }

  @GetMapping("/points/{id}")
  RiskPointView point(@PathVariable long id) {
    return points.get(id, users.require());
  }

  @Operation(summary = "Assess a risk point (LEC: l, e, c; LS: l, s); appended to its history")
  @PostMapping("/points/{id}/assessments")
  @ResponseStatus(HttpStatus.CREATED)
  RiskPointAssessmentView assess(
      @PathVariable long id, @RequestBody RiskPointAssessmentDraft draft) {
    return points.assess(id, draft, users.require());
  }

  @Operation(summary = "Per town: highest colour and counts per colour of the risk points in scope")
  @GetMapping("/towns/colours")
  List<TownColours> townColours() {
    return townColours.of(users.require());
  }

  @Operation(summary = "Import risk objects from .xlsx: all rows or none; errors row by row")
  @PostMapping(value = "/objects/import", consumes = "multipart/form-data")
  ResponseEntity<ImportReport> importFile(@RequestParam("file") MultipartFile file, Locale locale)
      throws IOException {
    var report =
        excel.importFile(org.shuzhi.platform.Spreadsheets.upload(file), users.require(), locale);
    return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
  }
}
