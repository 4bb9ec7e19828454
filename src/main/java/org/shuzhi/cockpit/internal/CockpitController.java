package org.shuzhi.cockpit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The cockpit pages (laptop and wall), their tiles as JSON (what a page fetches again after its
 * stream reconnects) and the live stream. {@code ?town=} opens the cockpit of one town of the
 * user's scope.
 */
@Controller
class CockpitController {

  private final TileViews views;
  private final LiveCockpits live;
  private final CurrentUsers users;
  private final AreaDirectory areas;

  CockpitController(TileViews views, LiveCockpits live, CurrentUsers users, AreaDirectory areas) {
    this.views = views;
    this.live = live;
    this.users = users;
    this.areas = areas;
  }

  @Bean
  static NavigationEntry cockpitMenu() {
    return new NavigationEntry(
        "cockpit.nav",
        "/cockpit",
        90,
        Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER"));
  }

  @GetMapping("/cockpit")
  String page(@RequestParam(required = false) String town, Model model, Locale locale) {
    return render(town, model, locale, "cockpit/cockpit");
  }

  @GetMapping("/cockpit/wall")
  String wall(@RequestParam(required = false) String town, Model model, Locale locale) {
    return render(town, model, locale, "cockpit/wall");
  }

  @GetMapping(value = "/cockpit/tiles", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  List<TileView> tiles(@RequestParam(required = false) String town, Locale locale) {
    return views.all(viewer(town, locale));
  }

  @GetMapping(value = "/cockpit/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter stream(@RequestParam(required = false) String town, Locale locale) {
    return live.open(viewer(town, locale));
  }

  private String render(String town, Model model, Locale locale, String view) {
    Viewer viewer = viewer(town, locale);
    model.addAttribute("tiles", views.all(viewer));
    model.addAttribute("town", viewer.town());
    model.addAttribute(
        "townName",
        viewer.town() == null ? null : areas.town(viewer.town()).map(Town::name).orElse(null));
    model.addAttribute(
        "towns",
        areas.towns().stream().filter(t -> users.require().scope().coversTown(t.code())).toList());
    return view;
  }

  private Viewer viewer(String town, Locale locale) {
    CurrentUser user = users.require();
    if (!Viewer.ROLES.contains(user.role())) {
      throw new AccessDeniedException("cockpit");
    }
    try {
      return Viewer.of(user, locale, town);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "town outside the scope");
    }
  }
}
