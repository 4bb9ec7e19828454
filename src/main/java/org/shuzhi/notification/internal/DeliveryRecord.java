package org.shuzhi.notification.internal;

import java.time.Instant;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;

/**
 * One attempt as the admin's delivery records show it, the address masked (public: templates read
 * it).
 *
 * @param recipient username, or {@code 部门 CODE} for a department webhook
 * @param attemptNo 0 for a delivery refused before any attempt (e.g. outside the data scope)
 */
public record DeliveryRecord(
    Instant attemptedAt,
    NoticeKind kind,
    Severity severity,
    String townCode,
    String noticeKey,
    String channel,
    String recipient,
    String address,
    int attemptNo,
    String outcome,
    String reason,
    long durationMs) {}
