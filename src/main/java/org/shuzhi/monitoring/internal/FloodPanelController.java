package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStation;
import org.shuzhi.monitoring.Telemetry.LatestValue;
import org.shuzhi.monitoring.internal.rules.StationLevels;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The flood station panel (防汛监测): each station in the user's scope with its latest water level
 * against the warning, guarantee and historical levels, coloured per the flood warning signals, and
 * its rain gauge's 1/3/6/12-hour sums with the rainstorm colour; gravest first. The rows refresh
 * every 30 s through htmx (readings arrive every few seconds; alarms are pushed elsewhere).
 */
@Controller
class FloodPanelController {

  /**
   * "Approaching the warning level" gives BLUE from this many metres below it; the signal rules
   * give no figure (domain notes §5), so the panel uses the alarm rules' usual choice.
   */
  static final double APPROACH_METRES = 0.3;

  private static final List<String> GRAVITY = List.of("RED", "ORANGE", "YELLOW", "BLUE");

  private final StationService stations;
  private final Devices devices;
  private final LatestSnapshot latest;
  private final RainfallQueries rainfall;
  private final AreaDirectory areas;
  private final CurrentUsers users;
  private final Clock clock;

  FloodPanelController(
      StationService stations,
      Devices devices,
      LatestSnapshot latest,
      RainfallQueries rainfall,
      AreaDirectory areas,
      CurrentUsers users,
      Clock clock) {
    this.stations = stations;
    this.devices = devices;
    this.latest = latest;
    this.rainfall = rainfall;
    this.areas = areas;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/monitoring/flood-panel")
  String panel(
      @RequestParam(required = false) String town,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    var user = users.require();
    List<FloodStation> visible =
        stations.list(town == null || town.isBlank() ? null : town, user).stream()
            .map(StationRow::station)
            .toList();
    model.addAttribute("rows", rows(visible));
    model.addAttribute("towns", areas.towns());
    model.addAttribute("town", town);
    model.addAttribute("now", clock.instant());
    return htmx != null ? "monitoring/flood-panel :: rows" : "monitoring/flood-panel";
  }

  List<FloodPanelRow> rows(List<FloodStation> visible) {
    Instant now = clock.instant();
    Map<Long, List<LatestValue>> values = latest.all();
    Map<String, String> townNames = new java.util.HashMap<>();
    areas.towns().forEach(t -> townNames.put(t.code(), t.name()));
    Set<Long> ids =
        visible.stream().map(FloodStation::id).collect(java.util.stream.Collectors.toSet());
    List<Device> atStations =
        devices.all().stream()
            .filter(d -> d.floodStationId().map(ids::contains).orElse(false))
            .toList();
    Map<Long, RainSums> rain =
        rainfall.sums(
            atStations.stream().filter(d -> d.kind() == DeviceKind.RAINFALL).toList(), now);
    List<FloodPanelRow> rows = new ArrayList<>();
    for (FloodStation s : visible) {
      Device gauge = null;
      LatestValue level = null;
      RainSums sums = null;
      for (Device d : atStations) {
        if (d.targetId() != s.id()) {
          continue;
        }
        if (d.kind() == DeviceKind.WATER_LEVEL) {
          LatestValue v =
              values.getOrDefault(d.id(), List.of()).stream()
                  .filter(x -> x.channel().equals("level"))
                  .findFirst()
                  .orElse(null);
          if (gauge == null || (v != null && (level == null || v.ts().isAfter(level.ts())))) {
            gauge = d;
            level = v;
          }
        } else if (sums == null && rain.containsKey(d.id())) {
          sums = rain.get(d.id());
        }
      }
      rows.add(
          new FloodPanelRow(
              s,
              townNames.getOrDefault(s.townCode(), s.townCode()),
              level == null ? null : level.value(),
              level == null ? null : level.ts(),
              level == null ? null : colour(s, level.value()),
              gauge == null ? null : gauge.id(),
              sums));
    }
    rows.sort(
        Comparator.comparingInt((FloodPanelRow r) -> gravity(r.colour()))
            .thenComparing(r -> r.station().code()));
    return rows;
  }

  /** 水利部 flood warning signal of a level (domain notes §5); null below "approaching". */
  static String colour(FloodStation s, double level) {
    AlarmSeverity signal = StationLevels.of(s).signal(level, APPROACH_METRES);
    return signal == null ? null : signal.name();
  }

  private static int gravity(String colour) {
    int i = colour == null ? -1 : GRAVITY.indexOf(colour);
    return i < 0 ? GRAVITY.size() : i;
  }

  @Configuration(proxyBeanMethods = false)
  static class Navigation {
    @Bean
    NavigationEntry monitoringFloodPanelMenu() {
      return new NavigationEntry(
          "monitoring.nav.floodPanel",
          "/monitoring/flood-panel",
          505,
          Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER"));
    }
  }
}
