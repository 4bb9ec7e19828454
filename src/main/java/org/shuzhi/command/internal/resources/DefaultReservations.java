package org.shuzhi.command.internal.resources;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.Reservations;
import org.shuzhi.command.internal.CommandHistory;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations and dispatches: the resource row is locked, the request checked against its current
 * state, then the row and the ledger change together; a refusal throws before anything is written.
 * The actor is the signed-in user, or {@code system} for work without one (jobs, listeners).
 */
@Service
class DefaultReservations implements Reservations {

  static final String SYSTEM = "system";
  static final int MAX_REFERENCE = 200;

  private final StockRepository stock;
  private final ShelterRepository shelters;
  private final ShelterCapacity capacity;
  private final TeamRepository teams;
  private final ReservationRepository ledger;
  private final CommandHistory history;
  private final CurrentUsers users;
  private final Clock clock;

  DefaultReservations(
      StockRepository stock,
      ShelterRepository shelters,
      ShelterCapacity capacity,
      TeamRepository teams,
      ReservationRepository ledger,
      CommandHistory history,
      CurrentUsers users,
      Clock clock) {
    this.stock = stock;
    this.shelters = shelters;
    this.capacity = capacity;
    this.teams = teams;
    this.ledger = ledger;
    this.history = history;
    this.users = users;
    this.clock = clock;
  }

  @Override
  @Transactional
  public long reserveSupplies(long warehouseId, String itemCode, long quantity, String reference) {
    String ref = reference(reference);
    if (quantity <= 0) {
      throw new InvalidInputException("quantity", "command.reserve.quantityInvalid");
    }
    StockRow line =
        stock
            .lockLine(warehouseId, itemCode)
            .orElseThrow(() -> new NotFoundException("stock line"));
    if (quantity > line.available()) {
      throw new ConflictException(
          "command.reserve.notEnough",
          line.itemName(),
          line.warehouseName(),
          quantity,
          line.available(),
          line.unit());
    }
    stock.addReserved(line.id(), quantity, actor());
    long id =
        ledger.insert(
            ReservationRepository.Kind.SUPPLY, line.id(), quantity, ref, actor(), clock.instant());
    StockRow after = stock.lock(line.id()).orElseThrow();
    record(
        StockService.TYPE,
        line.id(),
        "RESERVE",
        StockService.state(line),
        StockService.state(after),
        id,
        ref);
    return id;
  }

  @Override
  @Transactional
  public long reserveShelterPlaces(long shelterId, int places, String reference) {
    String ref = reference(reference);
    if (places <= 0) {
      throw new InvalidInputException("places", "command.reserve.placesInvalid");
    }
    ShelterRow shelter =
        shelters.lock(shelterId).orElseThrow(() -> new NotFoundException("shelter"));
    int cap = capacity.of(shelter.usableArea());
    int free = cap - shelter.occupancy() - shelter.reserved();
    if (places > free) {
      throw new ConflictException(
          "command.reserve.overCapacity", shelter.name(), places, Math.max(0, free), cap);
    }
    shelters.addReserved(shelterId, places, actor());
    long id =
        ledger.insert(
            ReservationRepository.Kind.SHELTER, shelterId, places, ref, actor(), clock.instant());
    ShelterRow after = shelters.lock(shelterId).orElseThrow();
    record(
        ShelterService.TYPE,
        shelterId,
        "RESERVE",
        ShelterService.state(shelter),
        ShelterService.state(after),
        id,
        ref);
    return id;
  }

  @Override
  @Transactional
  public long dispatchTeam(long teamId, String reference) {
    String ref = reference(reference);
    TeamRow team = teams.lock(teamId).orElseThrow(() -> new NotFoundException("team"));
    if (team.dutyState() == DutyState.DISPATCHED) {
      throw new ConflictException("command.dispatch.alreadyDispatched", team.name());
    }
    if (team.dutyState() != DutyState.ON_DUTY) {
      throw new ConflictException("command.dispatch.offDuty", team.name());
    }
    teams.setDutyState(teamId, DutyState.DISPATCHED, actor());
    long id =
        ledger.insert(ReservationRepository.Kind.TEAM, teamId, 1, ref, actor(), clock.instant());
    TeamRow after = teams.lock(teamId).orElseThrow();
    record(
        TeamService.TYPE,
        teamId,
        "DISPATCH",
        TeamService.state(team),
        TeamService.state(after),
        id,
        ref);
    return id;
  }

  @Override
  @Transactional
  public void release(long reservationId) {
    var r = ledger.lock(reservationId).orElseThrow(() -> new NotFoundException("reservation"));
    if (r.released()) {
      throw new ConflictException("command.release.already", reservationId);
    }
    switch (r.kind()) {
      case SUPPLY -> {
        StockRow before = stock.lock(r.recordId()).orElseThrow();
        stock.addReserved(r.recordId(), -Math.min(r.quantity(), before.reserved()), actor());
        StockRow after = stock.lock(r.recordId()).orElseThrow();
        record(
            StockService.TYPE,
            r.recordId(),
            "RELEASE",
            StockService.state(before),
            StockService.state(after),
            r.id(),
            r.reference());
      }
      case SHELTER -> {
        ShelterRow before = shelters.lock(r.recordId()).orElseThrow();
        shelters.addReserved(
            r.recordId(), (int) -Math.min(r.quantity(), before.reserved()), actor());
        ShelterRow after = shelters.lock(r.recordId()).orElseThrow();
        record(
            ShelterService.TYPE,
            r.recordId(),
            "RELEASE",
            ShelterService.state(before),
            ShelterService.state(after),
            r.id(),
            r.reference());
      }
      case TEAM -> {
        TeamRow before = teams.lock(r.recordId()).orElseThrow();
        if (before.dutyState() == DutyState.DISPATCHED) {
          teams.setDutyState(r.recordId(), DutyState.ON_DUTY, actor());
        }
        TeamRow after = teams.lock(r.recordId()).orElseThrow();
        record(
            TeamService.TYPE,
            r.recordId(),
            "RELEASE",
            TeamService.state(before),
            TeamService.state(after),
            r.id(),
            r.reference());
      }
    }
    ledger.release(reservationId, actor(), clock.instant());
  }

  @Override
  @Transactional
  public void consume(long reservationId, long used) {
    var r = ledger.lock(reservationId).orElseThrow(() -> new NotFoundException("reservation"));
    if (r.released()) {
      throw new ConflictException("command.release.already", reservationId);
    }
    if (r.kind() != ReservationRepository.Kind.SUPPLY) {
      throw new InvalidInputException("used", "command.consume.notSupplies", reservationId);
    }
    StockRow before = stock.lock(r.recordId()).orElseThrow();
    if (used < 0 || used > r.quantity()) {
      throw new InvalidInputException(
          "used", "command.consume.tooMuch", before.itemName(), used, r.quantity(), before.unit());
    }
    stock.consume(r.recordId(), used, Math.min(r.quantity(), before.reserved()), actor());
    StockRow after = stock.lock(r.recordId()).orElseThrow();
    Map<String, Object> afterState = new LinkedHashMap<>(StockService.state(after));
    afterState.put("consumed", used);
    record(
        StockService.TYPE,
        r.recordId(),
        "CONSUME",
        StockService.state(before),
        afterState,
        r.id(),
        r.reference());
    ledger.consumed(reservationId, used, actor(), clock.instant());
  }

  private static String reference(String reference) {
    String ref = Checks.trim(reference);
    if (ref == null) {
      throw new InvalidInputException("reference", "command.reserve.referenceRequired");
    }
    if (ref.length() > MAX_REFERENCE) {
      throw new InvalidInputException("reference", "command.field.tooLong", MAX_REFERENCE);
    }
    return ref;
  }

  private void record(
      String type,
      long id,
      String change,
      Map<String, Object> before,
      Map<String, Object> after,
      long reservationId,
      String reference) {
    Map<String, Object> body = new LinkedHashMap<>(after);
    body.put("reservationId", reservationId);
    body.put("reference", reference);
    boolean signedIn = users.find().isPresent();
    history.changed(type, id, change, before, body, actor(), !signedIn);
  }

  private String actor() {
    return users.find().map(CurrentUser::username).orElse(SYSTEM);
  }
}
