package org.shuzhi.monitoring.internal;

import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Flood station pages: list, create, edit. */
@Controller
class StationPageController {

  private final StationService stations;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  StationPageController(
      StationService stations, CurrentUsers users, AreaDirectory areas, ProblemMessages messages) {
    this.stations = stations;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @ModelAttribute("towns")
  List<Town> towns() {
    return areas.towns();
  }

  @GetMapping("/monitoring/stations")
  String list(@RequestParam(required = false) String town, Model model) {
    CurrentUser user = users.require();
    model.addAttribute("stations", stations.list(town, user));
    model.addAttribute("mayWrite", stations.mayWrite(user));
    return "monitoring/stations";
  }

  @GetMapping("/monitoring/stations/new")
  String createForm(Model model) {
    model.addAttribute("form", StationForm.empty());
    return "monitoring/station-form";
  }

  @PostMapping("/monitoring/stations")
  String create(@ModelAttribute("form") StationForm form, Model model, Locale locale) {
    try {
      stations.create(form.toDraft(), users.require());
      return "redirect:/monitoring/stations";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      return "monitoring/station-form";
    }
  }

  @GetMapping("/monitoring/stations/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    model.addAttribute("form", StationForm.of(stations.get(id, users.require())));
    model.addAttribute("id", id);
    return "monitoring/station-form";
  }

  @PostMapping("/monitoring/stations/{id}")
  String update(
      @PathVariable long id, @ModelAttribute("form") StationForm form, Model model, Locale locale) {
    try {
      stations.update(
          id, form.version() == null ? -1 : form.version(), form.toDraft(), users.require());
      return "redirect:/monitoring/stations";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      model.addAttribute("id", id);
      return "monitoring/station-form";
    }
  }
}
