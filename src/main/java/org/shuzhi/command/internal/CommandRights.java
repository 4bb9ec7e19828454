package org.shuzhi.command.internal;

import java.util.Set;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who maintains command records: emergency-bureau staff (部门人员 of EMERGENCY) district-wide and town
 * staff in their towns; a department's duty roster also by that department's staff; plans and
 * changes to catalogue items by emergency staff only. Leaders, staff and grid workers read within
 * their scope; admins and enterprise users do not read command data.
 */
@Component
public class CommandRights {

  public static final String EMERGENCY = "EMERGENCY";

  public static final Set<String> READERS =
      Set.of("DISTRICT_LEADER", "DEPARTMENT_STAFF", "TOWN_STAFF", "GRID_WORKER");

  public boolean mayRead(CurrentUser user) {
    return READERS.contains(user.role().name());
  }

  public void requireRead(CurrentUser user) {
    if (!mayRead(user)) {
      throw new AccessDeniedException("no command rights");
    }
  }

  public boolean mayWrite(CurrentUser user) {
    return emergencyStaff(user) || user.role() == Role.TOWN_STAFF;
  }

  public boolean writable(CurrentUser user, String townCode) {
    return emergencyStaff(user)
        || (user.role() == Role.TOWN_STAFF && user.scope().coversTown(townCode));
  }

  public void requireWritable(CurrentUser user, String townCode) {
    if (!writable(user, townCode)) {
      throw new AccessDeniedException("command write outside the user's rights");
    }
  }

  public boolean mayWriteDuty(CurrentUser user) {
    return mayWrite(user) || user.role() == Role.DEPARTMENT_STAFF;
  }

  /** A duty entry of a department or a town (exactly one is non-null). */
  public boolean dutyWritable(CurrentUser user, String department, String townCode) {
    if (emergencyStaff(user)) {
      return true;
    }
    if (department != null) {
      return user.role() == Role.DEPARTMENT_STAFF && department.equals(user.department());
    }
    return user.role() == Role.TOWN_STAFF && user.scope().coversTown(townCode);
  }

  /** The supplies catalogue is district-wide: anyone who writes may add, emergency staff change. */
  public boolean mayWriteCatalogue(CurrentUser user) {
    return emergencyStaff(user);
  }

  public boolean mayWritePlans(CurrentUser user) {
    return emergencyStaff(user);
  }

  public static boolean emergencyStaff(CurrentUser user) {
    return user.role() == Role.DEPARTMENT_STAFF && EMERGENCY.equals(user.department());
  }
}
