package org.shuzhi.risk.internal.points;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NumberInput;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.risk.ControlLevel;
import org.shuzhi.risk.LecAssessment;
import org.shuzhi.risk.LsAssessment;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskObjectDraft;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskObjectQuery;
import org.shuzhi.risk.RiskObjectView;
import org.shuzhi.risk.RiskPointAssessmentDraft;
import org.shuzhi.risk.RiskPointDraft;
import org.shuzhi.risk.RiskPointMethod;
import org.shuzhi.risk.RiskResponsiblePerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Census pages: list with filters and paging, detail with its risk points (add, assess, history),
 * create, edit and retire, and the town overview.
 */
@Controller
class RiskObjectPageController {

  static final int PERSON_ROWS = 3;

  /** The object form as text, so a bad entry is shown back unchanged. */
  record Form(
      String name,
      String kind,
      String enterpriseUscc,
      String address,
      String lon,
      String lat,
      String coordinateSystem,
      List<String> personNames,
      List<String> personPhones,
      Integer version) {

    static Form of(RiskObjectView v) {
      List<String> names = new ArrayList<>();
      v.responsiblePersons().forEach(p -> names.add(p.name()));
      return new Form(
          v.name(),
          v.kind().name(),
          v.enterpriseUscc(),
          v.address(),
          v.ownLocation() && v.lon() != null ? v.lon().toString() : null,
          v.ownLocation() && v.lat() != null ? v.lat().toString() : null,
          "WGS84",
          padded(names),
          padded(new ArrayList<>()),
          v.version());
    }

    static Form empty() {
      return new Form(
          null,
          null,
          null,
          null,
          null,
          null,
          "WGS84",
          padded(new ArrayList<>()),
          padded(new ArrayList<>()),
          null);
    }

    /** At least {@link #PERSON_ROWS} rows of person inputs, one spare. */
    private static List<String> padded(List<String> values) {
      List<String> result = new ArrayList<>(values);
      while (result.size() < PERSON_ROWS || result.size() == values.size()) {
        result.add("");
      }
      return result;
    }

    String personName(int i) {
      return personNames == null || i >= personNames.size() ? null : personNames.get(i);
    }

    String personPhone(int i) {
      return personPhones == null || i >= personPhones.size() ? null : personPhones.get(i);
    }
  }

  private final RiskObjectService objects;
  private final RiskPointService points;
  private final TownColourSummary townColours;
  private final CurrentUsers users;
  private final AreaDirectory areas;
  private final ProblemMessages messages;

  RiskObjectPageController(
      RiskObjectService objects,
      RiskPointService points,
      TownColourSummary townColours,
      CurrentUsers users,
      AreaDirectory areas,
      ProblemMessages messages) {
    this.objects = objects;
    this.points = points;
    this.townColours = townColours;
    this.users = users;
    this.areas = areas;
    this.messages = messages;
  }

  @ModelAttribute("towns")
  List<Town> towns() {
    return areas.towns();
  }

  @ModelAttribute("kinds")
  RiskObjectKind[] kinds() {
    return RiskObjectKind.values();
  }

  @ModelAttribute("colours")
  RiskColour[] colours() {
    return RiskColour.values();
  }

  @GetMapping("/risk/objects")
  String list(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long grid,
      @RequestParam(required = false) RiskObjectKind kind,
      @RequestParam(required = false) String colour,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    CurrentUser user = users.require();
    boolean unassessed = "NONE".equals(colour);
    RiskColour c = colour == null || colour.isBlank() || unassessed ? null : parseColour(colour);
    model.addAttribute(
        "result",
        objects.search(new RiskObjectQuery(town, grid, kind, c, unassessed, page, 20), user));
    model.addAttribute("mayWrite", objects.mayWrite(user));
    return htmx != null ? "risk/points/list :: rows" : "risk/points/list";
  }

  @GetMapping("/risk/objects/{id}")
  String detail(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    RiskObjectView view = objects.get(id, user);
    model.addAttribute("o", view);
    model.addAttribute("points", points.ofObject(id, user));
    model.addAttribute("mayEdit", objects.writable(user, view));
    model.addAttribute("controlLevels", ControlLevel.values());
    model.addAttribute("lValues", LecAssessment.L_VALUES);
    model.addAttribute("eValues", LecAssessment.E_VALUES);
    model.addAttribute("cValues", LecAssessment.C_VALUES);
    model.addAttribute("lsValues", LsAssessment.VALUES);
    return "risk/points/detail";
  }

  @GetMapping("/risk/points/{id}")
  String point(@PathVariable long id) {
    var point = points.get(id, users.require());
    return "redirect:/risk/objects/" + point.riskObjectId() + "#point-" + id;
  }

  @PostMapping("/risk/objects/{id}/points")
  String addPoint(
      @PathVariable long id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String hazardDescription,
      @RequestParam(required = false) ControlLevel controlLevel,
      @RequestParam(required = false) String responsiblePerson,
      Model model,
      Locale locale) {
    try {
      points.add(
          id,
          new RiskPointDraft(name, hazardDescription, controlLevel, responsiblePerson),
          users.require());
      return "redirect:/risk/objects/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("pointErrors", messages.of(e, locale));
      return detail(id, model);
    }
  }

  @PostMapping("/risk/points/{id}/assessments")
  String assess(
      @PathVariable long id,
      @RequestParam(required = false) RiskPointMethod method,
      @RequestParam(required = false) String l,
      @RequestParam(required = false) String e,
      @RequestParam(required = false) String c,
      @RequestParam(required = false) String s,
      @RequestParam(required = false) String comment,
      Model model,
      Locale locale) {
    var point = points.get(id, users.require());
    try {
      points.assess(
          id,
          new RiskPointAssessmentDraft(
              method,
              NumberInput.decimal(l, "l"),
              method == RiskPointMethod.LEC ? NumberInput.decimal(e, "e") : null,
              method == RiskPointMethod.LEC ? NumberInput.decimal(c, "c") : null,
              method == RiskPointMethod.LS ? NumberInput.decimal(s, "s") : null,
              comment),
          users.require());
      return "redirect:/risk/objects/" + point.riskObjectId() + "#point-" + id;
    } catch (InvalidInputException ex) {
      model.addAttribute("assessErrors", messages.of(ex, locale));
      model.addAttribute("assessPoint", id);
      return detail(point.riskObjectId(), model);
    }
  }

  @PostMapping("/risk/objects/{id}/retire")
  String retire(
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String reason,
      Model model,
      Locale locale) {
    try {
      objects.retire(id, version == null ? -1 : version, reason, users.require());
      return "redirect:/risk/objects";
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("retireErrors", messages.ofRefusal(e, locale));
      return detail(id, model);
    }
  }

  @GetMapping("/risk/objects/new")
  String createForm(Model model) {
    model.addAttribute("form", Form.empty());
    return "risk/points/form";
  }

  @PostMapping("/risk/objects")
  String create(@ModelAttribute("form") Form form, Model model, Locale locale) {
    try {
      var created = objects.create(draft(form), users.require());
      return "redirect:/risk/objects/" + created.id();
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      model.addAttribute("form", withSpareRows(form));
      return "risk/points/form";
    }
  }

  @GetMapping("/risk/objects/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    model.addAttribute("form", Form.of(objects.get(id, users.require())));
    model.addAttribute("id", id);
    return "risk/points/form";
  }

  @PostMapping("/risk/objects/{id}")
  String update(
      @PathVariable long id, @ModelAttribute("form") Form form, Model model, Locale locale) {
    try {
      objects.update(
          id, form.version() == null ? -1 : form.version(), draft(form), users.require());
      return "redirect:/risk/objects/" + id;
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("errors", messages.ofRefusal(e, locale));
      model.addAttribute("form", withSpareRows(form));
      model.addAttribute("id", id);
      return "risk/points/form";
    }
  }

  @GetMapping("/risk/overview")
  String overview(Model model) {
    model.addAttribute("townColours", townColours.of(users.require()));
    return "risk/points/overview";
  }

  private static Form withSpareRows(Form f) {
    List<String> names =
        f.personNames() == null ? new ArrayList<>() : new ArrayList<>(f.personNames());
    List<String> phones =
        f.personPhones() == null ? new ArrayList<>() : new ArrayList<>(f.personPhones());
    while (names.size() < PERSON_ROWS) {
      names.add("");
    }
    while (phones.size() < names.size()) {
      phones.add("");
    }
    return new Form(
        f.name(),
        f.kind(),
        f.enterpriseUscc(),
        f.address(),
        f.lon(),
        f.lat(),
        f.coordinateSystem(),
        names,
        phones,
        f.version());
  }

  private static RiskObjectDraft draft(Form f) {
    List<RiskResponsiblePerson> persons = new ArrayList<>();
    int rows =
        Math.max(
            f.personNames() == null ? 0 : f.personNames().size(),
            f.personPhones() == null ? 0 : f.personPhones().size());
    for (int i = 0; i < rows; i++) {
      persons.add(new RiskResponsiblePerson(f.personName(i), f.personPhone(i)));
    }
    RiskObjectKind kind = null;
    if (f.kind() != null && !f.kind().isBlank()) {
      try {
        kind = RiskObjectKind.valueOf(f.kind());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("kind", "risk.points.object.kind.unknown", f.kind());
      }
    }
    CoordinateSystem crs = CoordinateSystem.WGS84;
    if (f.coordinateSystem() != null && !f.coordinateSystem().isBlank()) {
      try {
        crs = CoordinateSystem.valueOf(f.coordinateSystem());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "coordinateSystem", "risk.points.object.crs.unknown", f.coordinateSystem());
      }
    }
    return new RiskObjectDraft(
        f.name(),
        kind,
        f.enterpriseUscc(),
        f.address(),
        NumberInput.decimalNumber(f.lon(), "lon"),
        NumberInput.decimalNumber(f.lat(), "lat"),
        crs,
        persons,
        false);
  }

  private static RiskColour parseColour(String colour) {
    try {
      return RiskColour.valueOf(colour);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("colour", "risk.points.colour.unknown", colour);
    }
  }
}
