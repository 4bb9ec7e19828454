package org.shuzhi.command.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.DutyPerson;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.NearbyTeam;
import org.shuzhi.command.ResourceQueries;
import org.shuzhi.command.ShelterAssignment;
import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.StockDraft;
import org.shuzhi.command.SupplyCover;
import org.shuzhi.command.SupplyItemDraft;
import org.shuzhi.command.SupplyNeed;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.WarehouseDraft;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.core.InvalidValueException;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the emergency resources; the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/command")
@Tag(name = "command-resources", description = "Rescue teams, warehouses, supplies, shelters, duty")
class ResourceApiController {

  /** An update names the version it was based on (optimistic locking). */
  record Update<D>(int version, D record) {}

  private final TeamService teams;
  private final WarehouseService warehouses;
  private final StockService stock;
  private final ShelterService shelters;
  private final DutyService duty;
  private final ResourceQueries queries;
  private final CommandRights rights;
  private final CurrentUsers users;

  ResourceApiController(
      TeamService teams,
      WarehouseService warehouses,
      StockService stock,
      ShelterService shelters,
      DutyService duty,
      ResourceQueries queries,
      CommandRights rights,
      CurrentUsers users) {
    this.teams = teams;
    this.warehouses = warehouses;
    this.stock = stock;
    this.shelters = shelters;
    this.duty = duty;
    this.queries = queries;
    this.rights = rights;
    this.users = users;
  }

  // --- teams ---

  @Operation(summary = "Rescue teams within the caller's data scope")
  @GetMapping("/teams")
  Page<TeamView> teams(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) TeamKind kind,
      @RequestParam(required = false) DutyState state,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return teams.search(new TeamQuery(town, kind, state, name, page, size), users.require());
  }

  @GetMapping("/teams/{id}")
  TeamView team(@PathVariable long id) {
    return teams.get(id, users.require());
  }

  @GetMapping("/teams/{id}/history")
  List<CommandHistory.Change> teamHistory(@PathVariable long id) {
    return teams.history(id, users.require());
  }

  @PostMapping("/teams")
  @ResponseStatus(HttpStatus.CREATED)
  TeamView createTeam(@RequestBody TeamDraft draft) {
    return teams.create(draft == null ? null : draft.asReal(), users.require());
  }

  @PutMapping("/teams/{id}")
  TeamView updateTeam(@PathVariable long id, @RequestBody Update<TeamDraft> request) {
    return teams.update(
        id, request.version(), real(request.record(), TeamDraft::asReal), users.require());
  }

  @DeleteMapping("/teams/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteTeam(@PathVariable long id, @RequestParam int version) {
    teams.delete(id, version, users.require());
  }

  // --- warehouses, catalogue, stock ---

  @GetMapping("/warehouses")
  Page<WarehouseView> warehouses(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return warehouses.search(town, name, page, size, users.require());
  }

  @GetMapping("/warehouses/{id}")
  WarehouseView warehouse(@PathVariable long id) {
    return warehouses.get(id, users.require());
  }

  @GetMapping("/warehouses/{id}/history")
  List<CommandHistory.Change> warehouseHistory(@PathVariable long id) {
    return warehouses.history(id, users.require());
  }

  @PostMapping("/warehouses")
  @ResponseStatus(HttpStatus.CREATED)
  WarehouseView createWarehouse(@RequestBody WarehouseDraft draft) {
    return warehouses.create(draft == null ? null : draft.asReal(), users.require());
  }

  @PutMapping("/warehouses/{id}")
  WarehouseView updateWarehouse(
      @PathVariable long id, @RequestBody Update<WarehouseDraft> request) {
    return warehouses.update(
        id, request.version(), real(request.record(), WarehouseDraft::asReal), users.require());
  }

  @DeleteMapping("/warehouses/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteWarehouse(@PathVariable long id, @RequestParam int version) {
    warehouses.delete(id, version, users.require());
  }

  @GetMapping("/supply-items")
  List<SupplyItem> items() {
    return stock.items(users.require());
  }

  @PostMapping("/supply-items")
  @ResponseStatus(HttpStatus.CREATED)
  SupplyItem createItem(@RequestBody SupplyItemDraft draft) {
    return stock.createItem(draft, users.require());
  }

  @Operation(summary = "Stock lines; warning=LOW|EXPIRING|EXPIRED|ANY lists the warnings")
  @GetMapping("/stock")
  Page<StockView> stock(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) Long warehouse,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) StockWarning warning,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return stock.search(
        new StockQuery(town, warehouse, item, warning, page, size), users.require());
  }

  @GetMapping("/stock/{id}/history")
  List<CommandHistory.Change> stockHistory(@PathVariable long id) {
    return stock.history(id, users.require());
  }

  @Operation(
      summary = "Create a stock line, or set the quantities of the warehouse's line of the item")
  @PutMapping("/stock")
  StockView saveStock(@RequestBody StockDraft draft) {
    return stock.save(draft, users.require());
  }

  @DeleteMapping("/stock/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteStock(@PathVariable long id, @RequestParam int version) {
    stock.delete(id, version, users.require());
  }

  // --- shelters ---

  @GetMapping("/shelters")
  Page<ShelterView> shelters(
      @RequestParam(required = false) String town,
      @RequestParam(required = false) ShelterTier tier,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return shelters.search(town, tier, name, page, size, users.require());
  }

  @GetMapping("/shelters/{id}")
  ShelterView shelter(@PathVariable long id) {
    return shelters.get(id, users.require());
  }

  @GetMapping("/shelters/{id}/history")
  List<CommandHistory.Change> shelterHistory(@PathVariable long id) {
    return shelters.history(id, users.require());
  }

  @PostMapping("/shelters")
  @ResponseStatus(HttpStatus.CREATED)
  ShelterView createShelter(@RequestBody ShelterDraft draft) {
    return shelters.create(draft == null ? null : draft.asReal(), users.require());
  }

  @PutMapping("/shelters/{id}")
  ShelterView updateShelter(@PathVariable long id, @RequestBody Update<ShelterDraft> request) {
    return shelters.update(
        id, request.version(), real(request.record(), ShelterDraft::asReal), users.require());
  }

  @DeleteMapping("/shelters/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteShelter(@PathVariable long id, @RequestParam int version) {
    shelters.delete(id, version, users.require());
  }

  // --- duty roster ---

  @GetMapping("/duty")
  Page<DutyView> duty(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String town,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return duty.search(new DutyQuery(department, town, from, to, page, size), users.require());
  }

  @Operation(summary = "Who is on duty now, within the caller's scope")
  @GetMapping("/duty/now")
  List<DutyView> onDutyNow() {
    return duty.onDutyNow(users.require());
  }

  @GetMapping("/duty/{id}/history")
  List<CommandHistory.Change> dutyHistory(@PathVariable long id) {
    return duty.history(id, users.require());
  }

  @PostMapping("/duty")
  @ResponseStatus(HttpStatus.CREATED)
  DutyView createDuty(@RequestBody DutyDraft draft) {
    return duty.create(draft == null ? null : draft.asReal(), users.require());
  }

  @PutMapping("/duty/{id}")
  DutyView updateDuty(@PathVariable long id, @RequestBody Update<DutyDraft> request) {
    return duty.update(
        id, request.version(), real(request.record(), DutyDraft::asReal), users.require());
  }

  @DeleteMapping("/duty/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteDuty(@PathVariable long id, @RequestParam int version) {
    duty.delete(id, version, users.require());
  }

  // --- response queries (district-wide: a response crosses towns) ---

  @Operation(summary = "On-duty teams of the kinds nearest to a WGS-84 point, with travel time")
  @GetMapping("/nearest-teams")
  List<NearbyTeam> nearestTeams(
      @RequestParam double lon,
      @RequestParam double lat,
      @RequestParam(required = false) Set<TeamKind> kinds,
      @RequestParam(defaultValue = "10") int limit) {
    rights.requireRead(users.require());
    return queries.nearestTeams(point(lon, lat), kinds == null ? Set.of() : kinds, limit);
  }

  record SupplyRequest(double lon, double lat, List<SupplyNeed> needs) {}

  @Operation(summary = "Cover supply needs from the nearest warehouses; shortfall per item")
  @PostMapping("/supply-cover")
  List<SupplyCover> supplyCover(@RequestBody SupplyRequest request) {
    rights.requireRead(users.require());
    return queries.coverSupplies(
        point(request.lon(), request.lat()), request.needs() == null ? List.of() : request.needs());
  }

  @Operation(summary = "Assign people to shelters nearest-first within free capacity")
  @GetMapping("/shelter-assignment")
  ShelterAssignment shelterAssignment(
      @RequestParam double lon, @RequestParam double lat, @RequestParam int people) {
    rights.requireRead(users.require());
    return queries.assignShelters(point(lon, lat), people);
  }

  @Operation(summary = "Who is on duty now for a department or a town")
  @GetMapping("/on-duty")
  List<DutyPerson> onDuty(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String town) {
    rights.requireRead(users.require());
    List<DutyPerson> people =
        department != null
            ? queries.onDutyForDepartment(department)
            : town != null ? queries.onDutyForTown(town) : List.of();
    // Plaintext phones are for the response's notifications, not for API readers.
    return people.stream()
        .map(
            p ->
                new DutyPerson(
                    p.id(),
                    p.department(),
                    p.townCode(),
                    p.role(),
                    p.name(),
                    p.phoneMasked(),
                    null,
                    p.from(),
                    p.until(),
                    p.account()))
        .toList();
  }

  private static <D> D real(D draft, java.util.function.UnaryOperator<D> asReal) {
    return draft == null ? null : asReal.apply(draft);
  }

  private static GeoPoint point(double lon, double lat) {
    try {
      return new GeoPoint(lon, lat);
    } catch (InvalidValueException e) {
      throw new InvalidInputException("lon", "command.location.invalid");
    }
  }
}
