package org.shuzhi.warning.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.WarningEventType;
import org.shuzhi.warning.WarningStatus;
import org.shuzhi.warning.WarningView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for signed-in users: the list with filters, the form (new draft, edit draft, update of a
 * published warning) with a map to draw areas, and the detail with the CAP XML, messages, history
 * and actions.
 */
@Controller
@PreAuthorize(
    "hasAnyRole('DISTRICT_LEADER', 'DEPARTMENT_STAFF', 'TOWN_STAFF', 'GRID_WORKER',"
        + " 'ENTERPRISE_USER')")
class WarningPageController {

  static final int LIST_LIMIT = 200;

  /** What the form does on submit. */
  enum Mode {
    NEW,
    EDIT,
    UPDATE
  }

  private final WarningService service;
  private final WarningAreasJson areasJson;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;
  private final String tileUrl;

  WarningPageController(
      WarningService service,
      WarningAreasJson areasJson,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages,
      @Value("${shuzhi.map.tile-url:}") String tileUrl) {
    this.service = service;
    this.areasJson = areasJson;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
    this.tileUrl = tileUrl;
  }

  @ModelAttribute("towns")
  List<Town> towns() {
    return areas.towns();
  }

  @ModelAttribute("colours")
  WarningColour[] colours() {
    return WarningColour.values();
  }

  @ModelAttribute("statuses")
  WarningStatus[] statuses() {
    return WarningStatus.values();
  }

  @ModelAttribute("eventTypes")
  WarningEventType[] eventTypes() {
    return WarningEventType.values();
  }

  @ModelAttribute("tileUrl")
  String tileUrl() {
    return tileUrl;
  }

  @GetMapping("/warnings")
  String list(
      @RequestParam(required = false) WarningStatus status,
      @RequestParam(required = false) WarningColour colour,
      @RequestParam(required = false) String town,
      Model model) {
    CurrentUser user = users.require();
    String townCode = town == null || town.isBlank() ? null : town.trim();
    model.addAttribute(
        "rows",
        service.search(new WarningRepository.Filter(status, colour, townCode), user, LIST_LIMIT));
    model.addAttribute("mayDraft", service.mayDraft(user));
    model.addAttribute("townNames", townNames());
    return "warning/list";
  }

  @GetMapping("/warnings/new")
  String newForm(Model model) {
    CurrentUser user = requireDrafter();
    List<String> senders = service.sendersFor(user);
    return form(
        model, Mode.NEW, null, WarningForm.empty(senders.isEmpty() ? null : senders.get(0)), user);
  }

  @PostMapping("/warnings/new")
  String create(@ModelAttribute WarningForm form, Model model, Locale locale) {
    CurrentUser user = requireDrafter();
    try {
      WarningView created = service.draft(form.draft(areasJson), user);
      return "redirect:/warnings/" + created.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messagesOf(e, locale));
      return form(model, Mode.NEW, null, form, user);
    }
  }

  @GetMapping("/warnings/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    WarningView w = view(id, user);
    Mode mode = w.status() == WarningStatus.DRAFT ? Mode.EDIT : Mode.UPDATE;
    return form(model, mode, w, WarningForm.of(w, areasJson), user);
  }

  @PostMapping("/warnings/{id}/edit")
  String edit(@PathVariable long id, @ModelAttribute WarningForm form, Model model, Locale locale) {
    CurrentUser user = users.require();
    WarningView w = view(id, user);
    Mode mode = w.status() == WarningStatus.DRAFT ? Mode.EDIT : Mode.UPDATE;
    try {
      if (mode == Mode.EDIT) {
        service.editDraft(id, form.draft(areasJson), user);
      } else {
        service.update(id, form.draft(areasJson), user);
      }
      return "redirect:/warnings/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messagesOf(e, locale));
      return form(model, mode, w, form, user);
    }
  }

  @GetMapping("/warnings/{id}")
  String detail(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    return detail(view(id, user), user, model);
  }

  @PostMapping("/warnings/{id}/publish")
  String publish(@PathVariable long id, Model model, Locale locale) {
    CurrentUser user = users.require();
    try {
      service.publish(id, user);
      return "redirect:/warnings/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messagesOf(e, locale));
      return detail(view(id, user), user, model);
    }
  }

  @PostMapping("/warnings/{id}/cancel")
  String cancel(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      Model model,
      Locale locale) {
    CurrentUser user = users.require();
    try {
      service.cancel(id, reason, user);
      return "redirect:/warnings/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messagesOf(e, locale));
      return detail(view(id, user), user, model);
    }
  }

  private String detail(WarningView w, CurrentUser user, Model model) {
    var row = service.visible(w.id(), Optional.of(user)).orElseThrow();
    model.addAttribute("w", w);
    model.addAttribute("xml", service.xml(row));
    model.addAttribute("messages", service.messages(w.id()));
    model.addAttribute("history", service.history(w.id()));
    model.addAttribute("areasJson", areasJson.write(w.areas()));
    model.addAttribute("townNames", townNames());
    model.addAttribute("mayPublish", service.mayPublish(user));
    model.addAttribute("mayEditDraft", service.mayDraft(user));
    return "warning/detail";
  }

  private String form(Model model, Mode mode, WarningView w, WarningForm form, CurrentUser user) {
    model.addAttribute("mode", mode);
    model.addAttribute("w", w);
    model.addAttribute("form", form);
    model.addAttribute("senders", service.sendersFor(user));
    return "warning/form";
  }

  private WarningView view(long id, CurrentUser user) {
    return service.find(id, Optional.of(user)).orElseThrow(() -> new NotFoundException("warning"));
  }

  private CurrentUser requireDrafter() {
    CurrentUser user = users.require();
    if (!service.mayDraft(user)) {
      throw new AccessDeniedException("may not draft warnings");
    }
    return user;
  }

  private Map<String, String> townNames() {
    Map<String, String> names = new HashMap<>();
    areas.towns().forEach(t -> names.put(t.code(), t.name()));
    return names;
  }

  private List<String> messagesOf(RuntimeException e, Locale locale) {
    return e instanceof InvalidInputException invalid
        ? messages.of(invalid, locale)
        : messages.of((ConflictException) e, locale);
  }
}
