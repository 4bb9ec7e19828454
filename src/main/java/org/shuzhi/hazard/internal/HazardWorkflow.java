package org.shuzhi.hazard.internal;

import static org.shuzhi.hazard.HazardAction.ASSIGN;
import static org.shuzhi.hazard.HazardAction.CLOSE;
import static org.shuzhi.hazard.HazardAction.GRADE;
import static org.shuzhi.hazard.HazardAction.RECTIFY;
import static org.shuzhi.hazard.HazardAction.REINSPECT_FAIL;
import static org.shuzhi.hazard.HazardAction.REINSPECT_PASS;
import static org.shuzhi.hazard.HazardAction.START;
import static org.shuzhi.hazard.HazardAction.SUPERVISE;
import static org.shuzhi.hazard.HazardState.ASSIGNED;
import static org.shuzhi.hazard.HazardState.CLOSED;
import static org.shuzhi.hazard.HazardState.GRADED;
import static org.shuzhi.hazard.HazardState.RECTIFIED;
import static org.shuzhi.hazard.HazardState.RECTIFYING;
import static org.shuzhi.hazard.HazardState.REINSPECTED_PASS;
import static org.shuzhi.hazard.HazardState.REPORTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shuzhi.hazard.HazardAction;
import org.shuzhi.hazard.HazardGrade;
import org.shuzhi.hazard.HazardState;
import org.shuzhi.identity.Role;

/**
 * The rules of the hazard loop, free of Spring and the database: which action is allowed in which
 * state ({@link #TRANSITIONS}, the only transitions there are) and who may take it.
 *
 * <p>Regulatory steps (grade, assign, re-inspect, supervise, close) belong to the regulating
 * department, and to town staff for general hazards in their towns; major hazards (重大事故隐患, 令16号
 * Art. 3) need the department. Rectification belongs to the enterprise concerned, or to the town
 * when no enterprise is concerned (令16号 Art. 4: the production unit is responsible for its own
 * hazards).
 */
public final class HazardWorkflow {

  /** One row of the transition table. */
  public record Step(HazardState from, HazardAction action) {}

  /** State → action → next state. Supervision keeps the state: it only sets the flag. */
  public static final Map<Step, HazardState> TRANSITIONS =
      Map.ofEntries(
          Map.entry(new Step(REPORTED, GRADE), GRADED),
          Map.entry(new Step(GRADED, ASSIGN), ASSIGNED),
          Map.entry(new Step(ASSIGNED, START), RECTIFYING),
          Map.entry(new Step(RECTIFYING, RECTIFY), RECTIFIED),
          Map.entry(new Step(RECTIFIED, REINSPECT_PASS), REINSPECTED_PASS),
          Map.entry(new Step(RECTIFIED, REINSPECT_FAIL), RECTIFYING),
          Map.entry(new Step(REINSPECTED_PASS, CLOSE), CLOSED),
          Map.entry(new Step(GRADED, SUPERVISE), GRADED),
          Map.entry(new Step(ASSIGNED, SUPERVISE), ASSIGNED),
          Map.entry(new Step(RECTIFYING, SUPERVISE), RECTIFYING),
          Map.entry(new Step(RECTIFIED, SUPERVISE), RECTIFIED));

  private static final Set<HazardAction> REGULATORY =
      EnumSet.of(GRADE, ASSIGN, REINSPECT_PASS, REINSPECT_FAIL, SUPERVISE, CLOSE);

  /**
   * What the rules look at of a hazard.
   *
   * @param enterpriseUscc the enterprise concerned, or null for a location-only hazard
   * @param townCode the town it lies in
   */
  public record Subject(
      HazardState state,
      HazardGrade grade,
      boolean supervised,
      String enterpriseUscc,
      String townCode) {}

  /**
   * Who acts.
   *
   * @param department department code of department staff, else null
   * @param townCodes towns of town staff (and of a grid worker's grids)
   * @param gridIds grids of a grid worker
   * @param enterpriseUscc the enterprise of an enterprise user
   */
  public record Actor(
      Role role,
      String department,
      Set<String> townCodes,
      Set<Long> gridIds,
      String enterpriseUscc) {
    public Actor {
      townCodes = townCodes == null ? Set.of() : Set.copyOf(townCodes);
      gridIds = gridIds == null ? Set.of() : Set.copyOf(gridIds);
    }
  }

  /** The answer: allowed (with the next state) or refused (with the reason's message key). */
  public sealed interface Decision {
    record Allowed(HazardState next) implements Decision {}

    /**
     * @param reasonKey message key of the reason
     * @param arguments its arguments (states, actions, grades as enum values)
     */
    record Refused(String reasonKey, List<Object> arguments) implements Decision {
      public Refused(String reasonKey, Object... arguments) {
        this(reasonKey, List.of(arguments));
      }
    }
  }

  public static final String OUT_OF_ORDER = "hazard.transition.outOfOrder";
  public static final String WRONG_ROLE = "hazard.transition.wrongRole";
  public static final String MAJOR_NEEDS_DEPARTMENT = "hazard.transition.majorNeedsDepartment";
  public static final String MAJOR_ONLY = "hazard.transition.supervise.majorOnly";
  public static final String ALREADY_SUPERVISED = "hazard.transition.supervise.already";

  private final String regulatorDepartment;

  /**
   * @param regulatorDepartment code of the department that regulates hazards (the emergency
   *     management bureau, {@code EMERGENCY})
   */
  public HazardWorkflow(String regulatorDepartment) {
    this.regulatorDepartment = Objects.requireNonNull(regulatorDepartment);
  }

  /**
   * Decides an action.
   *
   * @param requestedGrade the grade being set by {@link HazardAction#GRADE}, else ignored
   */
  public Decision decide(
      Subject hazard, Actor actor, HazardAction action, HazardGrade requestedGrade) {
    HazardState next = TRANSITIONS.get(new Step(hazard.state(), action));
    if (next == null) {
      return new Decision.Refused(OUT_OF_ORDER, hazard.state(), action);
    }
    if (action == SUPERVISE) {
      if (hazard.grade() != HazardGrade.MAJOR) {
        return new Decision.Refused(MAJOR_ONLY);
      }
      if (hazard.supervised()) {
        return new Decision.Refused(ALREADY_SUPERVISED);
      }
    }
    if (REGULATORY.contains(action)) {
      HazardGrade grade = action == GRADE ? requestedGrade : hazard.grade();
      return regulatorDecision(hazard, actor, action, grade, next);
    }
    return rectifierDecision(hazard, actor, action, next);
  }

  /** The actions this actor may take now (the page shows a form for each). */
  public Set<HazardAction> allowedActions(Subject hazard, Actor actor) {
    Set<HazardAction> allowed = EnumSet.noneOf(HazardAction.class);
    for (HazardAction action : HazardAction.values()) {
      // A town may grade as general; whether it may grade at all is what matters here.
      if (decide(hazard, actor, action, HazardGrade.GENERAL) instanceof Decision.Allowed) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * Who may report: grid workers (in their grids), town staff (their towns), the regulating
   * department, and enterprise users (self-check of their own enterprise). Where is checked by the
   * caller, which knows the location.
   */
  public boolean mayReport(Actor actor) {
    return switch (actor.role()) {
      case GRID_WORKER, TOWN_STAFF, ENTERPRISE_USER -> true;
      case DEPARTMENT_STAFF -> isRegulator(actor);
      default -> false;
    };
  }

  private Decision regulatorDecision(
      Subject hazard, Actor actor, HazardAction action, HazardGrade grade, HazardState next) {
    if (isRegulator(actor)) {
      return new Decision.Allowed(next);
    }
    if (actor.role() == Role.TOWN_STAFF && actor.townCodes().contains(hazard.townCode())) {
      return grade == HazardGrade.MAJOR
          ? new Decision.Refused(MAJOR_NEEDS_DEPARTMENT)
          : new Decision.Allowed(next);
    }
    return new Decision.Refused(WRONG_ROLE, action);
  }

  private static Decision rectifierDecision(
      Subject hazard, Actor actor, HazardAction action, HazardState next) {
    boolean ownEnterprise =
        actor.role() == Role.ENTERPRISE_USER
            && hazard.enterpriseUscc() != null
            && hazard.enterpriseUscc().equals(actor.enterpriseUscc());
    boolean townWithoutEnterprise =
        actor.role() == Role.TOWN_STAFF
            && hazard.enterpriseUscc() == null
            && actor.townCodes().contains(hazard.townCode());
    return ownEnterprise || townWithoutEnterprise
        ? new Decision.Allowed(next)
        : new Decision.Refused(WRONG_ROLE, action);
  }

  private boolean isRegulator(Actor actor) {
    return actor.role() == Role.DEPARTMENT_STAFF && regulatorDepartment.equals(actor.department());
  }
}
