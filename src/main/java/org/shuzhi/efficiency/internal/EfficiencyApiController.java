package org.shuzhi.efficiency.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.efficiency.internal.scoring.EvaluationMethod;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ImportReport;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.Spreadsheets;
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

/** Years, methods, department deliveries and evaluation runs over REST. */
@RestController
@RequestMapping("/api/v1/efficiency")
@Tag(name = "efficiency", description = "Per-mu efficiency evaluation (亩均论英雄)")
class EfficiencyApiController {

  private final EfficiencyYears years;
  private final FigureImports imports;
  private final EvaluationRuns runs;
  private final CurrentUsers users;
  private final EfficiencyAccess access;

  EfficiencyApiController(
      EfficiencyYears years,
      FigureImports imports,
      EvaluationRuns runs,
      CurrentUsers users,
      EfficiencyAccess access) {
    this.years = years;
    this.imports = imports;
    this.runs = runs;
    this.users = users;
    this.access = access;
  }

  record OpenYear(Integer year) {}

  record Opened(int year, int enterprisesInScope) {}

  record MethodUpdate(Integer version, EvaluationMethod method) {}

  record Rows(List<Map<String, Object>> rows) {}

  @GetMapping("/years")
  List<Integer> years() {
    access.requireRead(users.require());
    return years.list();
  }

  @Operation(summary = "Open an evaluation year: default method, registry enterprises in scope")
  @PostMapping("/years")
  @ResponseStatus(HttpStatus.CREATED)
  Opened open(@RequestBody OpenYear request) {
    if (request == null || request.year() == null) {
      throw new InvalidInputException("year", "efficiency.year.range", "2000", "2100");
    }
    return new Opened(request.year(), years.open(request.year(), users.require()));
  }

  @Operation(
      summary = "Add the registry's new in-scope enterprises to the year, refresh the others")
  @PostMapping("/years/{year}/scope")
  Opened refreshScope(@PathVariable int year) {
    access.requireManage(users.require());
    return new Opened(year, years.refreshScope(year));
  }

  @GetMapping("/years/{year}/method")
  EfficiencyYears.VersionedMethod method(@PathVariable int year) {
    access.requireRead(users.require());
    return years.method(year);
  }

  @Operation(summary = "Replace the year's method (validated; audited; version must match)")
  @PutMapping("/years/{year}/method")
  EfficiencyYears.VersionedMethod updateMethod(
      @PathVariable int year, @RequestBody MethodUpdate update) {
    if (update == null || update.version() == null) {
      throw new InvalidInputException("version", "efficiency.method.versionMissing");
    }
    return years.updateMethod(year, update.method(), update.version(), users.require());
  }

  @GetMapping("/datasets/{dataset}/template")
  void template(@PathVariable String dataset, Locale locale, HttpServletResponse response)
      throws IOException {
    Dataset d = dataset(dataset);
    Spreadsheets.download(response, imports.label(d, locale) + ".xlsx");
    imports.template(d, locale, response.getOutputStream());
  }

  @Operation(summary = "Import a department's .xlsx for a year: all rows or none; errors by row")
  @PostMapping(value = "/years/{year}/datasets/{dataset}/import", consumes = "multipart/form-data")
  ResponseEntity<ImportReport> importFile(
      @PathVariable int year,
      @PathVariable String dataset,
      @RequestParam("file") MultipartFile file,
      Locale locale)
      throws IOException {
    ImportReport report =
        imports.importFile(
            year,
            dataset(dataset),
            Spreadsheets.upload(file),
            file.getOriginalFilename(),
            users.require(),
            locale);
    return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
  }

  @Operation(summary = "Import a department's figures as JSON rows (keys as the template's)")
  @PostMapping("/years/{year}/datasets/{dataset}/rows")
  ResponseEntity<ImportReport> importRows(
      @PathVariable int year, @PathVariable String dataset, @RequestBody Rows rows, Locale locale) {
    ImportReport report =
        imports.importJson(
            year, dataset(dataset), rows == null ? null : rows.rows(), users.require(), locale);
    return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
  }

  @Operation(summary = "Evaluate the year with its method: a new DRAFT run with every result")
  @PostMapping("/years/{year}/runs")
  @ResponseStatus(HttpStatus.CREATED)
  RunRepository.RunSummary run(@PathVariable int year) {
    return runs.run(year, users.require());
  }

  @GetMapping("/years/{year}/runs")
  List<RunRepository.RunSummary> runs(@PathVariable int year) {
    CurrentUser user = users.require();
    access.requireRead(user);
    return runs.list(year, user);
  }

  @Operation(summary = "A page of a run's results within the caller's data scope")
  @GetMapping("/runs/{id}/results")
  RunRepository.ResultPage results(
      @PathVariable long id,
      @RequestParam(required = false) String group,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return runs.results(id, group, page, size, users.require());
  }

  private static Dataset dataset(String name) {
    Dataset d = Dataset.of(name);
    if (d == null) {
      throw new NotFoundException("dataset");
    }
    return d;
  }
}
