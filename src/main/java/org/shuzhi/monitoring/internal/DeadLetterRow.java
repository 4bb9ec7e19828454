package org.shuzhi.monitoring.internal;

import java.time.Instant;

/** A refused message as listed for admins (public so templates can read it). */
public record DeadLetterRow(
    long id,
    Instant receivedAt,
    String source,
    String deviceCode,
    String reason,
    String detail,
    int payloadSize,
    String payload) {}
