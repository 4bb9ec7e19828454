package org.shuzhi.warning.internal;

import java.util.List;
import java.util.Map;
import org.shuzhi.map.MapFilter;
import org.shuzhi.map.MapLayer;
import org.shuzhi.map.MapPoint;
import org.shuzhi.warning.WarningColour;
import org.springframework.stereotype.Component;

/**
 * Warnings in force on the one map. The {@link MapLayer} SPI carries points only, so each warning
 * is shown at the centre of its areas in its colour; the link opens the warning with its areas
 * drawn. Published warnings are public, so every map user sees them; the town filter keeps the
 * warnings concerning that town (district-wide ones included).
 */
@Component
class WarningMapLayer implements MapLayer {

  static final Map<WarningColour, String> COLOURS =
      Map.of(
          WarningColour.RED, "#d7263d",
          WarningColour.ORANGE, "#f46036",
          WarningColour.YELLOW, "#e2b714",
          WarningColour.BLUE, "#1b6ac9");

  private final WarningService service;
  private final WarningAreaCheck areas;

  WarningMapLayer(WarningService service, WarningAreaCheck areas) {
    this.service = service;
    this.areas = areas;
  }

  @Override
  public String id() {
    return "warnings";
  }

  @Override
  public String titleKey() {
    return "warning.map.layer";
  }

  @Override
  public int order() {
    return 150;
  }

  @Override
  public String linkTemplate() {
    return "/warnings/{id}";
  }

  @Override
  public List<MapPoint> points(MapFilter filter) {
    return service.inForceRows().stream()
        .filter(
            w ->
                filter.townCode() == null
                    || w.townCodes().isEmpty()
                    || w.townCodes().contains(filter.townCode()))
        .map(
            w -> {
              var centre = areas.centre(w.areas());
              return new MapPoint(
                  w.id(), centre.lon(), centre.lat(), w.headline(), COLOURS.get(w.colour()), false);
            })
        .toList();
  }
}
