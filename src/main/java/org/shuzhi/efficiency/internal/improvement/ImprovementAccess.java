package org.shuzhi.efficiency.internal.improvement;

import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with low-efficiency and zero-tax enterprises: the economy and information bureau
 * (经信局, department {@code ECONOMY}) sets the rules, generates cases and edits every case; town
 * staff edit the cases their town is responsible for; business roles read within their data scope.
 */
@Component
class ImprovementAccess {

  static final String BUREAU = "ECONOMY";

  boolean isBureau(CurrentUser user) {
    return user.role() == Role.DEPARTMENT_STAFF && BUREAU.equals(user.department());
  }

  void requireBureau(CurrentUser user) {
    if (!isBureau(user)) {
      throw new AccessDeniedException("economy bureau only");
    }
  }

  void requireRead(CurrentUser user) {
    if (user.role().admin()) {
      throw new AccessDeniedException("admin roles read no business data");
    }
  }

  /** The bureau edits every case, town staff those of their towns. */
  boolean mayEdit(CurrentUser user, String responsibleTown) {
    return isBureau(user)
        || (user.role() == Role.TOWN_STAFF && user.scope().coversTown(responsibleTown));
  }

  void requireEdit(CurrentUser user, String responsibleTown) {
    if (!mayEdit(user, responsibleTown)) {
      throw new AccessDeniedException("bureau or responsible town only");
    }
  }
}
