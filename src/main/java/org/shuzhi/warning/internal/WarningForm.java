package org.shuzhi.warning.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.shuzhi.core.InvalidValueException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.warning.WarningArea;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.WarningDraft;
import org.shuzhi.warning.WarningEventType;
import org.shuzhi.warning.WarningView;
import tools.jackson.core.JacksonException;

/**
 * The warning form as text, so a refused entry comes back unchanged. Times are {@code
 * datetime-local} values in Beijing time; areas are the JSON the map draws (see {@link
 * WarningAreasJson}).
 */
record WarningForm(
    WarningEventType eventType,
    WarningColour colour,
    String headline,
    String description,
    String instruction,
    String senderDepartment,
    String effective,
    String onset,
    String expires,
    String areasJson,
    List<String> towns) {

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  static WarningForm empty(String senderDepartment) {
    return new WarningForm(
        WarningEventType.RAINSTORM,
        WarningColour.BLUE,
        null,
        null,
        null,
        senderDepartment,
        null,
        null,
        null,
        "[]",
        List.of());
  }

  static WarningForm of(WarningView w, WarningAreasJson json) {
    return new WarningForm(
        w.eventType(),
        w.colour(),
        w.headline(),
        w.description(),
        w.instruction(),
        w.senderDepartment(),
        local(w.effective()),
        local(w.onset()),
        local(w.expires()),
        json.write(w.areas()),
        w.townCodes());
  }

  WarningDraft draft(WarningAreasJson json) {
    var areas = areas(json);
    return new WarningDraft(
        eventType,
        colour,
        headline,
        description,
        instruction,
        senderDepartment,
        time(effective, "effective"),
        time(onset, "onset"),
        time(expires, "expires"),
        areas,
        towns == null ? List.of() : towns.stream().filter(t -> !t.isBlank()).toList());
  }

  private List<WarningArea> areas(WarningAreasJson json) {
    try {
      return json.read(areasJson == null || areasJson.isBlank() ? "[]" : areasJson);
    } catch (JacksonException | InvalidValueException | NullPointerException e) {
      throw new InvalidInputException("areas", "warning.area.invalidJson");
    }
  }

  private static OffsetDateTime time(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.trim()).atZone(WarningRepository.ZONE).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "warning.time.invalid", text);
    }
  }

  private static String local(OffsetDateTime t) {
    return t == null ? null : LOCAL.format(t.atZoneSameInstant(WarningRepository.ZONE));
  }
}
