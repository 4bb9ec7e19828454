package org.shuzhi.inspection.internal;

import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with inspections. The regulator department's staff (应急管理局, district-wide), town
 * staff (their towns) and grid workers (the towns of their grids) record inspections; district
 * leaders read. Staff of other departments have no business here. Which records each sees is the
 * data scope's business.
 */
@Component
class InspectionRights {

  private final String department;

  InspectionRights(
      @Value("${shuzhi.inspection.department:${shuzhi.hazard.regulator-department:EMERGENCY}}")
          String department) {
    this.department = department;
  }

  boolean mayRead(CurrentUser user) {
    return user.role() == Role.DISTRICT_LEADER || mayRecord(user);
  }

  boolean mayRecord(CurrentUser user) {
    return switch (user.role()) {
      case DEPARTMENT_STAFF -> department.equals(user.department());
      case TOWN_STAFF, GRID_WORKER -> true;
      default -> false;
    };
  }

  /** Generating a plan is the regulator's job. */
  boolean mayPlan(CurrentUser user) {
    return user.role() == Role.DEPARTMENT_STAFF && department.equals(user.department());
  }

  void requireRead(CurrentUser user) {
    if (!mayRead(user)) {
      throw new AccessDeniedException("inspections");
    }
  }

  void requireRecord(CurrentUser user) {
    if (!mayRecord(user)) {
      throw new AccessDeniedException("inspections");
    }
  }

  void requirePlan(CurrentUser user) {
    if (!mayPlan(user)) {
      throw new AccessDeniedException("inspection plan");
    }
  }
}
