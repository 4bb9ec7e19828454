package org.shuzhi.warning.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.shuzhi.warning.WarningArea;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.WarningDraft;
import org.shuzhi.warning.WarningEventType;
import org.shuzhi.warning.WarningStatus;
import org.shuzhi.warning.WarningView;

/** A row of {@code warning}, with the number of messages sent and the latest identifier. */
record WarningRow(
    long id,
    WarningStatus status,
    WarningEventType eventType,
    WarningColour colour,
    String headline,
    String description,
    String instruction,
    String senderDepartment,
    OffsetDateTime effective,
    OffsetDateTime onset,
    OffsetDateTime expires,
    List<WarningArea> areas,
    List<String> geocodes,
    List<String> townCodes,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    OffsetDateTime publishedAt,
    OffsetDateTime cancelledAt,
    String latestIdentifier,
    int messageCount) {

  WarningView view() {
    return new WarningView(
        id,
        latestIdentifier,
        status,
        eventType,
        colour,
        headline,
        description,
        instruction,
        senderDepartment,
        effective,
        onset,
        expires,
        areas,
        geocodes,
        townCodes,
        messageCount,
        createdBy,
        createdAt,
        updatedBy,
        updatedAt,
        publishedAt,
        cancelledAt);
  }

  WarningDraft content() {
    return new WarningDraft(
        eventType,
        colour,
        headline,
        description,
        instruction,
        senderDepartment,
        effective,
        onset,
        expires,
        areas,
        townCodes);
  }
}
