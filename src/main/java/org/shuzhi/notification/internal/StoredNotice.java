package org.shuzhi.notification.internal;

import java.time.Instant;
import java.util.List;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Recipient;
import org.shuzhi.notification.Severity;

/** A row of the outbox. */
record StoredNotice(
    long id,
    NoticeKind kind,
    String key,
    Severity severity,
    String townCode,
    String enterpriseUscc,
    String title,
    String body,
    String link,
    Instant occurredAt,
    List<Recipient> recipients) {}
