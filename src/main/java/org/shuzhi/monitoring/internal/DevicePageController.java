package org.shuzhi.monitoring.internal;

import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.Telemetry;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Device pages: list with filters, detail with latest values, create and edit, new token. A token
 * is shown on the page that issued it and never again.
 */
@Controller
class DevicePageController {

  private final DeviceService devices;
  private final Telemetry telemetry;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  DevicePageController(
      DeviceService devices,
      Telemetry telemetry,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages) {
    this.devices = devices;
    this.telemetry = telemetry;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @ModelAttribute("towns")
  List<Town> towns() {
    return areas.towns();
  }

  @ModelAttribute("kinds")
  DeviceKind[] kinds() {
    return DeviceKind.values();
  }

  @ModelAttribute("targetKinds")
  DeviceTargetKind[] targetKinds() {
    return DeviceTargetKind.values();
  }

  @GetMapping("/monitoring/devices")
  String list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    CurrentUser user = users.require();
    model.addAttribute(
        "result",
        devices.search(
            new DeviceQuery(
                town, DeviceForm.parse(DeviceKind.class, kind, "kind"), null, text, page, 20),
            user));
    model.addAttribute("mayWrite", devices.mayWrite(user));
    return htmx != null ? "monitoring/devices :: rows" : "monitoring/devices";
  }

  @GetMapping("/monitoring/devices/{id}")
  String detail(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    DeviceRow row = devices.get(id, user);
    model.addAttribute("d", row);
    model.addAttribute("town", areas.town(row.townCode()).map(Town::name).orElse(row.townCode()));
    model.addAttribute("latest", telemetry.latest(id));
    model.addAttribute("mayEdit", devices.writable(user, row));
    return "monitoring/device";
  }

  @GetMapping("/monitoring/devices/new")
  String createForm(Model model) {
    model.addAttribute("form", DeviceForm.empty());
    return "monitoring/device-form";
  }

  @PostMapping("/monitoring/devices")
  String create(@ModelAttribute("form") DeviceForm form, Model model, Locale locale) {
    try {
      var issued = devices.create(form.toDraft(), users.require());
      model.addAttribute("issued", issued);
      return "monitoring/device-token";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      return "monitoring/device-form";
    }
  }

  @GetMapping("/monitoring/devices/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    model.addAttribute("form", DeviceForm.of(devices.get(id, users.require())));
    model.addAttribute("id", id);
    return "monitoring/device-form";
  }

  @PostMapping("/monitoring/devices/{id}")
  String update(
      @PathVariable long id, @ModelAttribute("form") DeviceForm form, Model model, Locale locale) {
    try {
      devices.update(
          id, form.version() == null ? -1 : form.version(), form.toDraft(), users.require());
      return "redirect:/monitoring/devices/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      model.addAttribute("id", id);
      return "monitoring/device-form";
    }
  }

  @PostMapping("/monitoring/devices/{id}/token")
  String newToken(@PathVariable long id, Model model) {
    model.addAttribute("issued", devices.newToken(id, users.require()));
    return "monitoring/device-token";
  }
}
