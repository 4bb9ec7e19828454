package org.shuzhi.warning.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public pages (no sign-in): the warnings in force on a map, and one published warning with its
 * areas. Drafts are not found here; authors and internal ids of people are not shown.
 */
@Controller
class PublicWarningController {

  private final WarningService service;
  private final WarningAreasJson areasJson;
  private final AreaDirectory areas;
  private final String tileUrl;

  PublicWarningController(
      WarningService service,
      WarningAreasJson areasJson,
      AreaDirectory areas,
      @Value("${shuzhi.map.tile-url:}") String tileUrl) {
    this.service = service;
    this.areasJson = areasJson;
    this.areas = areas;
    this.tileUrl = tileUrl;
  }

  @GetMapping("/public/warnings")
  String list(Model model) {
    var rows = service.inForceRows();
    model.addAttribute("rows", rows.stream().map(WarningRow::view).toList());
    model.addAttribute(
        "warningsJson",
        rows.stream()
            .map(
                w ->
                    "{\"colour\":\""
                        + w.colour().name()
                        + "\",\"areas\":"
                        + areasJson.write(w.areas())
                        + "}")
            .collect(Collectors.joining(",", "[", "]")));
    model.addAttribute("townNames", townNames());
    model.addAttribute("tileUrl", tileUrl);
    return "warning/public-list";
  }

  @GetMapping("/public/warnings/{id}")
  String show(@PathVariable long id, Model model) {
    var w = service.find(id, Optional.empty()).orElseThrow(() -> new NotFoundException("warning"));
    model.addAttribute("w", w);
    model.addAttribute("areasJson", areasJson.write(w.areas()));
    model.addAttribute("townNames", townNames());
    model.addAttribute("tileUrl", tileUrl);
    return "warning/public-detail";
  }

  /** The district outline for the public map (the map module's copy needs sign-in). */
  @GetMapping("/public/warnings/district.geojson")
  @ResponseBody
  ResponseEntity<String> district() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .body(areas.districtOutlineGeoJson());
  }

  private Map<String, String> townNames() {
    Map<String, String> names = new HashMap<>();
    areas.towns().forEach(t -> names.put(t.code(), t.name()));
    return names;
  }
}
