package org.shuzhi.notification.internal;

import java.time.Instant;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;

/** A notice in someone's inbox (public: templates read it). */
public record InboxItem(
    long id,
    NoticeKind kind,
    Severity severity,
    String townCode,
    String title,
    String body,
    String link,
    Instant occurredAt,
    Instant receivedAt,
    boolean read) {}
