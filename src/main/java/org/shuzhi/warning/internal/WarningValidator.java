package org.shuzhi.warning.internal;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.warning.WarningDraft;
import org.springframework.stereotype.Component;

/**
 * Checks a warning's content and derives its geocodes: every problem is reported at once, nothing
 * is written when there is one.
 */
@Component
class WarningValidator {

  static final int MAX_HEADLINE = 160;
  static final int MAX_TEXT = 4000;

  private final WarningAreaCheck areaCheck;
  private final AreaDirectory areas;
  private final WarningProperties properties;

  WarningValidator(WarningAreaCheck areaCheck, AreaDirectory areas, WarningProperties properties) {
    this.areaCheck = areaCheck;
    this.areas = areas;
    this.properties = properties;
  }

  CheckedWarning check(WarningDraft d) {
    if (d == null) {
      throw new InvalidInputException(null, "warning.content.required");
    }
    List<Violation> problems = new ArrayList<>();
    if (d.eventType() == null) {
      problems.add(new Violation("eventType", "warning.eventType.required"));
    }
    if (d.colour() == null) {
      problems.add(new Violation("colour", "warning.colour.required"));
    }
    text(d.headline(), "headline", MAX_HEADLINE, true, problems);
    text(d.description(), "description", MAX_TEXT, true, problems);
    text(d.instruction(), "instruction", MAX_TEXT, false, problems);
    if (d.senderDepartment() == null || !properties.unitCodes().containsKey(d.senderDepartment())) {
      problems.add(
          new Violation(
              "senderDepartment",
              "warning.sender.unknown",
              String.join(", ", properties.unitCodes().keySet())));
    }
    if (d.effective() != null && d.expires() != null && !d.expires().isAfter(d.effective())) {
      problems.add(new Violation("expires", "warning.expires.beforeEffective"));
    }
    if (d.onset() != null && d.expires() != null && !d.expires().isAfter(d.onset())) {
      problems.add(new Violation("expires", "warning.expires.beforeOnset"));
    }
    for (String town : d.townCodes()) {
      if (town == null || areas.town(town).isEmpty()) {
        problems.add(new Violation("townCodes", "warning.town.unknown", town));
      }
    }
    try {
      areaCheck.check(d.areas());
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<String> towns =
        d.townCodes().isEmpty()
            ? areaCheck.townsTouched(d.areas())
            : d.townCodes().stream().map(t -> areas.town(t).orElseThrow().code()).toList();
    boolean wholeDistrict = towns.isEmpty() || towns.size() == areas.towns().size();
    List<String> townCodes = wholeDistrict ? List.of() : towns.stream().sorted().toList();
    List<String> geocodes = wholeDistrict ? List.of(properties.regionCode()) : townCodes;
    GeoPoint centre = areaCheck.centre(d.areas());
    return new CheckedWarning(d, geocodes, townCodes, centre);
  }

  private static void text(
      String value, String field, int max, boolean required, List<Violation> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new Violation(field, "warning." + field + ".required"));
      }
    } else if (value.length() > max) {
      problems.add(new Violation(field, "warning.text.tooLong", max));
    }
  }
}
