package org.shuzhi.area.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Community;
import org.shuzhi.area.Grid;
import org.shuzhi.area.GridImportResult;
import org.shuzhi.area.Town;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The system administrator's API for communities and grids. Bad input is a 400 problem detail in
 * the caller's language (the platform's handler); a grid import that is refused lists every
 * problem, feature by feature.
 */
@RestController
@RequestMapping("/api/v1/areas")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class GridAdminApiController {

  record NewCommunity(String name, String code) {}

  record Workers(List<String> workers) {}

  /** An accepted import. */
  record Imported(List<String> created, List<String> updated, List<String> createdCommunities) {}

  /** One refused feature: its 1-based number (null for the file), its label and the sentence. */
  record ImportProblem(Integer feature, String label, String message) {}

  private final AreaAdministration administration;
  private final AreaDirectory directory;
  private final UploadProblemMessages problems;
  private final MessageSource messages;

  GridAdminApiController(
      AreaAdministration administration,
      AreaDirectory directory,
      UploadProblemMessages problems,
      MessageSource messages) {
    this.administration = administration;
    this.directory = directory;
    this.problems = problems;
    this.messages = messages;
  }

  @PostMapping("/towns/{code}/communities")
  @ResponseStatus(HttpStatus.CREATED)
  Community createCommunity(@PathVariable String code, @RequestBody NewCommunity body) {
    Town town = directory.town(code).orElseThrow(() -> new NotFoundException("town " + code));
    long id = administration.createCommunity(town.code(), body.name(), body.code(), null);
    return new Community(
        id,
        town.code(),
        body.name().trim(),
        body.code() == null || body.code().isBlank() ? null : body.code().trim());
  }

  @PostMapping(path = "/grids/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> importGrids(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean replace,
      Locale locale) {
    UploadedText upload = UploadedText.of(file);
    GridImportResult result =
        upload.failed()
            ? GridImportResult.rejected(List.of(upload.problem()))
            : administration.importGrids(upload.text(), replace);
    if (result.accepted()) {
      return ResponseEntity.ok(
          new Imported(result.createdCodes(), result.updatedCodes(), result.createdCommunities()));
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(messages.getMessage("area.problem.title", null, locale));
    problem.setDetail(
        messages.getMessage(
            "area.grids.import.rejected", new Object[] {result.problems().size()}, locale));
    problem.setProperty(
        "problems",
        result.problems().stream()
            .map(
                p ->
                    new ImportProblem(
                        p.featureNumber(), p.featureLabel(), problems.describe(p, locale)))
            .toList());
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @PutMapping("/grids/{id}/workers")
  Grid assignWorkers(@PathVariable long id, @RequestBody Workers body) {
    return administration.assignGridWorkers(
        id, body.workers() == null ? Set.of() : Set.copyOf(nonNull(body.workers())));
  }

  @DeleteMapping("/grids/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    administration.deleteGrid(id);
    return ResponseEntity.noContent().build();
  }

  private static List<String> nonNull(List<String> values) {
    return values.stream().filter(v -> v != null).toList();
  }
}
