package org.shuzhi.notification.internal;

import java.util.List;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;

/** A department webhook as the list shows it, URL masked (public: templates read it). */
public record DepartmentWebhookView(
    long id,
    String department,
    String url,
    boolean signed,
    Severity minSeverity,
    List<NoticeKind> kinds) {}
