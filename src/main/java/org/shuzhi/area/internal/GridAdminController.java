package org.shuzhi.area.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.shuzhi.area.AreaAdministration;
import org.shuzhi.area.AreaInputException;
import org.shuzhi.area.Community;
import org.shuzhi.area.Grid;
import org.shuzhi.area.GridImportResult;
import org.shuzhi.area.Town;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.ObjectNode;

/**
 * 网格管理, the system administrator's page for a town's communities and grids: the list and a map,
 * creating communities, assigning grid workers, deleting empty grids and importing grid files.
 */
@Controller
@RequestMapping("/admin/grids")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class GridAdminController {

  /** A grid as the page lists it. */
  record GridView(
      long id, String code, String name, String community, String workers, String areaKm2) {}

  private final AreaAdministration administration;
  private final AreaSnapshots snapshots;
  private final GeoJsonCodec codec;
  private final ProblemMessages problemMessages;
  private final UploadProblemMessages uploadProblems;

  GridAdminController(
      AreaAdministration administration,
      AreaSnapshots snapshots,
      GeoJsonCodec codec,
      ProblemMessages problemMessages,
      UploadProblemMessages uploadProblems) {
    this.administration = administration;
    this.snapshots = snapshots;
    this.codec = codec;
    this.problemMessages = problemMessages;
    this.uploadProblems = uploadProblems;
  }

  @GetMapping
  String page(@RequestParam(required = false) String town, Model model) {
    AreaSnapshot snapshot = snapshots.current();
    Town selected =
        (town == null || town.isBlank()
                ? snapshot.towns().stream().findFirst()
                : snapshot.town(town))
            .orElseThrow(() -> new NotFoundException("town " + town));
    List<Community> communities = snapshot.communities(selected.code());
    Map<Long, String> communityNames =
        communities.stream().collect(Collectors.toMap(Community::id, Community::name));
    List<GridView> grids = new ArrayList<>();
    for (Grid grid : snapshot.gridsOfTown(selected.code())) {
      double km2 = snapshot.gridBoundary(grid.id()).map(GridArea::squareKilometres).orElse(0.0);
      grids.add(
          new GridView(
              grid.id(),
              grid.code(),
              grid.name(),
              grid.communityId() == null ? "" : communityNames.getOrDefault(grid.communityId(), ""),
              String.join(", ", new TreeSet<>(grid.workers())),
              String.format(Locale.ROOT, "%.3f", km2)));
    }
    model.addAttribute("towns", snapshot.towns());
    model.addAttribute("town", selected);
    model.addAttribute("communities", communities);
    model.addAttribute("grids", grids);
    return "area/grids";
  }

  /** The town's boundary and its grids, for the page's map. */
  @GetMapping(path = "/map.geojson", produces = "application/geo+json")
  ResponseEntity<String> mapGeoJson(@RequestParam String town) {
    AreaSnapshot snapshot = snapshots.current();
    Town selected = snapshot.town(town).orElseThrow(() -> new NotFoundException("town " + town));
    List<ObjectNode> features = new ArrayList<>();
    features.add(
        codec.feature(
            codec.writeText(snapshot.townBoundary(selected.code()).orElseThrow()),
            Map.of("kind", "town", "code", selected.code(), "name", selected.name())));
    for (Grid grid : snapshot.gridsOfTown(selected.code())) {
      snapshot
          .gridBoundary(grid.id())
          .ifPresent(
              boundary -> {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("kind", "grid");
                properties.put("code", grid.code());
                properties.put("name", grid.name());
                properties.put("workers", grid.workers().size());
                features.add(codec.feature(codec.writeText(boundary), properties));
              });
    }
    return ResponseEntity.ok()
        .contentType(AreaApiController.GEO_JSON)
        .body(codec.featureCollection(features));
  }

  @PostMapping("/communities")
  String createCommunity(
      @RequestParam String town,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String code,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    try {
      administration.createCommunity(town, name, code, null);
    } catch (AreaInputException e) {
      return failed(town, problemMessages.of(e, locale), model);
    }
    redirect.addFlashAttribute("saved", "community");
    return redirectTo(town);
  }

  @PostMapping("/{id}/workers")
  String assignWorkers(
      @PathVariable long id,
      @RequestParam String town,
      @RequestParam(required = false) String workers,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Set<String> usernames =
        workers == null
            ? Set.of()
            : Arrays.stream(workers.split("[,，\\s]+"))
                .map(String::trim)
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    try {
      administration.assignGridWorkers(id, usernames);
    } catch (AreaInputException e) {
      return failed(town, problemMessages.of(e, locale), model);
    }
    redirect.addFlashAttribute("saved", "workers");
    return redirectTo(town);
  }

  @PostMapping("/{id}/delete")
  String delete(
      @PathVariable long id,
      @RequestParam String town,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    try {
      administration.deleteGrid(id);
    } catch (ConflictException e) {
      return failed(town, problemMessages.of(e, locale), model);
    }
    redirect.addFlashAttribute("saved", "deleted");
    return redirectTo(town);
  }

  @PostMapping("/import")
  String importGrids(
      @RequestParam(required = false) String town,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean replace,
      Locale locale,
      Model model) {
    UploadedText upload = UploadedText.of(file);
    GridImportResult result =
        upload.failed()
            ? GridImportResult.rejected(List.of(upload.problem()))
            : administration.importGrids(upload.text(), replace);
    model.addAttribute("imported", result);
    model.addAttribute(
        "importProblems",
        result.problems().stream().map(p -> uploadProblems.describe(p, locale)).toList());
    return page(town, model);
  }

  private String failed(String town, List<String> errors, Model model) {
    model.addAttribute("errors", errors);
    return page(town, model);
  }

  /** Back to the town's page (by its canonical code, never the raw parameter). */
  private String redirectTo(String town) {
    String code = snapshots.current().town(town).map(Town::code).orElse("");
    return "redirect:/admin/grids?town=" + code;
  }
}
