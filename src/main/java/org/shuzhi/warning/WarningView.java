package org.shuzhi.warning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A warning as shown and served as JSON.
 *
 * @param id internal id
 * @param identifier the GB/T 35965 identifier of the latest CAP message sent; null for a draft
 * @param status lifecycle state
 * @param messageCount CAP messages sent so far (Alert, Updates, Cancel)
 * @param geocodes GB/T 2260 codes sent with the areas (district 6 digits, towns 9 digits)
 * @param townCodes the towns concerned; empty = the whole district
 */
public record WarningView(
    long id,
    String identifier,
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
    int messageCount,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    OffsetDateTime publishedAt,
    OffsetDateTime cancelledAt) {}
