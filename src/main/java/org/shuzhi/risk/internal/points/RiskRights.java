package org.shuzhi.risk.internal.points;

import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who maintains the census and grades risk points: emergency-bureau staff (部门人员 of department
 * EMERGENCY) district-wide and town staff in their towns. Everyone else reads within their scope.
 */
@Component
class RiskRights {

  static final String EMERGENCY = "EMERGENCY";

  boolean mayWrite(CurrentUser user) {
    return emergencyStaff(user) || user.role() == Role.TOWN_STAFF;
  }

  boolean writable(CurrentUser user, String townCode) {
    return emergencyStaff(user)
        || (user.role() == Role.TOWN_STAFF && user.scope().coversTown(townCode));
  }

  void requireWritable(CurrentUser user, String townCode) {
    if (!writable(user, townCode)) {
      throw new AccessDeniedException("risk census write outside the user's rights");
    }
  }

  private static boolean emergencyStaff(CurrentUser user) {
    return user.role() == Role.DEPARTMENT_STAFF && EMERGENCY.equals(user.department());
  }
}
