package org.shuzhi.command.internal.resources;

import java.util.Locale;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.internal.FormErrors;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Shelter forms: create and edit, including the current occupancy; the service refuses an occupancy
 * that with the reserved places exceeds the capacity (usable area ÷ m² per person).
 */
@Controller
class ShelterFormController {

  private final ShelterService shelters;
  private final ShelterCapacity capacity;
  private final CurrentUsers users;
  private final FormErrors errors;
  private final String tileUrl;

  ShelterFormController(
      ShelterService shelters,
      ShelterCapacity capacity,
      CurrentUsers users,
      FormErrors errors,
      @Value("${shuzhi.map.tile-url:}") String tileUrl) {
    this.shelters = shelters;
    this.capacity = capacity;
    this.users = users;
    this.errors = errors;
    this.tileUrl = tileUrl;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("tiers", ShelterTier.values());
    model.addAttribute("areaPerPerson", capacity.areaPerPerson());
    model.addAttribute("tileUrl", tileUrl);
  }

  @GetMapping("/command/shelters/new")
  String createForm(Model model) {
    if (!shelters.mayWrite(users.require())) {
      throw new AccessDeniedException("read-only role");
    }
    model.addAttribute("form", ShelterForm.empty());
    return "command/shelter-form";
  }

  @PostMapping("/command/shelters")
  String create(@ModelAttribute("form") ShelterForm form, Model model, Locale locale) {
    try {
      ShelterView saved = shelters.create(form.toDraft(), users.require());
      return "redirect:/command/shelters/" + saved.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      return "command/shelter-form";
    }
  }

  @GetMapping("/command/shelters/{id:\\d+}/edit")
  String editForm(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    ShelterView s = shelters.get(id, user);
    if (!shelters.writable(user, s.townCode())) {
      throw new AccessDeniedException("shelter outside the user's rights");
    }
    model.addAttribute("form", ShelterForm.of(s));
    model.addAttribute("s", s);
    return "command/shelter-form";
  }

  @PostMapping("/command/shelters/{id:\\d+}")
  String update(
      @PathVariable long id, @ModelAttribute("form") ShelterForm form, Model model, Locale locale) {
    CurrentUser user = users.require();
    try {
      shelters.update(id, TeamFormController.version(form.version()), form.toDraft(), user);
      return "redirect:/command/shelters/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", errors.of(e, locale));
      model.addAttribute("s", shelters.get(id, user));
      return "command/shelter-form";
    }
  }
}
