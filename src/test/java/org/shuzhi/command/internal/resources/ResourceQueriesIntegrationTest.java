package org.shuzhi.command.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.command.CommandRegistration;
import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.NearbyTeam;
import org.shuzhi.command.Reservations;
import org.shuzhi.command.ResourceQueries;
import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.StockDraft;
import org.shuzhi.command.SupplyItemDraft;
import org.shuzhi.command.SupplyNeed;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.WarehouseDraft;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The response's queries and reservations on real SQL: nearest-first ordering with distance and
 * travel time, supply cover with shortfall, capacity-bounded shelter assignment, on-duty people,
 * and refusals that change nothing.
 */
class ResourceQueriesIntegrationTest extends IntegrationTest {

  private static final String ACTOR = "test-loader";

  @Autowired CommandRegistration registration;
  @Autowired ResourceQueries queries;
  @Autowired Reservations reservations;
  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;

  private GeoPoint centre() {
    var town = areas.town(CHENGXIANG).orElseThrow();
    return new GeoPoint(town.labelLon(), town.labelLat());
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private long team(TeamKind kind, double dLon, DutyState state) {
    GeoPoint c = centre();
    return registration.registerTeam(
        new TeamDraft(
            unique("队伍"),
            kind,
            12,
            List.of("泡沫消防车", "空气呼吸器"),
            null,
            c.lon() + dLon,
            c.lat(),
            "张三",
            "13800138000",
            state,
            false),
        ACTOR);
  }

  @Test
  void nearestOnDutyTeamsComeFirstWithDistanceAndTravelTime() {
    long far = team(TeamKind.HAZARDOUS_CHEMICAL, 0.02, DutyState.ON_DUTY);
    long near = team(TeamKind.HAZARDOUS_CHEMICAL, 0.001, DutyState.ON_DUTY);
    long middle = team(TeamKind.HAZARDOUS_CHEMICAL, 0.01, DutyState.ON_DUTY);
    long offDuty = team(TeamKind.HAZARDOUS_CHEMICAL, 0.0005, DutyState.OFF_DUTY);
    long otherKind = team(TeamKind.MEDICAL, 0.0002, DutyState.ON_DUTY);

    List<NearbyTeam> found =
        queries.nearestTeams(centre(), Set.of(TeamKind.HAZARDOUS_CHEMICAL), 200);
    List<Long> ours =
        found.stream()
            .map(NearbyTeam::id)
            .filter(id -> Set.of(far, near, middle, offDuty, otherKind).contains(id))
            .toList();
    assertThat(ours).containsExactly(near, middle, far);
    assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(a.distanceKm(), b.distanceKm()));
    NearbyTeam n = found.stream().filter(t -> t.id() == middle).findFirst().orElseThrow();
    // 0.01° of longitude at 30.16° N ≈ 0.962 km; road 1.25 km at 40 km/h ≈ 1.9 → 2 minutes.
    assertThat(n.distanceKm()).isBetween(0.95, 0.98);
    assertThat(n.travelMinutes()).isEqualTo(2);
    assertThat(n.contactPhoneMasked()).isEqualTo("138****8000");
  }

  @Test
  void suppliesAreCoveredFromTheNearestWarehousesWithShortfall() {
    String item = unique("TENT");
    registration.registerItem(new SupplyItemDraft(item, "救灾帐篷", "顶", "生活类"), ACTOR);
    GeoPoint c = centre();
    long near = warehouse(c, 0.002);
    long far = warehouse(c, 0.03);
    registration.registerStock(new StockDraft(near, item, 30L, 10L, null), ACTOR);
    registration.registerStock(new StockDraft(far, item, 50L, 0L, null), ACTOR);
    reservations.reserveSupplies(near, item, 10, "test");

    var cover = queries.coverSupplies(c, List.of(new SupplyNeed(item, 100))).get(0);
    assertThat(cover.allocations())
        .extracting(a -> a.warehouseId(), a -> a.available(), a -> a.take())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(near, 20L, 20L),
            org.assertj.core.groups.Tuple.tuple(far, 50L, 50L));
    assertThat(cover.shortfall()).isEqualTo(30);
    assertThat(cover.unit()).isEqualTo("顶");

    var enough = queries.coverSupplies(c, List.of(new SupplyNeed(item, 15))).get(0);
    assertThat(enough.allocations()).hasSize(1);
    assertThat(enough.shortfall()).isZero();
  }

  private long warehouse(GeoPoint c, double dLat) {
    return registration.registerWarehouse(
        new WarehouseDraft(
            unique("仓库"), null, c.lon(), c.lat() + dLat, "李四", "0571-82881234", false),
        ACTOR);
  }

  private long shelter(GeoPoint c, double dLon, String area, int occupancy) {
    return registration.registerShelter(
        new ShelterDraft(
            unique("避难场所"),
            ShelterTier.VILLAGE,
            null,
            c.lon() + dLon,
            c.lat() - 0.003,
            new BigDecimal(area),
            occupancy,
            null,
            null,
            false),
        ACTOR);
  }

  @Test
  void sheltersAreFilledNearestFirstWithoutOverfillAndTheShortfallIsReported() {
    GeoPoint c = centre();
    // 151 m² / 1.5 = 100 places (floor), 40 occupied → 60 free; 75 m² → 50 places, full.
    long first = shelter(c, 0.0001, "151", 40);
    long full = shelter(c, 0.0002, "75", 50);
    long second = shelter(c, 0.0003, "30", 0);
    var a = queries.assignShelters(new GeoPoint(c.lon(), c.lat() - 0.003), 70);
    assertThat(a.placements().get(0).shelterId()).isEqualTo(first);
    assertThat(a.placements().get(0).capacity()).isEqualTo(100);
    assertThat(a.placements().get(0).assigned()).isEqualTo(60);
    assertThat(a.placements()).extracting(p -> p.shelterId()).doesNotContain(full);
    assertThat(a.placements().get(1).shelterId()).isEqualTo(second);
    assertThat(a.placements().get(1).assigned()).isEqualTo(10);
    assertThat(a.shortfall()).isZero();

    var all = queries.assignShelters(c, 50_000_000);
    assertThat(all.placements()).allSatisfy(p -> assertThat(p.assigned()).isEqualTo(p.free()));
    assertThat(all.shortfall())
        .isEqualTo(50_000_000 - all.placements().stream().mapToInt(p -> p.assigned()).sum())
        .isPositive();
  }

  @Test
  void shelterReservationsStopAtCapacityAndChangeNothingWhenRefused() {
    long id = shelter(centre(), 0.0004, "15", 4); // capacity 10, 6 free
    reservations.reserveShelterPlaces(id, 5, "incident-1");
    assertThatThrownBy(() -> reservations.reserveShelterPlaces(id, 2, "incident-1"))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "command.reserve.overCapacity");
    assertThatThrownBy(() -> reservations.reserveShelterPlaces(id, 0, "incident-1"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(reserved("command_shelter", id)).isEqualTo(5);
    long last = reservations.reserveShelterPlaces(id, 1, "incident-1");
    reservations.release(last);
    assertThat(reserved("command_shelter", id)).isEqualTo(5);
    assertThatThrownBy(() -> reservations.release(last)).isInstanceOf(ConflictException.class);
  }

  @Test
  void supplyReservationsCannotExceedWhatIsAvailable() {
    String item = unique("WATER");
    registration.registerItem(new SupplyItemDraft(item, "瓶装水", "箱", null), ACTOR);
    long w = warehouse(centre(), 0.004);
    long line = registration.registerStock(new StockDraft(w, item, 8L, 0L, null), ACTOR);
    reservations.reserveSupplies(w, item, 6, "incident-2");
    assertThatThrownBy(() -> reservations.reserveSupplies(w, item, 3, "incident-2"))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "command.reserve.notEnough");
    assertThatThrownBy(() -> reservations.reserveSupplies(w, item, -1, "incident-2"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> reservations.reserveSupplies(w, item, 1, " "))
        .isInstanceOf(InvalidInputException.class);
    assertThat(reserved("command_stock", line)).isEqualTo(6);
  }

  @Test
  void onlyOnDutyTeamsAreDispatchedAndOnlyOnce() {
    long onDuty = team(TeamKind.FIRE, 0.005, DutyState.ON_DUTY);
    long offDuty = team(TeamKind.FIRE, 0.006, DutyState.OFF_DUTY);
    long dispatch = reservations.dispatchTeam(onDuty, "incident-3");
    assertThat(state(onDuty)).isEqualTo("DISPATCHED");
    assertThat(queries.nearestTeams(centre(), Set.of(TeamKind.FIRE), 200))
        .extracting(NearbyTeam::id)
        .doesNotContain(onDuty, offDuty);
    assertThatThrownBy(() -> reservations.dispatchTeam(onDuty, "incident-4"))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "command.dispatch.alreadyDispatched");
    assertThatThrownBy(() -> reservations.dispatchTeam(offDuty, "incident-4"))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "command.dispatch.offDuty");
    assertThat(state(offDuty)).isEqualTo("OFF_DUTY");
    reservations.release(dispatch);
    assertThat(state(onDuty)).isEqualTo("ON_DUTY");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM command_change WHERE record_type = 'command_team'"
                        + " AND record_id = ? AND change IN ('DISPATCH', 'RELEASE')")
                .param(String.valueOf(onDuty))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void whoIsOnDutyNowFollowsTheShiftTimes() {
    String department =
        "TEST_"
            + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z]", "X");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    // A full-day shift starting yesterday 08:00 or today 08:00 covers now, whatever the hour.
    registration.registerDuty(
        new DutyDraft(
            department,
            null,
            today.minusDays(1),
            DutyShift.FULL_DAY,
            DutyRole.OFFICER,
            "王五",
            "13900139000",
            false),
        ACTOR);
    registration.registerDuty(
        new DutyDraft(
            department,
            null,
            today,
            DutyShift.FULL_DAY,
            DutyRole.LEADER,
            "赵六",
            "13900139001",
            false),
        ACTOR);
    registration.registerDuty(
        new DutyDraft(
            department,
            null,
            today.minusDays(3),
            DutyShift.FULL_DAY,
            DutyRole.LEADER,
            "钱七",
            "13900139002",
            false),
        ACTOR);
    var now = queries.onDutyForDepartment(department);
    assertThat(now).hasSize(1);
    assertThat(now.get(0).name()).isIn("王五", "赵六");
    assertThat(now.get(0).phoneMasked()).startsWith("139****");
  }

  private long reserved(String table, long id) {
    return jdbc.sql("SELECT reserved FROM " + table + " WHERE id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  private String state(long team) {
    return jdbc.sql("SELECT duty_state FROM command_team WHERE id = ?")
        .param(team)
        .query(String.class)
        .single();
  }
}
