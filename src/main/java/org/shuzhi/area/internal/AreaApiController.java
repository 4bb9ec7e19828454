package org.shuzhi.area.internal;

import java.util.List;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.AreaInputException;
import org.shuzhi.area.Community;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Towns, district and grids for maps and integrations. Coordinates are WGS-84. */
@RestController
@RequestMapping("/api/v1/areas")
@PreAuthorize("isAuthenticated()")
class AreaApiController {

  /** RFC 7946 section 12. */
  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private final AreaDirectory directory;

  AreaApiController(AreaDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/towns")
  List<Town> towns() {
    return directory.towns();
  }

  @GetMapping("/towns.geojson")
  ResponseEntity<String> townsGeoJson() {
    return geoJson(directory.townsGeoJson());
  }

  @GetMapping("/district.geojson")
  ResponseEntity<String> districtGeoJson() {
    return geoJson(directory.districtOutlineGeoJson());
  }

  @GetMapping("/towns/{code}/grids.geojson")
  ResponseEntity<String> gridsGeoJson(@PathVariable String code) {
    Town town =
        directory.town(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return geoJson(directory.gridsGeoJson(town.code()));
  }

  /** The communities (村社) of a town, by name. */
  @GetMapping("/towns/{code}/communities")
  List<Community> communities(@PathVariable String code) {
    Town town = directory.town(code).orElseThrow(() -> new NotFoundException("town " + code));
    return directory.communities(town.code());
  }

  /** The town and grid at a point; {@code town}/{@code grid} are null where there is none. */
  record Lookup(Town town, Grid grid, boolean insideDistrict) {}

  @GetMapping("/lookup")
  Lookup lookup(@RequestParam double lon, @RequestParam double lat) {
    if (!Double.isFinite(lon)
        || !Double.isFinite(lat)
        || Math.abs(lon) > 180
        || Math.abs(lat) > 90) {
      throw new AreaInputException(
          "area.lookup.outOfRange", String.valueOf(lon), String.valueOf(lat));
    }
    return new Lookup(
        directory.townAt(lon, lat).orElse(null),
        directory.gridAt(lon, lat).orElse(null),
        directory.insideDistrict(lon, lat));
  }

  private static ResponseEntity<String> geoJson(String body) {
    return ResponseEntity.ok().contentType(GEO_JSON).body(body);
  }
}
