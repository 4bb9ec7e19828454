package org.shuzhi.risk.internal.majorhazard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of major hazard sites; the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/risk/major-hazard/sites")
@PreAuthorize(MajorHazardPageController.READERS)
@Tag(name = "major hazards", description = "GB 18218-2018 major hazard installations")
class MajorHazardApiController {

  record SiteRow(
      long id,
      String uscc,
      String enterpriseName,
      String name,
      String townCode,
      int exposedPopulation,
      MajorHazardLevel level,
      int unitCount,
      boolean synthetic) {}

  record PageResponse(List<SiteRow> items, long total, int page, int size) {}

  /**
   * @param level the level graded with the active catalogue
   * @param gradedWith the catalogue version of the stored grade (the one that graded the site)
   * @param evaluation the calculation with the active catalogue
   */
  record SiteResponse(
      long id,
      String uscc,
      String enterpriseName,
      String name,
      String townCode,
      int exposedPopulation,
      MajorHazardLevel level,
      boolean synthetic,
      int version,
      String gradedWith,
      List<MajorHazardSiteDraft.Unit> units,
      EvaluationResponse evaluation) {}

  /** An update carries the version it was based on (optimistic locking). */
  record UpdateRequest(int version, MajorHazardSiteDraft site) {}

  private final MajorHazardSites sites;
  private final SiteRows rows;
  private final CurrentUsers users;

  MajorHazardApiController(MajorHazardSites sites, SiteRows rows, CurrentUsers users) {
    this.sites = sites;
    this.rows = rows;
    this.users = users;
  }

  @Operation(summary = "Sites within the caller's data scope, gravest first")
  @GetMapping
  PageResponse search(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String level,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    var query = SiteRows.query(town, level, page, size);
    var result = sites.search(query, users.require());
    return new PageResponse(
        result.rows().stream().map(rows::row).toList(), result.total(), query.page(), query.size());
  }

  @Operation(summary = "A site with its calculation, recomputed with the active catalogue")
  @GetMapping("/{id}")
  SiteResponse get(@PathVariable long id) {
    var d = sites.get(id, users.require());
    var s = d.site();
    return new SiteResponse(
        s.id(),
        s.uscc(),
        d.enterprise() == null ? null : d.enterprise().name(),
        s.name(),
        s.townCode(),
        s.exposedPopulation(),
        d.evaluation().highestLevel(),
        s.synthetic(),
        s.version(),
        s.gradedWith(),
        s.units(),
        EvaluationResponse.of(d.evaluation()));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  SiteResponse create(@RequestBody MajorHazardSiteDraft draft) {
    return get(sites.create(draft, users.require()));
  }

  @PutMapping("/{id}")
  SiteResponse update(@PathVariable long id, @RequestBody UpdateRequest request) {
    if (request == null || request.site() == null) {
      throw new InvalidInputException("site", "problem.validation.detail");
    }
    sites.update(id, request.version(), request.site(), users.require());
    return get(id);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    sites.delete(id, users.require());
  }
}
