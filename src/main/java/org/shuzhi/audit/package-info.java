/**
 * Audit: the append-only audit trail of logins (success and failure), logouts, access denials,
 * permission changes and every create, update and delete of a regulated record; the audit admin's
 * search page ({@code /audit}) and API ({@code /api/v1/audit}).
 *
 * <p>Other modules call {@link org.shuzhi.audit.AuditTrail} with an {@link
 * org.shuzhi.audit.AuditEntry}. Who, role, when and client IP are filled in here (等保 GB/T
 * 22239-2019 8.1.4.3 b: date and time, user, event type, success or failure; ASVS 16.2.1).
 *
 * <p>The table {@code audit_event} is append-only: database triggers refuse UPDATE, DELETE and
 * TRUNCATE (8.1.4.3 c; ASVS 16.4.2). Retention: rows are never deleted, which satisfies the "at
 * least six months" (≥ 180 days) rule of 网络安全法 Art. 21(3). Only the audit admin (审计管理员, 三员分立) reads
 * the trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.shuzhi.audit;
