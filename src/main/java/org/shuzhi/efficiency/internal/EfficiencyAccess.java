package org.shuzhi.efficiency.internal;

import java.util.Set;
import org.shuzhi.identity.CurrentUser;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.NotFoundException;
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

  /** The statuses in which a run's classes are announced (公示 onwards). */
  static final Set<String> ANNOUNCED = Set.of("PUBLICITY", "PUBLISHED", "SUPERSEDED");

  /**
   * Enterprises see an evaluation once it is announced: drafts and runs under review are the
   * bureau's working papers (their classes may still change), so for an enterprise user such a run
   * does not exist. Staff and leaders see every run.
   */
  boolean seesRun(CurrentUser user, String status) {
    return user.role() != Role.ENTERPRISE_USER || ANNOUNCED.contains(status);
  }

  /** A run the user may not see is answered like a missing one (404). */
  void requireSeesRun(CurrentUser user, String status) {
    if (!seesRun(user, status)) {
      throw new NotFoundException("run");
    }
  }

  /** Reading years and results: business roles; rows are then filtered by data scope. */
  void requireRead(CurrentUser user) {
    if (user.role().admin()) {
      throw new AccessDeniedException("admin roles read no business data");
    }
  }
}
