package org.shuzhi.notification.internal;

import java.util.Set;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;

/**
 * A department's robot: receives the department's district-wide notices that pass its filter, and
 * every notice addressed to the department.
 */
record DepartmentWebhook(
    long id,
    String department,
    String url,
    String secret,
    Severity minSeverity,
    Set<NoticeKind> kinds) {

  DepartmentWebhook {
    kinds = Set.copyOf(kinds);
  }
}
