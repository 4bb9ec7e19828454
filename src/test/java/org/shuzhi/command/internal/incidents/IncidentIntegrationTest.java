package org.shuzhi.command.internal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.command.CommandRegistration;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.EmergencyPlans;
import org.shuzhi.command.IncidentStatus;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.PlanDraft;
import org.shuzhi.command.PlanLevel;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.StockDraft;
import org.shuzhi.command.SupplyItemDraft;
import org.shuzhi.command.SupplyNeed;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.Trigger;
import org.shuzhi.command.TriggerMetric;
import org.shuzhi.command.WarehouseDraft;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.DataScope;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Incidents and the one-click response on real SQL: reporting (outside the district refused,
 * affected areas validated), the append-only timeline, data scope, the proposal (level with reason,
 * nearest teams, capacity-bounded shelters), and the confirmation — all or nothing, idempotent,
 * refusing each kind of bad input with nothing changed.
 */
class IncidentIntegrationTest extends IntegrationTest {

  private static final String ACTOR = "test-loader";
  static final CurrentUser EMERGENCY =
      new CurrentUser(
          "emergency-officer", Role.DEPARTMENT_STAFF, "EMERGENCY", DataScope.district(), false);

  @Autowired IncidentService incidents;
  @Autowired ResponsePlanner planner;
  @Autowired ResponseConfirmation confirmation;
  @Autowired CommandRegistration registration;
  @Autowired EmergencyPlans plans;
  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;
  @Autowired org.shuzhi.command.Reservations reservations;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A point in 城厢 near its label, distinct per test so that nearest-first is ours. */
  private double[] spot() {
    var town = areas.town(CHENGXIANG).orElseThrow();
    var r = ThreadLocalRandom.current();
    return new double[] {
      town.labelLon() + r.nextDouble(-0.004, 0.004), town.labelLat() + r.nextDouble(-0.004, 0.004)
    };
  }

  private Incident report(double[] at, int people, Integer injuries) {
    return incidents.report(
        new IncidentDraft(
            IncidentType.BUILDING_COLLAPSE,
            unique("厂房坍塌"),
            "测试",
            at[0],
            at[1],
            null,
            0,
            0,
            injuries,
            people,
            AffectedArea.circle(500)),
        EMERGENCY);
  }

  private void ensurePlan() {
    if (plans.forType(IncidentType.BUILDING_COLLAPSE).isPresent()) {
      return;
    }
    String item = "IT-HELMET";
    jdbc.sql(
            "INSERT INTO command_supply_item (code, name, unit, created_by) VALUES (?, '安全帽',"
                + " '顶', 'test') ON CONFLICT DO NOTHING")
        .param(item)
        .update();
    registration.registerPlan(
        new PlanDraft(
            IncidentType.BUILDING_COLLAPSE,
            "建筑物坍塌应急预案（测试）",
            List.of(
                new PlanLevel(
                    ResponseLevel.LEVEL_II,
                    List.of(Trigger.atLeast(TriggerMetric.INJURIES, 10)),
                    List.of(new PlanTask("EMERGENCY", "启动区级响应")),
                    List.of(new SupplyNeed(item, 20)),
                    List.of(TeamKind.ENGINEERING, TeamKind.MEDICAL)),
                new PlanLevel(
                    ResponseLevel.LEVEL_IV,
                    List.of(Trigger.atLeast(TriggerMetric.PEOPLE_AFFECTED, 1)),
                    List.of(new PlanTask("TOWN", "属地先期处置")),
                    List.of(),
                    List.of(TeamKind.ENGINEERING))),
            false),
        ACTOR);
  }

  private long team(double[] at, TeamKind kind, DutyState state) {
    return registration.registerTeam(
        new TeamDraft(
            unique("抢险队"),
            kind,
            10,
            List.of(),
            null,
            at[0],
            at[1],
            "王五",
            "13800138000",
            state,
            false),
        ACTOR);
  }

  private long shelter(double[] at, String area) {
    return registration.registerShelter(
        new ShelterDraft(
            unique("安置点"),
            ShelterTier.VILLAGE,
            null,
            at[0],
            at[1],
            new BigDecimal(area),
            0,
            null,
            null,
            false),
        ACTOR);
  }

  private long[] stock(double[] at, long quantity) {
    String item = unique("ROPE");
    registration.registerItem(new SupplyItemDraft(item, "救援绳", "根", null), ACTOR);
    long w =
        registration.registerWarehouse(
            new WarehouseDraft(unique("仓库"), null, at[0], at[1], null, null, false), ACTOR);
    registration.registerStock(new StockDraft(w, item, quantity, 0L, null), ACTOR);
    return new long[] {w};
  }

  private String itemOf(long warehouseId) {
    return jdbc.sql("SELECT item_code FROM command_stock WHERE warehouse_id = ?")
        .param(warehouseId)
        .query(String.class)
        .single();
  }

  private String dutyState(long team) {
    return jdbc.sql("SELECT duty_state FROM command_team WHERE id = ?")
        .param(team)
        .query(String.class)
        .single();
  }

  private long count(String sql, Object arg) {
    return jdbc.sql(sql).param(arg).query(Long.class).single();
  }

  @Test
  void aReportedIncidentGetsItsTownLevelFromThePlanAndATimeline() {
    ensurePlan();
    Incident i = report(spot(), 30, 12);
    assertThat(i.townCode()).isEqualTo(CHENGXIANG);
    assertThat(i.status()).isEqualTo(IncidentStatus.REPORTED);
    // 12 injured ≥ 10 → level Ⅱ of the plan.
    assertThat(i.level()).isEqualTo(ResponseLevel.LEVEL_II);
    assertThat(i.area()).isEqualTo(AffectedArea.circle(500));
    List<TimelineEntry> t = incidents.timeline(i.id(), EMERGENCY);
    assertThat(t).extracting(TimelineEntry::kind).containsExactly("REPORTED");
    assertThat(t.get(0).actor()).isEqualTo("emergency-officer");
  }

  @Test
  void anIncidentOutsideTheDistrictIsRefused() {
    assertThatThrownBy(
            () ->
                incidents.report(
                    new IncidentDraft(
                        IncidentType.FIRE,
                        "北京",
                        null,
                        116.4,
                        39.9,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                    EMERGENCY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                    .isEqualTo("incident.location.outside"));
  }

  @Test
  void affectedAreasAreValidated() {
    double[] at = spot();
    List<List<Double>> open =
        List.of(
            List.of(at[0], at[1]),
            List.of(at[0] + 0.01, at[1]),
            List.of(at[0] + 0.01, at[1] + 0.01),
            List.of(at[0], at[1] + 0.01));
    assertThatThrownBy(
            () -> reportWith(at, new AffectedArea(AffectedArea.Kind.POLYGON, null, open)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("incident.area.notClosed");
    List<List<Double>> bowtie =
        List.of(
            List.of(at[0], at[1]),
            List.of(at[0] + 0.01, at[1] + 0.01),
            List.of(at[0] + 0.01, at[1]),
            List.of(at[0], at[1] + 0.01),
            List.of(at[0], at[1]));
    assertThatThrownBy(
            () -> reportWith(at, new AffectedArea(AffectedArea.Kind.POLYGON, null, bowtie)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("incident.area.invalid");
    assertThatThrownBy(() -> reportWith(at, AffectedArea.circle(0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("incident.area.radius");
    List<List<Double>> square = new java.util.ArrayList<>(open);
    square.add(open.get(0));
    Incident ok = reportWith(at, new AffectedArea(AffectedArea.Kind.POLYGON, null, square));
    assertThat(incidents.get(ok.id(), EMERGENCY).area().polygon()).isEqualTo(square);
  }

  private Incident reportWith(double[] at, AffectedArea area) {
    return incidents.report(
        new IncidentDraft(
            IncidentType.OTHER,
            unique("事件"),
            null,
            at[0],
            at[1],
            ResponseLevel.LEVEL_IV,
            null,
            null,
            null,
            null,
            area),
        EMERGENCY);
  }

  @Test
  void theTimelineIsAppendOnly() {
    Incident i = report(spot(), 0, null);
    incidents.addMessage(i.id(), "现场明火已扑灭", EMERGENCY);
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE command_incident_event SET message = 'x' WHERE incident_id = ?")
                    .param(i.id())
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM command_incident_event WHERE incident_id = ?")
                    .param(i.id())
                    .update())
        .hasMessageContaining("append-only");
    assertThat(incidents.timeline(i.id(), EMERGENCY))
        .extracting(TimelineEntry::kind)
        .containsExactly("REPORTED", "MESSAGE");
  }

  @Test
  void townStaffSeeOnlyTheIncidentsOfTheirTowns() {
    Incident i = report(spot(), 0, null);
    CurrentUser beigan =
        new CurrentUser(
            "tb", Role.TOWN_STAFF, null, DataScope.towns(java.util.Set.of(BEIGAN)), false);
    CurrentUser chengxiang =
        new CurrentUser(
            "tc", Role.TOWN_STAFF, null, DataScope.towns(java.util.Set.of(CHENGXIANG)), false);
    assertThatThrownBy(() -> incidents.get(i.id(), beigan))
        .isInstanceOf(org.shuzhi.platform.NotFoundException.class);
    assertThat(incidents.get(i.id(), chengxiang).id()).isEqualTo(i.id());
    assertThat(
            incidents
                .search(new IncidentRepository.Query(null, null, true, null), 0, 200, beigan)
                .items())
        .extracting(Incident::id)
        .doesNotContain(i.id());
    assertThatThrownBy(() -> incidents.addMessage(i.id(), "x", beigan))
        .isInstanceOf(org.shuzhi.platform.NotFoundException.class);
    CurrentUser enterprise =
        new CurrentUser("e", Role.ENTERPRISE_USER, null, DataScope.enterprise("x"), false);
    assertThatThrownBy(() -> incidents.get(i.id(), enterprise))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theProposalTakesTheLevelFromThePlanAndTheNearestTeamsAndFillsSheltersWithinCapacity() {
    ensurePlan();
    double[] at = spot();
    long near = team(at, TeamKind.ENGINEERING, DutyState.ON_DUTY);
    team(at, TeamKind.ENGINEERING, DutyState.OFF_DUTY);
    long shelter = shelter(at, "15"); // 10 places
    Incident i = report(at, 25, 12);
    ResponseProposal p = planner.propose(i.id(), EMERGENCY);
    assertThat(p.level()).isEqualTo(ResponseLevel.LEVEL_II);
    assertThat(p.decision().trigger().metric()).isEqualTo(TriggerMetric.INJURIES);
    assertThat(p.decision().observed()).isEqualTo("12");
    var engineering =
        p.teams().stream().filter(t -> t.team().kind() == TeamKind.ENGINEERING).toList();
    assertThat(engineering.get(0).team().id()).isEqualTo(near);
    assertThat(engineering.get(0).proposed()).isTrue();
    assertThat(p.teams())
        .allSatisfy(t -> assertThat(dutyState(t.team().id())).isEqualTo("ON_DUTY"));
    assertThat(p.shelters().placements().get(0).shelterId()).isEqualTo(shelter);
    assertThat(p.shelters().placements().get(0).assigned()).isEqualTo(10);
    assertThat(p.shelters().placements())
        .allSatisfy(s -> assertThat(s.assigned()).isLessThanOrEqualTo(s.free()));
    assertThat(p.tasks()).extracting(PlanTask::title).containsExactly("启动区级响应");
    assertThat(p.recipients()).contains("department:EMERGENCY", "role:TOWN_STAFF");
    assertThat(p.supplies()).hasSize(1);
  }

  @Test
  void aConfirmedResponseCreatesEverythingOnceAndASecondConfirmReturnsTheFirstResult() {
    double[] at = spot();
    long t1 = team(at, TeamKind.ENGINEERING, DutyState.ON_DUTY);
    long t2 = team(at, TeamKind.MEDICAL, DutyState.ON_DUTY);
    long s = shelter(at, "30"); // 20 places
    long w = stock(at, 50)[0];
    Incident i = report(at, 15, null);
    String token = UUID.randomUUID().toString();
    ResponseRequest request =
        new ResponseRequest(
            token,
            ResponseLevel.LEVEL_III,
            List.of(t1, t2),
            List.of(new ResponseRequest.SupplyTake(w, itemOf(w), 30L)),
            List.of(new ResponseRequest.ShelterTake(s, 15)),
            List.of(new PlanTask("TOWN", "疏散周边群众"), new PlanTask("HEALTH", "伤员救治")));
    ResponseResult first = confirmation.confirm(i.id(), request, EMERGENCY);
    assertThat(first.repeated()).isFalse();
    assertThat(first.dispatchIds()).hasSize(2);
    assertThat(first.taskIds()).hasSize(2);
    assertThat(dutyState(t1)).isEqualTo("DISPATCHED");
    Incident after = incidents.get(i.id(), EMERGENCY);
    assertThat(after.status()).isEqualTo(IncidentStatus.RESPONDING);
    assertThat(after.level()).isEqualTo(ResponseLevel.LEVEL_III);
    List<String> kinds =
        incidents.timeline(i.id(), EMERGENCY).stream().map(TimelineEntry::kind).toList();
    assertThat(kinds)
        .containsSubsequence("LEVEL", "STATUS", "DISPATCH", "DISPATCH", "SUPPLIES", "SHELTER")
        .contains("TASK_CREATED", "NOTIFIED", "RESPONSE_CONFIRMED");
    assertThat(
            count(
                "SELECT count(*) FROM notification_notice WHERE notice_key LIKE ?",
                "incident:" + i.id() + ":response:%"))
        .isEqualTo(1);

    int events = incidents.timeline(i.id(), EMERGENCY).size();
    ResponseResult second = confirmation.confirm(i.id(), request, EMERGENCY);
    assertThat(second.repeated()).isTrue();
    assertThat(second.dispatchIds()).isEqualTo(first.dispatchIds());
    assertThat(second.confirmedAt()).isEqualTo(first.confirmedAt());
    assertThat(incidents.timeline(i.id(), EMERGENCY)).hasSize(events);
    assertThat(incidents.tasks(i.id(), EMERGENCY)).hasSize(2);
    assertThat(count("SELECT reserved FROM command_shelter WHERE id = ?", s)).isEqualTo(15);
    assertThat(count("SELECT reserved FROM command_stock WHERE warehouse_id = ?", w)).isEqualTo(30);
    assertThat(
            count(
                "SELECT count(*) FROM command_reservation WHERE reference = ?",
                "incident:" + i.id()))
        .isEqualTo(4);

    // Tasks are tracked to done; closing needs the review and releases what was held.
    long task = first.taskIds().get(0);
    incidents.updateTask(i.id(), task, IncidentTask.Status.DONE, EMERGENCY);
    assertThatThrownBy(() -> incidents.close(i.id(), new Review("经过", null, null), EMERGENCY))
        .isInstanceOf(InvalidInputException.class);
    incidents.changeStatus(i.id(), IncidentStatus.UNDER_CONTROL, EMERGENCY);
    assertThatThrownBy(() -> incidents.changeStatus(i.id(), IncidentStatus.RESPONDING, EMERGENCY))
        .isInstanceOf(ConflictException.class);
    Incident closed = incidents.close(i.id(), new Review("经过", "原因", "教训"), EMERGENCY);
    assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(dutyState(t1)).isEqualTo("ON_DUTY");
    assertThat(count("SELECT reserved FROM command_shelter WHERE id = ?", s)).isZero();
    assertThat(incidents.tasks(i.id(), EMERGENCY).get(0).status())
        .isEqualTo(IncidentTask.Status.DONE);
    assertThatThrownBy(() -> incidents.addMessage(i.id(), "x", EMERGENCY))
        .isInstanceOf(ConflictException.class);
  }

  /** Nothing of the response is left after a refusal: team, stock, shelter, tasks, timeline. */
  private void assertNothingChanged(Incident i, long team, long shelter, long warehouse) {
    assertThat(dutyState(team)).isEqualTo("ON_DUTY");
    assertThat(count("SELECT reserved FROM command_shelter WHERE id = ?", shelter)).isZero();
    assertThat(count("SELECT reserved FROM command_stock WHERE warehouse_id = ?", warehouse))
        .isZero();
    assertThat(incidents.tasks(i.id(), EMERGENCY)).isEmpty();
    assertThat(incidents.timeline(i.id(), EMERGENCY))
        .extracting(TimelineEntry::kind)
        .containsExactly("REPORTED");
    Incident now = incidents.get(i.id(), EMERGENCY);
    assertThat(now.status()).isEqualTo(IncidentStatus.REPORTED);
    assertThat(now.level()).isEqualTo(i.level());
    assertThat(
            count(
                "SELECT count(*) FROM command_reservation WHERE reference = ?",
                "incident:" + i.id()))
        .isZero();
    assertThat(count("SELECT count(*) FROM command_response WHERE incident_id = ?", i.id()))
        .isZero();
  }

  private ResponseRequest request(
      long team, long warehouse, long quantity, long shelter, int places, Long secondTeam) {
    return new ResponseRequest(
        UUID.randomUUID().toString(),
        ResponseLevel.LEVEL_I,
        secondTeam == null ? List.of(team) : List.of(team, secondTeam),
        List.of(new ResponseRequest.SupplyTake(warehouse, itemOf(warehouse), quantity)),
        List.of(new ResponseRequest.ShelterTake(shelter, places)),
        List.of(new PlanTask("EMERGENCY", "任务")));
  }

  @Test
  void aShelterAssignmentAboveCapacityRollsBackTheWholeResponse() {
    double[] at = spot();
    long team = team(at, TeamKind.ENGINEERING, DutyState.ON_DUTY);
    long s = shelter(at, "15"); // 10 places
    long w = stock(at, 10)[0];
    Incident i = report(at, 0, null);
    assertThatThrownBy(
            () -> confirmation.confirm(i.id(), request(team, w, 5, s, 11, null), EMERGENCY))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "command.reserve.overCapacity");
    assertNothingChanged(i, team, s, w);
  }

  @Test
  void reservingMoreSuppliesThanExistRollsBackTheWholeResponse() {
    double[] at = spot();
    long team = team(at, TeamKind.ENGINEERING, DutyState.ON_DUTY);
    long s = shelter(at, "15");
    long w = stock(at, 10)[0];
    Incident i = report(at, 0, null);
    assertThatThrownBy(
            () -> confirmation.confirm(i.id(), request(team, w, 11, s, 1, null), EMERGENCY))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "command.reserve.notEnough");
    assertNothingChanged(i, team, s, w);
  }

  @Test
  void dispatchingAnOffDutyOrAlreadyDispatchedTeamRollsBackTheWholeResponse() {
    double[] at = spot();
    long team = team(at, TeamKind.ENGINEERING, DutyState.ON_DUTY);
    long offDuty = team(at, TeamKind.ENGINEERING, DutyState.OFF_DUTY);
    long dispatched = team(at, TeamKind.ENGINEERING, DutyState.ON_DUTY);
    reservations.dispatchTeam(dispatched, "another incident");
    long s = shelter(at, "15");
    long w = stock(at, 10)[0];
    Incident i = report(at, 0, null);
    // The first team is dispatched before the second is refused: a failure in the middle.
    assertThatThrownBy(
            () -> confirmation.confirm(i.id(), request(team, w, 1, s, 1, offDuty), EMERGENCY))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "command.dispatch.offDuty");
    assertNothingChanged(i, team, s, w);
    assertThatThrownBy(
            () -> confirmation.confirm(i.id(), request(team, w, 1, s, 1, dispatched), EMERGENCY))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "command.dispatch.alreadyDispatched");
    assertNothingChanged(i, team, s, w);
  }

  @Test
  void malformedConfirmationsAreRefusedBeforeAnythingIsWritten() {
    double[] at = spot();
    long team = team(at, TeamKind.ENGINEERING, DutyState.ON_DUTY);
    long s = shelter(at, "15");
    long w = stock(at, 10)[0];
    Incident i = report(at, 0, null);
    ResponseRequest ok = request(team, w, 1, s, 1, null);
    assertThatThrownBy(
            () ->
                confirmation.confirm(
                    i.id(),
                    new ResponseRequest(
                        "not-a-token",
                        ok.level(),
                        ok.teamIds(),
                        ok.supplies(),
                        ok.shelters(),
                        ok.tasks()),
                    EMERGENCY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("incident.response.token");
    assertThatThrownBy(
            () ->
                confirmation.confirm(
                    i.id(),
                    new ResponseRequest(
                        ok.token(),
                        ok.level(),
                        ok.teamIds(),
                        List.of(new ResponseRequest.SupplyTake(w, itemOf(w), -3L)),
                        List.of(new ResponseRequest.ShelterTake(s, 0)),
                        ok.tasks()),
                    EMERGENCY))
        .isInstanceOf(InvalidInputException.class);
    assertNothingChanged(i, team, s, w);
  }
}
