package org.shuzhi.efficiency.internal;

import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what. The economy and information bureau (经信局, department {@code ECONOMY}) owns the
 * evaluation: years, methods, runs. Each data department imports only its own template. Results are
 * read by business roles within their data scope.
 */
@Component
class EfficiencyAccess {

  static final String OWNER_DEPARTMENT = "ECONOMY";

  boolean mayManage(CurrentUser user) {
    return user.role() == Role.DEPARTMENT_STAFF && OWNER_DEPARTMENT.equals(user.department());
  }

  void requireManage(CurrentUser user) {
    if (!mayManage(user)) {
      throw new AccessDeniedException("efficiency staff only");
    }
  }

  /** Trying methods touches no stored data: the bureau and district leaders may. */
  void requireSimulate(CurrentUser user) {
    if (!mayManage(user) && user.role() != Role.DISTRICT_LEADER) {
      throw new AccessDeniedException("efficiency staff or district leaders only");
    }
  }

  /** Reading years and results: business roles; rows are then filtered by data scope. */
  void requireRead(CurrentUser user) {
    if (user.role().admin()) {
      throw new AccessDeniedException("admin roles read no business data");
    }
  }
}
