package org.shuzhi.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/**
 * Checks a flood station: code, name, location in the district, and the levels the flood warning
 * colours rest on (水利部 水情预警: 警戒 ≤ 保证; the historical maximum, when given, is not below the warning
 * level).
 */
@Component
class StationValidator {

  private final Placement placement;

  StationValidator(Placement placement) {
    this.placement = placement;
  }

  ValidStation validate(FloodStationDraft d) {
    List<Violation> v = new ArrayList<>();
    String code = trim(d.code());
    if (code == null) {
      v.add(new Violation("code", "monitoring.station.code.required"));
    } else if (!DeviceValidator.CODE.matcher(code).matches()) {
      v.add(new Violation("code", "monitoring.station.code.invalid", code));
    }
    String name = trim(d.name());
    if (name == null) {
      v.add(new Violation("name", "monitoring.station.name.required"));
    } else if (name.length() > DeviceValidator.MAX_NAME) {
      v.add(new Violation("name", "monitoring.station.name.tooLong", DeviceValidator.MAX_NAME));
    }
    var place = placement.place(d.lon(), d.lat(), d.coordinateSystem(), v);
    if (d.lon() == null && d.lat() == null) {
      v.add(new Violation("lon", "monitoring.station.location.required"));
    }
    BigDecimal warning = d.warningLevel();
    BigDecimal guarantee = d.guaranteeLevel();
    if (warning == null) {
      v.add(new Violation("warningLevel", "monitoring.station.warning.required"));
    }
    if (guarantee == null) {
      v.add(new Violation("guaranteeLevel", "monitoring.station.guarantee.required"));
    }
    if (warning != null && guarantee != null && guarantee.compareTo(warning) < 0) {
      v.add(new Violation("guaranteeLevel", "monitoring.station.guarantee.belowWarning"));
    }
    BigDecimal historical = d.historicalMax();
    if (historical != null && warning != null && historical.compareTo(warning) < 0) {
      v.add(new Violation("historicalMax", "monitoring.station.historical.belowWarning"));
    }
    for (BigDecimal level : new BigDecimal[] {warning, guarantee, historical}) {
      if (level != null
          && (level.abs().compareTo(new BigDecimal("999999")) >= 0 || level.scale() > 2)) {
        v.add(
            new Violation(
                "warningLevel", "monitoring.station.level.invalid", level.toPlainString()));
        break;
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    var p = place.orElseThrow();
    return new ValidStation(
        code,
        name,
        trim(d.river()),
        p.lon(),
        p.lat(),
        p.townCode(),
        p.gridId(),
        warning,
        guarantee,
        historical,
        Boolean.TRUE.equals(d.synthetic()));
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
