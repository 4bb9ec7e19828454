package org.shuzhi.warning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The content of a warning as its author writes it, for a new draft, an edited draft or an update.
 *
 * @param eventType what the warning is about
 * @param colour 红/橙/黄/蓝
 * @param headline short text (CAP {@code headline})
 * @param description what is expected (CAP {@code description})
 * @param instruction what people should do (CAP {@code instruction}); optional
 * @param senderDepartment the issuing department's code (e.g. {@code EMERGENCY}); it must be one of
 *     the configured warning senders
 * @param effective from when the warning applies (optional; defaults to when it is sent)
 * @param onset when the event is expected to begin (optional)
 * @param expires when the warning ends (optional, after effective and onset)
 * @param areas at least one polygon or circle
 * @param townCodes the towns concerned (9-digit codes, sent as geocodes); empty = the towns the
 *     areas touch
 */
public record WarningDraft(
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
    List<String> townCodes) {

  public WarningDraft {
    areas = areas == null ? List.of() : List.copyOf(areas);
    townCodes = townCodes == null ? List.of() : List.copyOf(townCodes);
  }
}
