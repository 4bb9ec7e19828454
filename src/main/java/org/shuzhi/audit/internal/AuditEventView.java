package org.shuzhi.audit.internal;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * One row of the trail as the audit admin sees it.
 *
 * @param occurredAt when, at the Asia/Shanghai offset (+08:00), explicit in the API (ASVS 16.2.2)
 * @param action action name (text, so that an old row never fails to display)
 * @param before state before, as JSON, or null
 * @param after state after, as JSON, or null
 */
record AuditEventView(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    String actorRole,
    String action,
    String targetType,
    String targetId,
    JsonNode before,
    JsonNode after,
    String outcome,
    String clientIp,
    String detail) {}
