/**
 * Notifications: tells people about alarms, escalations, hazards, incidents and warnings, in the
 * app (live), by e-mail (SMTP), by webhook (JSON POST, e.g. a DingTalk group robot) and by SMS to
 * people without an account ({@link org.shuzhi.notification.Recipient#phone}; recorded in the
 * {@code notification_sms} outbox with status QUEUED — no gateway is connected yet).
 *
 * <h2>API (stable; other modules use only this)</h2>
 *
 * <pre>{@code
 * notifications.notify(
 *     Notice.of(NoticeKind.ALARM, "alarm:42:raised", Severity.ORANGE, townCode,
 *             "储罐 T-3 液位高高报警", "液位 9.6 m ≥ 9.5 m", "/monitoring/alarms/42", occurredAt)
 *         .withRecipients(Recipient.role(Role.TOWN_STAFF)));
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.shuzhi.notification.Notifications#notify} writes the notice to an outbox table
 *       <em>in the caller's transaction</em> (under a savepoint, so a failure here never spoils the
 *       caller's work), or in a transaction of its own when there is none, and returns. It never
 *       waits for delivery and never throws for a delivery or storage problem: safe on the
 *       telemetry ingestion path. If the caller's transaction rolls back, the notice is gone too.
 *   <li>{@link org.shuzhi.notification.Notice#key()} de-duplicates: a second notice with the same
 *       key is ignored. Give reminders their own keys (e.g. {@code alarm:42:reminder:3}).
 *   <li>Recipients: every user whose subscription matches (kind, severity at or above the
 *       subscription's minimum, town) <em>and</em> whose current data scope covers the notice's
 *       town (or enterprise), plus the explicit {@link org.shuzhi.notification.Recipient}s of the
 *       notice (a named user, the holders of a role, a department with its webhooks), also only
 *       within their scope; a phone number is reached by SMS (the caller chose the person). A
 *       notice without a town is district-wide and reaches every town-, grid- and district-scoped
 *       subscriber.
 *   <li>Delivery: a dispatcher (every node, rows claimed with {@code FOR UPDATE SKIP LOCKED}) sends
 *       each delivery once, records every attempt (sent / retrying with reason / failed with
 *       reason), retries transient failures with exponential backoff up to a limit, and runs each
 *       channel on its own threads so a slow or failing channel never delays another.
 * </ul>
 *
 * <p>Pages: {@code /notifications} (inbox; the bell in the header is live over SSE), {@code
 * /notifications/subscriptions} (my subscriptions), {@code /admin/notifications} (delivery records
 * and department webhooks, system admin).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.shuzhi.notification;
