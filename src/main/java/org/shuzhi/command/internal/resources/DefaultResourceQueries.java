package org.shuzhi.command.internal.resources;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.command.DutyPerson;
import org.shuzhi.command.NearbyTeam;
import org.shuzhi.command.ResourceQueries;
import org.shuzhi.command.ShelterAssignment;
import org.shuzhi.command.SupplyCover;
import org.shuzhi.command.SupplyNeed;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.internal.TravelEstimate;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response's questions answered in SQL with the haversine distance (one indexed scan per
 * question; see {@code bench/} for the figures with 10,000 teams and 2,000 shelters), the greedy
 * nearest-first allocations in Java.
 */
@Service
class DefaultResourceQueries implements ResourceQueries {

  static final int MAX_TEAMS = 200;

  private final TeamRepository teams;
  private final StockRepository stock;
  private final ShelterRepository shelters;
  private final ShelterCapacity capacity;
  private final DutyRepository duty;
  private final TravelEstimate travel;
  private final Clock clock;

  DefaultResourceQueries(
      TeamRepository teams,
      StockRepository stock,
      ShelterRepository shelters,
      ShelterCapacity capacity,
      DutyRepository duty,
      TravelEstimate travel,
      Clock clock) {
    this.teams = teams;
    this.stock = stock;
    this.shelters = shelters;
    this.capacity = capacity;
    this.duty = duty;
    this.travel = travel;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NearbyTeam> nearestTeams(GeoPoint from, Collection<TeamKind> kinds, int limit) {
    if (limit <= 0) {
      throw new InvalidInputException("limit", "command.query.limitInvalid");
    }
    List<TeamKind> wanted = kinds == null ? List.of() : List.copyOf(kinds);
    return teams.nearestOnDuty(from.lon(), from.lat(), wanted, Math.min(limit, MAX_TEAMS)).stream()
        .map(
            e -> {
              TeamRow t = e.getKey();
              double km = e.getValue();
              return new NearbyTeam(
                  t.id(),
                  t.name(),
                  t.kind(),
                  t.headcount(),
                  t.townCode(),
                  t.lon(),
                  t.lat(),
                  TravelEstimate.roundKm(km),
                  travel.minutes(km),
                  t.contactName(),
                  t.contactPhone() == null ? null : PhoneNumber.mask(t.contactPhone()));
            })
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<SupplyCover> coverSupplies(GeoPoint from, List<SupplyNeed> needs) {
    Map<String, Long> needed = new LinkedHashMap<>();
    for (SupplyNeed n : needs) {
      if (n == null || n.itemCode() == null || n.quantity() <= 0) {
        throw new InvalidInputException("supplies", "command.query.needInvalid");
      }
      needed.merge(n.itemCode(), n.quantity(), Long::sum);
    }
    if (needed.isEmpty()) {
      return List.of();
    }
    Map<String, List<Map.Entry<StockRow, Double>>> byItem = new LinkedHashMap<>();
    for (var e : stock.availableNearest(from.lon(), from.lat(), List.copyOf(needed.keySet()))) {
      byItem.computeIfAbsent(e.getKey().itemCode(), k -> new ArrayList<>()).add(e);
    }
    List<SupplyCover> covers = new ArrayList<>();
    for (var need : needed.entrySet()) {
      long remaining = need.getValue();
      List<SupplyCover.Allocation> allocations = new ArrayList<>();
      for (var e : byItem.getOrDefault(need.getKey(), List.of())) {
        if (remaining == 0) {
          break;
        }
        StockRow line = e.getKey();
        long take = Math.min(remaining, line.available());
        allocations.add(
            new SupplyCover.Allocation(
                line.warehouseId(),
                line.warehouseName(),
                TravelEstimate.roundKm(e.getValue()),
                travel.minutes(e.getValue()),
                line.available(),
                take));
        remaining -= take;
      }
      var item = stock.item(need.getKey());
      covers.add(
          new SupplyCover(
              need.getKey(),
              item.map(SupplyItem::name).orElse(null),
              item.map(SupplyItem::unit).orElse(null),
              need.getValue(),
              allocations,
              remaining));
    }
    return covers;
  }

  @Override
  @Transactional(readOnly = true)
  public ShelterAssignment assignShelters(GeoPoint from, int people) {
    if (people < 0) {
      throw new InvalidInputException("people", "command.query.peopleInvalid");
    }
    int remaining = people;
    List<ShelterAssignment.Placement> placements = new ArrayList<>();
    if (people > 0) {
      for (var e : shelters.withRoomNearest(from.lon(), from.lat(), capacity.areaPerPerson())) {
        ShelterRow s = e.getKey();
        int cap = capacity.of(s.usableArea());
        int free = cap - s.occupancy() - s.reserved();
        int assigned = Math.min(free, remaining);
        placements.add(
            new ShelterAssignment.Placement(
                s.id(),
                s.name(),
                s.tier(),
                TravelEstimate.roundKm(e.getValue()),
                travel.minutes(e.getValue()),
                cap,
                free,
                assigned));
        remaining -= assigned;
        if (remaining == 0) {
          break;
        }
      }
    }
    return new ShelterAssignment(people, placements, remaining);
  }

  @Override
  @Transactional(readOnly = true)
  public List<DutyPerson> onDutyForDepartment(String department) {
    return duty.onDuty(department, null, clock.instant()).stream().map(this::person).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<DutyPerson> onDutyForTown(String townCode) {
    return duty.onDuty(null, townCode, clock.instant()).stream().map(this::person).toList();
  }

  private DutyPerson person(DutyRow r) {
    return new DutyPerson(
        r.id(),
        r.department(),
        r.townCode(),
        r.role(),
        r.personName(),
        PhoneNumber.mask(r.phone()),
        r.phone(),
        r.startsAt(),
        r.endsAt(),
        r.account());
  }
}
