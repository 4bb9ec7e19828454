package org.shuzhi.map.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.platform.NavigationEntry;
import org.shuzhi.platform.NotFoundException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The one map page and its data: base geometry from the area module, point layers from SPI. */
@Controller
@EnableConfigurationProperties(MapProperties.class)
class MapController {

  private final List<MapLayer> layers;
  private final AreaDirectory areas;
  private final MapProperties properties;
  private final MessageSource messages;

  MapController(
      List<MapLayer> layers,
      AreaDirectory areas,
      MapProperties properties,
      MessageSource messages) {
    this.layers = layers.stream().sorted(Comparator.comparingInt(MapLayer::order)).toList();
    this.areas = areas;
    this.properties = properties;
    this.messages = messages;
  }

  @Bean
  static NavigationEntry mapMenu() {
    return new NavigationEntry("nav.map", "/map", 100, Set.of());
  }

  @GetMapping("/map")
  String page(
      @RequestParam(required = false) Long focus,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String category,
      Model model) {
    model.addAttribute("focus", focus);
    model.addAttribute("filter", new MapFilter(town, category));
    model.addAttribute("towns", areas.towns());
    model.addAttribute("tiles", properties);
    return "map/map";
  }

  @GetMapping(value = "/map/layers", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  List<Map<String, Object>> layers(Locale locale) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (MapLayer layer : layers) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", layer.id());
      m.put("title", messages.getMessage(layer.titleKey(), null, layer.titleKey(), locale));
      m.put("link", layer.linkTemplate());
      m.put("shown", layer.shownByDefault());
      result.add(m);
    }
    return result;
  }

  /**
   * A layer's points as compact rows {@code [id, lon, lat, label, colour, synthetic]}: about a
   * third of the bytes of GeoJSON, which matters at 20,000 points.
   */
  @GetMapping(value = "/map/layers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> layer(
      @PathVariable String id,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String category) {
    MapLayer layer =
        layers.stream()
            .filter(l -> l.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("layer"));
    List<Object[]> rows =
        layer.points(new MapFilter(town, category)).stream()
            .map(
                p ->
                    new Object[] {
                      p.id(), p.lon(), p.lat(), p.label(), p.colour(), p.synthetic() ? 1 : 0
                    })
            .toList();
    return Map.of("id", layer.id(), "points", rows);
  }

  @GetMapping(value = "/map/district.geojson", produces = "application/geo+json")
  @ResponseBody
  String district() {
    return areas.districtOutlineGeoJson();
  }

  @GetMapping(value = "/map/towns.geojson", produces = "application/geo+json")
  @ResponseBody
  String towns() {
    return areas.townsGeoJson();
  }
}
