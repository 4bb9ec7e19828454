package org.shuzhi.hazard.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.shuzhi.hazard.EscalationLevel;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.hazard.internal.HazardViews.EvidenceView;
import org.shuzhi.hazard.internal.HazardViews.HazardDetail;
import org.shuzhi.hazard.internal.HazardViews.HazardView;
import org.shuzhi.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the hazard loop; the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "hazards", description = "Hazard investigation and rectification (隐患排查治理)")
@PreAuthorize(HazardPageController.BUSINESS_ROLES)
class HazardApiController {

  record PageResponse(List<HazardView> items, long total, int page, int size) {}

  private final HazardService service;
  private final EvidenceUploads uploads;
  private final EscalationRepository escalations;
  private final CurrentUsers users;

  HazardApiController(
      HazardService service,
      EvidenceUploads uploads,
      EscalationRepository escalations,
      CurrentUsers users) {
    this.service = service;
    this.uploads = uploads;
    this.escalations = escalations;
    this.users = users;
  }

  @Operation(summary = "Search hazards within the caller's data scope")
  @GetMapping
  PageResponse search(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) HazardGrade grade,
      @RequestParam(required = false) HazardState state,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String enterprise,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    var result =
        service.search(
            new HazardQuery(town, grid, grade, state, overdue, null, enterprise, page, size),
            users.require());
    return new PageResponse(
        result.rows(), result.total(), result.query().page(), result.query().size());
  }

  @Operation(summary = "Report a hazard (photos: upload them afterwards as evidence)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  HazardDetail report(@RequestBody HazardReport report) {
    return service.report(report, List.of(), users.require());
  }

  @GetMapping("/{id}")
  HazardDetail get(@PathVariable long id) {
    return service.get(id, users.require());
  }

  @Operation(
      summary =
          "Take an action: GRADE, ASSIGN, START, RECTIFY, REINSPECT_PASS, REINSPECT_FAIL,"
              + " SUPERVISE or CLOSE; 409 with the reason when out of order or not the caller's role")
  @PostMapping("/{id}/transitions")
  HazardDetail transition(@PathVariable long id, @RequestBody TransitionRequest request) {
    return service.transition(id, request, List.of(), users.require());
  }

  @Operation(summary = "Upload a photo (JPEG, PNG or WebP, checked by content; size limited)")
  @PostMapping(value = "/{id}/evidence", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  EvidenceView upload(@PathVariable long id, @RequestParam("file") MultipartFile file)
      throws IOException {
    return service.addEvidence(id, uploads.read(file), users.require());
  }

  @GetMapping("/{id}/evidence/{evidenceId}")
  ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long evidenceId) {
    return HazardEvidenceController.photoResponse(service.photo(id, evidenceId, users.require()));
  }

  @Operation(summary = "Escalations of one level (and month, YYYY-MM), within the data scope")
  @GetMapping("/escalations")
  List<EscalationRepository.Entry> escalations(
      @RequestParam EscalationLevel level, @RequestParam(required = false) String month) {
    return escalations.entries(
        level, BulletinMonth.parse(month).orElse(null), users.require().scope());
  }
}
