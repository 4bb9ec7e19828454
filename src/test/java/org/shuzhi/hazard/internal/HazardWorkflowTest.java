package org.shuzhi.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.hazard.internal.HazardWorkflow.Actor;
import org.shuzhi.hazard.internal.HazardWorkflow.Decision;
import org.shuzhi.hazard.internal.HazardWorkflow.Subject;
import org.shuzhi.identity.Role;

class HazardWorkflowTest {

  static final String TOWN = "330109001";
  static final String OTHER_TOWN = "330109002";
  static final String USCC = "91330109MA2B000001";

  final HazardWorkflow workflow = new HazardWorkflow("EMERGENCY");

  static final Actor REGULATOR = new Actor(Role.DEPARTMENT_STAFF, "EMERGENCY", null, null, null);
  static final Actor OTHER_DEPARTMENT =
      new Actor(Role.DEPARTMENT_STAFF, "ECONOMY", null, null, null);
  static final Actor TOWN_STAFF = new Actor(Role.TOWN_STAFF, null, Set.of(TOWN), null, null);
  static final Actor OTHER_TOWN_STAFF =
      new Actor(Role.TOWN_STAFF, null, Set.of(OTHER_TOWN), null, null);
  static final Actor ENTERPRISE = new Actor(Role.ENTERPRISE_USER, null, null, null, USCC);
  static final Actor OTHER_ENTERPRISE =
      new Actor(Role.ENTERPRISE_USER, null, null, null, "91330109MA2B000002");
  static final Actor GRID_WORKER =
      new Actor(Role.GRID_WORKER, null, Set.of(TOWN), Set.of(1L), null);
  static final Actor LEADER = new Actor(Role.DISTRICT_LEADER, null, null, null, null);

  static Subject hazard(HazardState state, HazardGrade grade) {
    return new Subject(state, grade, false, USCC, TOWN);
  }

  /** The whole main line and the send-back, each step by the role that owns it. */
  static Stream<Arguments> allowedSteps() {
    return Stream.of(
        Arguments.of(HazardState.REPORTED, HazardAction.GRADE, REGULATOR, HazardState.GRADED),
        Arguments.of(HazardState.GRADED, HazardAction.ASSIGN, REGULATOR, HazardState.ASSIGNED),
        Arguments.of(HazardState.ASSIGNED, HazardAction.START, ENTERPRISE, HazardState.RECTIFYING),
        Arguments.of(
            HazardState.RECTIFYING, HazardAction.RECTIFY, ENTERPRISE, HazardState.RECTIFIED),
        Arguments.of(
            HazardState.RECTIFIED,
            HazardAction.REINSPECT_PASS,
            REGULATOR,
            HazardState.REINSPECTED_PASS),
        Arguments.of(
            HazardState.RECTIFIED, HazardAction.REINSPECT_FAIL, REGULATOR, HazardState.RECTIFYING),
        Arguments.of(
            HazardState.REINSPECTED_PASS, HazardAction.CLOSE, REGULATOR, HazardState.CLOSED),
        Arguments.of(HazardState.REPORTED, HazardAction.GRADE, TOWN_STAFF, HazardState.GRADED),
        Arguments.of(HazardState.GRADED, HazardAction.ASSIGN, TOWN_STAFF, HazardState.ASSIGNED),
        Arguments.of(
            HazardState.RECTIFIED, HazardAction.REINSPECT_FAIL, TOWN_STAFF, HazardState.RECTIFYING),
        Arguments.of(
            HazardState.REINSPECTED_PASS, HazardAction.CLOSE, TOWN_STAFF, HazardState.CLOSED));
  }

  @ParameterizedTest
  @MethodSource("allowedSteps")
  void eachStepOfTheLoopIsAllowedToItsRole(
      HazardState from, HazardAction action, Actor actor, HazardState expected) {
    Decision d =
        workflow.decide(hazard(from, HazardGrade.GENERAL), actor, action, HazardGrade.GENERAL);
    assertThat(d).isEqualTo(new Decision.Allowed(expected));
  }

  @Test
  void everyStateActionPairOutsideTheTableIsRefusedAsOutOfOrder() {
    int refused = 0;
    for (HazardState state : HazardState.values()) {
      for (HazardAction action : HazardAction.values()) {
        boolean inTable =
            HazardWorkflow.TRANSITIONS.containsKey(new HazardWorkflow.Step(state, action));
        // Even the regulator, on a major hazard not yet supervised: only the table opens a door.
        Decision d =
            workflow.decide(hazard(state, HazardGrade.MAJOR), REGULATOR, action, HazardGrade.MAJOR);
        Decision asEnterprise =
            workflow.decide(
                hazard(state, HazardGrade.MAJOR), ENTERPRISE, action, HazardGrade.MAJOR);
        if (inTable) {
          boolean someoneMay =
              d instanceof Decision.Allowed || asEnterprise instanceof Decision.Allowed;
          assertThat(someoneMay).as("%s in %s", action, state).isTrue();
        } else {
          assertThat(d)
              .as("%s in %s", action, state)
              .isEqualTo(new Decision.Refused(HazardWorkflow.OUT_OF_ORDER, state, action));
          assertThat(asEnterprise).isInstanceOf(Decision.Refused.class);
          refused++;
        }
      }
    }
    // 7 states x 8 actions = 56 pairs, 11 of them in the table.
    assertThat(refused).isEqualTo(56 - HazardWorkflow.TRANSITIONS.size()).isEqualTo(45);
  }

  @Test
  void closedIsFinal() {
    Subject closed = hazard(HazardState.CLOSED, HazardGrade.GENERAL);
    for (HazardAction action : HazardAction.values()) {
      assertThat(workflow.decide(closed, REGULATOR, action, HazardGrade.GENERAL))
          .isInstanceOf(Decision.Refused.class);
    }
    assertThat(workflow.allowedActions(closed, REGULATOR)).isEmpty();
  }

  @Test
  void regulatoryStepsAreRefusedToEveryOtherRole() {
    Subject graded = hazard(HazardState.GRADED, HazardGrade.GENERAL);
    for (Actor actor :
        List.of(OTHER_DEPARTMENT, ENTERPRISE, GRID_WORKER, LEADER, OTHER_TOWN_STAFF)) {
      assertThat(workflow.decide(graded, actor, HazardAction.ASSIGN, null))
          .as(actor.toString())
          .isEqualTo(new Decision.Refused(HazardWorkflow.WRONG_ROLE, HazardAction.ASSIGN));
    }
  }

  @Test
  void rectificationBelongsToTheEnterpriseConcerned() {
    Subject assigned = hazard(HazardState.ASSIGNED, HazardGrade.GENERAL);
    for (Actor actor : List.of(REGULATOR, TOWN_STAFF, OTHER_ENTERPRISE, GRID_WORKER, LEADER)) {
      assertThat(workflow.decide(assigned, actor, HazardAction.START, null))
          .as(actor.toString())
          .isEqualTo(new Decision.Refused(HazardWorkflow.WRONG_ROLE, HazardAction.START));
    }
    assertThat(workflow.decide(assigned, ENTERPRISE, HazardAction.START, null))
        .isInstanceOf(Decision.Allowed.class);
  }

  @Test
  void aTownRectifiesHazardsWithoutAnEnterpriseInItsTowns() {
    Subject noEnterprise =
        new Subject(HazardState.RECTIFYING, HazardGrade.GENERAL, false, null, TOWN);
    assertThat(workflow.decide(noEnterprise, TOWN_STAFF, HazardAction.RECTIFY, null))
        .isEqualTo(new Decision.Allowed(HazardState.RECTIFIED));
    assertThat(workflow.decide(noEnterprise, OTHER_TOWN_STAFF, HazardAction.RECTIFY, null))
        .isInstanceOf(Decision.Refused.class);
    assertThat(workflow.decide(noEnterprise, ENTERPRISE, HazardAction.RECTIFY, null))
        .isInstanceOf(Decision.Refused.class);
  }

  @Test
  void majorHazardsNeedTheDepartmentNotTheTown() {
    assertThat(
            workflow.decide(
                hazard(HazardState.REPORTED, null),
                TOWN_STAFF,
                HazardAction.GRADE,
                HazardGrade.MAJOR))
        .isEqualTo(new Decision.Refused(HazardWorkflow.MAJOR_NEEDS_DEPARTMENT));
    assertThat(
            workflow.decide(
                hazard(HazardState.GRADED, HazardGrade.MAJOR),
                TOWN_STAFF,
                HazardAction.ASSIGN,
                null))
        .isEqualTo(new Decision.Refused(HazardWorkflow.MAJOR_NEEDS_DEPARTMENT));
    assertThat(
            workflow.decide(
                hazard(HazardState.GRADED, HazardGrade.MAJOR),
                REGULATOR,
                HazardAction.ASSIGN,
                null))
        .isEqualTo(new Decision.Allowed(HazardState.ASSIGNED));
  }

  @Test
  void supervisionIsForMajorHazardsOnceAndKeepsTheState() {
    for (HazardState state :
        List.of(
            HazardState.GRADED,
            HazardState.ASSIGNED,
            HazardState.RECTIFYING,
            HazardState.RECTIFIED)) {
      assertThat(
              workflow.decide(
                  hazard(state, HazardGrade.MAJOR), REGULATOR, HazardAction.SUPERVISE, null))
          .isEqualTo(new Decision.Allowed(state));
      assertThat(
              workflow.decide(
                  hazard(state, HazardGrade.GENERAL), REGULATOR, HazardAction.SUPERVISE, null))
          .isEqualTo(new Decision.Refused(HazardWorkflow.MAJOR_ONLY));
      assertThat(
              workflow.decide(
                  new Subject(state, HazardGrade.MAJOR, true, USCC, TOWN),
                  REGULATOR,
                  HazardAction.SUPERVISE,
                  null))
          .isEqualTo(new Decision.Refused(HazardWorkflow.ALREADY_SUPERVISED));
      assertThat(
              workflow.decide(
                  hazard(state, HazardGrade.MAJOR), TOWN_STAFF, HazardAction.SUPERVISE, null))
          .isEqualTo(new Decision.Refused(HazardWorkflow.MAJOR_NEEDS_DEPARTMENT));
    }
  }

  @Test
  void allowedActionsAreWhatThePageOffers() {
    assertThat(workflow.allowedActions(hazard(HazardState.RECTIFIED, HazardGrade.MAJOR), REGULATOR))
        .containsExactlyInAnyOrder(
            HazardAction.REINSPECT_PASS, HazardAction.REINSPECT_FAIL, HazardAction.SUPERVISE);
    assertThat(
            workflow.allowedActions(
                hazard(HazardState.RECTIFYING, HazardGrade.GENERAL), ENTERPRISE))
        .containsExactly(HazardAction.RECTIFY);
    List<HazardAction> leader = new ArrayList<>();
    for (HazardState s : HazardState.values()) {
      leader.addAll(workflow.allowedActions(hazard(s, HazardGrade.GENERAL), LEADER));
    }
    assertThat(leader).isEmpty();
  }

  @Test
  void reportingIsForFieldRolesTheRegulatorAndEnterprises() {
    assertThat(workflow.mayReport(GRID_WORKER)).isTrue();
    assertThat(workflow.mayReport(TOWN_STAFF)).isTrue();
    assertThat(workflow.mayReport(REGULATOR)).isTrue();
    assertThat(workflow.mayReport(ENTERPRISE)).isTrue();
    assertThat(workflow.mayReport(OTHER_DEPARTMENT)).isFalse();
    assertThat(workflow.mayReport(LEADER)).isFalse();
    assertThat(workflow.mayReport(new Actor(Role.AUDIT_ADMIN, null, null, null, null))).isFalse();
  }
}
