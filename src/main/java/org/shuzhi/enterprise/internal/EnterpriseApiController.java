package org.shuzhi.enterprise.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.enterprise.EnterpriseQuery;
import org.shuzhi.enterprise.EnterpriseView;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ImportReport;
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

/** REST API of the registry; the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "enterprises", description = "Enterprise registry (企业库)")
class EnterpriseApiController {

  /** A page of results; {@code total} stops counting at 1,001 ({@code totalCapped} then true). */
  record PageResponse(
      List<EnterpriseView> items, long total, boolean totalCapped, int page, int size) {}

  /** An update carries the version it was based on (optimistic locking). */
  record UpdateRequest(int version, EnterpriseDraft enterprise) {}

  private final EnterpriseService service;
  private final EnterpriseExcel excel;
  private final CurrentUsers users;

  EnterpriseApiController(EnterpriseService service, EnterpriseExcel excel, CurrentUsers users) {
    this.service = service;
    this.excel = excel;
    this.users = users;
  }

  @Operation(summary = "Import enterprises from .xlsx: all rows or none; errors row by row")
  @PostMapping(value = "/import", consumes = "multipart/form-data")
  org.springframework.http.ResponseEntity<ImportReport> importFile(
      @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
      java.util.Locale locale)
      throws java.io.IOException {
    var report =
        excel.importFile(org.shuzhi.platform.Spreadsheets.upload(file), users.require(), locale);
    return org.springframework.http.ResponseEntity.status(
            report.ok() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
        .body(report);
  }

  @Operation(summary = "Search enterprises within the caller's data scope")
  @GetMapping
  PageResponse search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String industry,
      @RequestParam(required = false) Boolean aboveScale,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    var result =
        service.search(
            new EnterpriseQuery(q, town, industry, aboveScale, page, size), users.require());
    return new PageResponse(
        result.rows(),
        result.total(),
        result.totalCapped(),
        result.query().page(),
        result.query().size());
  }

  @GetMapping("/{id}")
  EnterpriseView get(@PathVariable long id) {
    return service.get(id, users.require());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  EnterpriseView create(@RequestBody EnterpriseDraft draft) {
    return service.create(draft == null ? null : draft.asReal(), users.require());
  }

  @PutMapping("/{id}")
  EnterpriseView update(@PathVariable long id, @RequestBody UpdateRequest request) {
    return service.update(
        id,
        request.version(),
        request.enterprise() == null ? null : request.enterprise().asReal(),
        users.require());
  }

  @Operation(summary = "Reveal the plaintext contact phone (needs the permission; audited)")
  @PostMapping("/{id}/contact-phone/reveal")
  java.util.Map<String, String> reveal(@PathVariable long id) {
    return java.util.Map.of("contactPhone", service.revealContactPhone(id, users.require()));
  }
}
