package org.shuzhi.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.audit.AuditAction;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditOutcome;
import org.shuzhi.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Audit rows of subscription and department-webhook changes, with addresses masked and secrets left
 * out (only whether there is one).
 */
@Component
class NotificationAudit {

  static final String SUBSCRIPTION = "notification_subscription";
  static final String DEPARTMENT_WEBHOOK = "notification_department_webhook";

  private final AuditTrail trail;

  NotificationAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void subscriptionSaved(Subscription before, Subscription after) {
    trail.record(
        before == null
            ? AuditEntry.created(SUBSCRIPTION, after.id(), state(after))
            : AuditEntry.updated(SUBSCRIPTION, after.id(), state(before), state(after)));
  }

  void subscriptionDeleted(Subscription before) {
    trail.record(AuditEntry.deleted(SUBSCRIPTION, before.id(), state(before)));
  }

  /** A subscription refused for a town outside the user's scope: kept even though nothing saved. */
  void outsideScope(String towns) {
    trail.recordIndependently(
        AuditEntry.change(AuditAction.ACCESS_DENIED, SUBSCRIPTION, null, null, null)
            .withOutcome(AuditOutcome.DENIED)
            .withDetail("towns outside data scope: " + towns));
  }

  void webhookAdded(DepartmentWebhook after) {
    trail.record(AuditEntry.created(DEPARTMENT_WEBHOOK, after.id(), state(after)));
  }

  void webhookDeleted(DepartmentWebhook before) {
    trail.record(AuditEntry.deleted(DEPARTMENT_WEBHOOK, before.id(), state(before)));
  }

  private static Map<String, Object> state(Subscription s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", s.username());
    m.put("towns", s.towns().stream().sorted().toList());
    m.put("minSeverity", s.minSeverity());
    m.put("kinds", s.kinds().stream().sorted().toList());
    m.put("inApp", s.inApp());
    m.put("email", s.email() == null ? null : AddressMask.email(s.email()));
    m.put("webhook", s.webhookUrl() == null ? null : AddressMask.url(s.webhookUrl()));
    m.put("signed", s.webhookSecret() != null);
    m.put("enabled", s.enabled());
    return m;
  }

  private static Map<String, Object> state(DepartmentWebhook w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("department", w.department());
    m.put("webhook", AddressMask.url(w.url()));
    m.put("signed", w.secret() != null);
    m.put("minSeverity", w.minSeverity());
    m.put("kinds", w.kinds().stream().sorted().toList());
    return m;
  }
}
