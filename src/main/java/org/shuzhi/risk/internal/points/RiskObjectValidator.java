package org.shuzhi.risk.internal.points;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Grid;
import org.shuzhi.area.Town;
import org.shuzhi.core.CoordinateConverter;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.core.InvalidUsccException;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.core.Uscc;
import org.shuzhi.enterprise.EnterpriseDirectory;
import org.shuzhi.enterprise.EnterpriseSummary;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.risk.RiskObjectDraft;
import org.shuzhi.risk.RiskResponsiblePerson;
import org.springframework.stereotype.Component;

/**
 * Turns a draft into a storable row or every problem with it, field by field. The location decides
 * town and grid; without one, the linked enterprise's location and town are used.
 */
@Component
class RiskObjectValidator {

  record Result(RiskObjectRow row, List<Violation> violations) {
    boolean valid() {
      return violations.isEmpty();
    }
  }

  static final int MAX_NAME = 200;
  static final int MAX_PERSONS = 10;

  private final AreaDirectory areas;
  private final EnterpriseDirectory enterprises;
  private final CoordinateConverter converter = new CoordinateConverter();

  RiskObjectValidator(AreaDirectory areas, EnterpriseDirectory enterprises) {
    this.areas = areas;
    this.enterprises = enterprises;
  }

  Result validate(RiskObjectDraft d) {
    List<Violation> v = new ArrayList<>();
    String name = trim(d.name());
    if (name == null) {
      v.add(new Violation("name", "risk.points.object.name.required"));
    } else if (name.length() > MAX_NAME) {
      v.add(new Violation("name", "risk.points.object.name.tooLong", MAX_NAME));
    }
    if (d.kind() == null) {
      v.add(new Violation("kind", "risk.points.object.kind.required"));
    }
    EnterpriseSummary enterprise = null;
    String uscc = trim(d.enterpriseUscc());
    if (uscc != null) {
      try {
        uscc = Uscc.parse(uscc).value();
        Optional<EnterpriseSummary> found = enterprises.byUscc(uscc);
        if (found.isEmpty()) {
          v.add(new Violation("enterpriseUscc", "risk.points.object.enterprise.unknown", uscc));
        } else {
          enterprise = found.get();
        }
      } catch (InvalidUsccException e) {
        v.add(new Violation("enterpriseUscc", e.messageKey(), e.arguments()));
      }
    }
    Double lon = null;
    Double lat = null;
    boolean own = false;
    String townCode = null;
    Long gridId = null;
    if (d.lon() != null || d.lat() != null) {
      if (d.lon() == null || d.lat() == null) {
        v.add(new Violation("lat", "risk.points.object.location.incomplete"));
      } else {
        try {
          CoordinateSystem crs =
              d.coordinateSystem() == null ? CoordinateSystem.WGS84 : d.coordinateSystem();
          GeoPoint wgs = converter.toWgs84(new GeoPoint(d.lon(), d.lat()), crs);
          if (!areas.insideDistrict(wgs.lon(), wgs.lat())) {
            v.add(new Violation("lon", "risk.points.object.location.outside", d.lon(), d.lat()));
          } else {
            lon = round6(wgs.lon());
            lat = round6(wgs.lat());
            own = true;
            townCode = areas.townAt(lon, lat).map(Town::code).orElse(null);
            gridId = areas.gridAt(lon, lat).map(Grid::id).orElse(null);
            if (townCode == null) {
              v.add(new Violation("lon", "risk.points.object.location.noTown", d.lon(), d.lat()));
            }
          }
        } catch (IllegalArgumentException e) {
          v.add(new Violation("lon", "risk.points.object.location.invalid"));
        }
      }
    } else if (enterprise != null) {
      townCode = enterprise.townCode();
      if (enterprise.lon() != null && enterprise.lat() != null) {
        lon = enterprise.lon();
        lat = enterprise.lat();
        gridId = areas.gridAt(lon, lat).map(Grid::id).orElse(null);
      }
    } else if (uscc == null) {
      v.add(new Violation("lon", "risk.points.object.location.required"));
    }
    List<RiskObjectRow.Person> persons = persons(d.responsiblePersons(), v);
    if (!v.isEmpty()) {
      return new Result(null, v);
    }
    return new Result(
        new RiskObjectRow(
            null,
            name,
            d.kind(),
            uscc,
            trim(d.address()),
            lon,
            lat,
            own,
            townCode,
            gridId,
            null,
            persons,
            d.isSynthetic(),
            null,
            null,
            0),
        List.of());
  }

  private static List<RiskObjectRow.Person> persons(
      List<RiskResponsiblePerson> drafts, List<Violation> v) {
    List<RiskObjectRow.Person> persons = new ArrayList<>();
    if (drafts.size() > MAX_PERSONS) {
      v.add(new Violation("responsiblePersons", "risk.points.person.tooMany", MAX_PERSONS));
      return persons;
    }
    for (RiskResponsiblePerson p : drafts) {
      String name = trim(p == null ? null : p.name());
      String phoneText = trim(p == null ? null : p.phone());
      if (name == null && phoneText == null) {
        continue;
      }
      if (name == null) {
        v.add(new Violation("responsiblePersons", "risk.points.person.nameRequired"));
        continue;
      }
      String phone = null;
      if (phoneText != null) {
        try {
          phone = PhoneNumber.parse(phoneText).value();
        } catch (IllegalArgumentException e) {
          v.add(new Violation("responsiblePersons", "risk.points.person.phoneInvalid", name));
          continue;
        }
      }
      persons.add(new RiskObjectRow.Person(name, phone));
    }
    return persons;
  }

  private static double round6(double value) {
    return Math.round(value * 1e6) / 1e6;
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
