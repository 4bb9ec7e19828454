package org.shuzhi.command.internal.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.TeamKind;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Registry pages: lists with filters and paging in SQL (scope applied), details with the change
 * history, and the edit links where the user may write (the forms are in the *FormController
 * classes; records are also written through the API and the Excel import).
 */
@Controller
class ResourcePageController {

  private final TeamService teams;
  private final WarehouseService warehouses;
  private final StockService stock;
  private final ShelterService shelters;
  private final DutyService duty;
  private final ShelterCapacity capacity;
  private final AreaDirectory areas;
  private final CurrentUsers users;
  private final Clock clock;

  ResourcePageController(
      TeamService teams,
      WarehouseService warehouses,
      StockService stock,
      ShelterService shelters,
      DutyService duty,
      ShelterCapacity capacity,
      AreaDirectory areas,
      CurrentUsers users,
      Clock clock) {
    this.teams = teams;
    this.warehouses = warehouses;
    this.stock = stock;
    this.shelters = shelters;
    this.duty = duty;
    this.capacity = capacity;
    this.areas = areas;
    this.users = users;
    this.clock = clock;
  }

  @ModelAttribute("towns")
  List<Town> towns() {
    return areas.towns();
  }

  @GetMapping("/command/teams")
  String teams(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    model.addAttribute(
        "result",
        teams.search(
            new TeamQuery(
                town, parse(TeamKind.class, kind), parse(DutyState.class, state), name, page, 20),
            user));
    model.addAttribute("kinds", TeamKind.values());
    model.addAttribute("states", DutyState.values());
    model.addAttribute("mayWrite", teams.mayWrite(user));
    return "command/teams";
  }

  @GetMapping("/command/teams/{id:\\d+}")
  String team(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    TeamView team = teams.get(id, user);
    model.addAttribute("t", team);
    model.addAttribute("mayEdit", teams.writable(user, team));
    model.addAttribute("history", teams.history(id, user));
    return "command/team";
  }

  @GetMapping("/command/warehouses")
  String warehouses(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    model.addAttribute("result", warehouses.search(town, name, page, 20, user));
    model.addAttribute("mayWrite", warehouses.mayWrite(user));
    return "command/warehouses";
  }

  @GetMapping("/command/warehouses/{id:\\d+}")
  String warehouse(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    WarehouseView warehouse = warehouses.get(id, user);
    model.addAttribute("w", warehouse);
    model.addAttribute("mayEdit", warehouses.writable(user, warehouse.townCode()));
    model.addAttribute(
        "stock", stock.search(new StockQuery(null, id, null, null, 0, 200), user).items());
    model.addAttribute("history", warehouses.history(id, user));
    return "command/warehouse";
  }

  @GetMapping("/command/stock")
  String stock(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long warehouse,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String warning,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    model.addAttribute(
        "result",
        stock.search(
            new StockQuery(town, warehouse, item, parse(StockWarning.class, warning), page, 20),
            user));
    model.addAttribute("items", stock.items(user));
    model.addAttribute("warnings", StockWarning.values());
    model.addAttribute("mayWrite", stock.mayWrite(user));
    return "command/stock";
  }

  @GetMapping("/command/shelters")
  String shelters(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    model.addAttribute(
        "result", shelters.search(town, parse(ShelterTier.class, tier), name, page, 20, user));
    model.addAttribute("tiers", ShelterTier.values());
    model.addAttribute("areaPerPerson", capacity.areaPerPerson());
    model.addAttribute("mayWrite", shelters.mayWrite(user));
    return "command/shelters";
  }

  @GetMapping("/command/shelters/{id:\\d+}")
  String shelter(@PathVariable long id, Model model) {
    CurrentUser user = users.require();
    ShelterView shelter = shelters.get(id, user);
    model.addAttribute("s", shelter);
    model.addAttribute("mayEdit", shelters.writable(user, shelter.townCode()));
    model.addAttribute("areaPerPerson", capacity.areaPerPerson());
    model.addAttribute("history", shelters.history(id, user));
    return "command/shelter";
  }

  @GetMapping("/command/duty")
  String duty(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser user = users.require();
    // Opened without a filter the roster starts today (Asia/Shanghai), not at its oldest entries;
    // an emptied "from" field shows the whole roster.
    LocalDate start = from == null ? LocalDate.now(clock.withZone(StockService.ZONE)) : date(from);
    Page<DutyView> result =
        duty.search(new DutyQuery(department, town, start, date(to), page, 20), user);
    model.addAttribute("result", result);
    model.addAttribute("from", start);
    // Entries the user may edit, and those not started yet, which the form may also delete.
    var now = clock.instant();
    model.addAttribute(
        "editable",
        result.items().stream().filter(d -> duty.writable(user, d)).map(DutyView::id).toList());
    model.addAttribute(
        "deletable",
        result.items().stream()
            .filter(d -> duty.writable(user, d) && d.startsAt().isAfter(now))
            .map(DutyView::id)
            .toList());
    model.addAttribute("now", duty.onDutyNow(user));
    model.addAttribute("mayWrite", duty.mayWrite(user));
    return "command/duty";
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown " + type.getSimpleName());
    }
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bad date");
    }
  }
}
