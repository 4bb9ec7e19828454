package org.shuzhi.demo.internal;

import java.util.Set;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.NotificationSubscriptions;
import org.shuzhi.notification.Severity;
import org.springframework.stereotype.Component;

/**
 * In-app notification subscriptions for the demo accounts, so that the bell rings when the
 * telemetry simulator raises alarms: what each role's duty officer would choose. Towns are left
 * empty (every town of the account's data scope: 城厢街道 for the town and grid accounts, the whole
 * district for the leader and the departments, the own enterprise for the enterprise user); the
 * higher up, the graver the minimum. The admin roles read no business data and get none.
 */
@Component
class DemoSubscriptions {

  /** What one role subscribes to. */
  record Plan(Severity minimum, Set<NoticeKind> kinds) {}

  private static final Set<NoticeKind> ALARMS_AND_HAZARDS =
      Set.of(NoticeKind.ALARM, NoticeKind.ALARM_ESCALATION, NoticeKind.HAZARD);

  private final NotificationSubscriptions subscriptions;

  DemoSubscriptions(NotificationSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** The plan for a role, or null when the role gets no subscription. */
  static Plan plan(Role role, String department) {
    return switch (role) {
      case DISTRICT_LEADER -> new Plan(Severity.ORANGE, ALARMS_AND_HAZARDS);
      case DEPARTMENT_STAFF ->
          "EMERGENCY".equals(department)
              ? new Plan(Severity.YELLOW, ALARMS_AND_HAZARDS)
              : new Plan(Severity.ORANGE, Set.of(NoticeKind.HAZARD));
      case TOWN_STAFF -> new Plan(Severity.BLUE, ALARMS_AND_HAZARDS);
      case GRID_WORKER -> new Plan(Severity.YELLOW, Set.of(NoticeKind.ALARM, NoticeKind.HAZARD));
      case ENTERPRISE_USER -> new Plan(Severity.INFO, Set.of(NoticeKind.ALARM, NoticeKind.HAZARD));
      case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN -> null;
    };
  }

  /** Subscribes the account as its role's plan says; true when it got a subscription. */
  boolean subscribe(String username, Role role, String department) {
    Plan plan = plan(role, department);
    if (plan == null) {
      return false;
    }
    subscriptions.subscribeInApp(username, Set.of(), plan.minimum(), plan.kinds());
    return true;
  }
}
