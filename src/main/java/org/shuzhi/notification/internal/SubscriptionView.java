package org.shuzhi.notification.internal;

import java.util.List;
import org.shuzhi.notification.NoticeKind;
import org.shuzhi.notification.Severity;

/** A subscription as the list shows it, addresses masked (public: templates read it). */
public record SubscriptionView(
    long id,
    List<String> townNames,
    Severity minSeverity,
    List<NoticeKind> kinds,
    boolean inApp,
    String email,
    String webhook,
    boolean signed,
    boolean enabled) {}
