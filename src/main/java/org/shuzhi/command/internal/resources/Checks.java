package org.shuzhi.command.internal.resources;

import java.util.List;
import java.util.Optional;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.InvalidValueException;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/**
 * Field rules shared by the resource registries; each adds its violations to the list it is given,
 * so a form or an import row reports every problem at once.
 */
@Component
class Checks {

  static final int MAX_NAME = 200;
  static final int MAX_TEXT = 500;

  private final AreaDirectory areas;

  Checks(AreaDirectory areas) {
    this.areas = areas;
  }

  static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  String required(String field, String value, int max, List<Violation> problems) {
    String v = trim(value);
    if (v == null) {
      problems.add(new Violation(field, "command.field.required"));
    } else if (v.length() > max) {
      problems.add(new Violation(field, "command.field.tooLong", max));
    }
    return v;
  }

  String optional(String field, String value, int max, List<Violation> problems) {
    String v = trim(value);
    if (v != null && v.length() > max) {
      problems.add(new Violation(field, "command.field.tooLong", max));
    }
    return v;
  }

  <T> T present(String field, T value, List<Violation> problems) {
    if (value == null) {
      problems.add(new Violation(field, "command.field.required"));
    }
    return value;
  }

  /** A phone in canonical form, or null when blank. */
  String phone(String field, String value, List<Violation> problems) {
    String v = trim(value);
    if (v == null) {
      return null;
    }
    try {
      return PhoneNumber.parse(v).value();
    } catch (InvalidValueException e) {
      problems.add(new Violation(field, "command.phone.invalid"));
      return null;
    }
  }

  /**
   * The town a WGS-84 point lies in; a point outside the district (or in no town) is refused, a
   * missing coordinate is required.
   */
  String town(Double lon, Double lat, List<Violation> problems) {
    if (lon == null || lat == null) {
      problems.add(new Violation(lon == null ? "lon" : "lat", "command.field.required"));
      return null;
    }
    if (!Double.isFinite(lon)
        || !Double.isFinite(lat)
        || Math.abs(lon) > 180
        || Math.abs(lat) > 90) {
      problems.add(new Violation("lon", "command.location.invalid"));
      return null;
    }
    Optional<Town> town =
        areas.insideDistrict(lon, lat) ? areas.townAt(lon, lat) : Optional.<Town>empty();
    if (town.isEmpty()) {
      problems.add(new Violation("lon", "command.location.outside", lon, lat));
      return null;
    }
    return town.get().code();
  }

  String townName(String code) {
    return code == null ? null : areas.town(code).map(Town::name).orElse(code);
  }

  boolean knownTown(String code) {
    return code != null && areas.town(code).isPresent();
  }
}
