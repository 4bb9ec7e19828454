package org.shuzhi.monitoring.internal;

import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who maintains devices and flood stations: emergency-bureau staff (部门人员 of department EMERGENCY)
 * district-wide and town staff in their towns. The dead-letter page is for the system administrator
 * and emergency staff (it shows what devices send wrong, no personal data).
 */
@Component
class MonitoringRights {

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
      throw new AccessDeniedException("monitoring write outside the user's rights");
    }
  }

  boolean mayReadDeadLetters(CurrentUser user) {
    return user.role() == Role.SYSTEM_ADMIN || emergencyStaff(user);
  }

  private static boolean emergencyStaff(CurrentUser user) {
    return user.role() == Role.DEPARTMENT_STAFF && EMERGENCY.equals(user.department());
  }
}
