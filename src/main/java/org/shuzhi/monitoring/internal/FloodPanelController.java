package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.monitoring.FloodStation;
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

  private final StationService stations;
  private final FloodPanel panel;
  private final AreaDirectory areas;
  private final CurrentUsers users;
  private final Clock clock;

  FloodPanelController(
      StationService stations,
      FloodPanel panel,
      AreaDirectory areas,
      CurrentUsers users,
      Clock clock) {
    this.stations = stations;
    this.panel = panel;
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
    model.addAttribute("rows", panel.rows(visible));
    model.addAttribute("towns", areas.towns());
    model.addAttribute("town", town);
    model.addAttribute("now", clock.instant());
    return htmx != null ? "monitoring/flood-panel :: rows" : "monitoring/flood-panel";
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
