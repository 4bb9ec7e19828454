package org.shuzhi.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.CoordinateConverter;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.core.IndustryCode;
import org.shuzhi.core.InvalidIndustryCodeException;
import org.shuzhi.core.InvalidUsccException;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.core.Uscc;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/**
 * Turns a draft into a storable record or the list of everything wrong with it, field by field, so
 * a form shows all problems at once and an Excel import can report them row by row.
 */
@Component
class EnterpriseValidator {

  /** The outcome: a record, or violations (never both). */
  record Result(Enterprise enterprise, List<Violation> violations) {
    boolean valid() {
      return violations.isEmpty();
    }
  }

  private static final int MAX_NAME = 200;
  private static final BigDecimal MAX_LAND_M2 = new BigDecimal("100000000"); // 100 km²

  private final AreaDirectory areas;
  private final CoordinateConverter converter = new CoordinateConverter();

  EnterpriseValidator(AreaDirectory areas) {
    this.areas = areas;
  }

  Result validate(EnterpriseDraft d) {
    List<Violation> v = new ArrayList<>();
    String uscc = null;
    try {
      uscc = Uscc.parse(nullToEmpty(d.uscc())).value();
    } catch (InvalidUsccException e) {
      v.add(new Violation("uscc", e.messageKey(), e.arguments()));
    }
    String name = trim(d.name());
    if (name == null) {
      v.add(new Violation("name", "enterprise.name.required"));
    } else if (name.length() > MAX_NAME) {
      v.add(new Violation("name", "enterprise.name.tooLong", MAX_NAME));
    }
    String industry = null;
    try {
      industry = IndustryCode.parse(nullToEmpty(d.industryCode())).value();
    } catch (InvalidIndustryCodeException e) {
      v.add(new Violation("industryCode", e.messageKey(), e.arguments()));
    }
    String phone = null;
    if (trim(d.contactPhone()) != null) {
      try {
        phone = PhoneNumber.parse(d.contactPhone()).value();
      } catch (IllegalArgumentException e) {
        v.add(new Violation("contactPhone", "enterprise.phone.invalid"));
      }
    }
    Double lon = null;
    Double lat = null;
    String townCode = null;
    Long gridId = null;
    if (d.lon() != null || d.lat() != null) {
      if (d.lon() == null || d.lat() == null) {
        v.add(new Violation("lat", "enterprise.location.incomplete"));
      } else {
        try {
          CoordinateSystem crs =
              d.coordinateSystem() == null ? CoordinateSystem.WGS84 : d.coordinateSystem();
          GeoPoint wgs = converter.toWgs84(new GeoPoint(d.lon(), d.lat()), crs);
          if (!areas.insideDistrict(wgs.lon(), wgs.lat())) {
            v.add(new Violation("lon", "enterprise.location.outside", d.lon(), d.lat()));
          } else {
            lon = round6(wgs.lon());
            lat = round6(wgs.lat());
            townCode = areas.townAt(lon, lat).map(Town::code).orElse(null);
            gridId = areas.gridAt(lon, lat).map(g -> g.id()).orElse(null);
          }
        } catch (IllegalArgumentException e) {
          v.add(new Violation("lon", "enterprise.location.invalid"));
        }
      }
    }
    if (trim(d.townCode()) != null) {
      var town = areas.town(d.townCode().trim());
      if (town.isEmpty()) {
        v.add(new Violation("townCode", "enterprise.town.unknown", d.townCode()));
      } else {
        // An explicit town wins over the approximate (Voronoi) polygons.
        townCode = town.get().code();
      }
    } else if (townCode == null && lon == null) {
      v.add(new Violation("townCode", "enterprise.town.required"));
    }
    BigDecimal landM2 = d.landAreaM2();
    if (landM2 == null && d.landAreaMu() != null) {
      landM2 = d.landAreaMu().multiply(Enterprise.M2_PER_MU).setScale(2, RoundingMode.HALF_UP);
    }
    if (landM2 != null && (landM2.signum() < 0 || landM2.compareTo(MAX_LAND_M2) > 0)) {
      v.add(new Violation("landAreaM2", "enterprise.land.outOfRange"));
    }
    if (d.employees() != null && (d.employees() < 0 || d.employees() > 1_000_000)) {
      v.add(new Violation("employees", "enterprise.employees.outOfRange"));
    }
    if (!v.isEmpty()) {
      return new Result(null, v);
    }
    return new Result(
        new Enterprise(
            null,
            uscc,
            name,
            trim(d.legalRepresentative()),
            phone,
            industry,
            Boolean.TRUE.equals(d.aboveScale()),
            townCode,
            gridId,
            trim(d.address()),
            lon,
            lat,
            landM2 == null ? null : landM2.setScale(2, RoundingMode.HALF_UP),
            d.employees(),
            d.isSynthetic(),
            null,
            null,
            0),
        List.of());
  }

  private static double round6(double value) {
    return Math.round(value * 1e6) / 1e6;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
