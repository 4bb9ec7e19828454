package org.shuzhi.risk.internal.points;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.Spreadsheets.Column;
import org.shuzhi.platform.Spreadsheets.SheetRow;
import org.shuzhi.risk.RiskObjectDraft;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskResponsiblePerson;

/**
 * The census Excel layout. Several responsible persons go in one cell each for names and phones,
 * separated by ; or 、 in the same order. Exports add town, grid and colour after these columns.
 */
final class RiskObjectSheet {

  static final List<Column> COLUMNS =
      List.of(
          new Column("name", "名称", "Name"),
          new Column("kind", "类别", "Kind"),
          new Column("enterpriseUscc", "关联企业信用代码", "Enterprise USCC"),
          new Column("address", "地址", "Address"),
          new Column("lon", "经度", "Longitude"),
          new Column("lat", "纬度", "Latitude"),
          new Column("coordinateSystem", "坐标系", "Coordinate system"),
          new Column("personNames", "责任人", "Responsible persons"),
          new Column("personPhones", "责任人电话", "Responsible phones"));

  static final List<Column> EXPORT_EXTRA =
      List.of(
          new Column("town", "镇街", "Town"),
          new Column("grid", "网格", "Grid"),
          new Column("colour", "风险等级", "Risk colour"));

  private static final String SEPARATORS = "[;；、,，]";

  private RiskObjectSheet() {}

  static List<String> headers(Locale locale, boolean export) {
    boolean zh = !"en".equals(locale.getLanguage());
    List<Column> columns = new ArrayList<>(COLUMNS);
    if (export) {
      columns.addAll(EXPORT_EXTRA);
    }
    return columns.stream().map(c -> zh ? c.zhHeader() : c.enHeader()).toList();
  }

  /** A parsed row: the draft, or the problems of cells that are not even of the right type. */
  record Parsed(RiskObjectDraft draft, List<Violation> problems) {}

  /**
   * @param kinds accepted kind texts (enum names and the zh/en labels), upper-cased for names
   */
  static Parsed parse(SheetRow row, Map<String, RiskObjectKind> kinds) {
    List<Violation> problems = new ArrayList<>();
    Double lon = number(row, "lon", problems);
    Double lat = number(row, "lat", problems);
    RiskObjectKind kind = null;
    String kindText = row.get("kind");
    if (kindText != null) {
      kind = kinds.get(kindText);
      if (kind == null) {
        kind = kinds.get(kindText.toUpperCase(Locale.ROOT));
      }
      if (kind == null) {
        problems.add(new Violation("kind", "risk.points.object.kind.unknown", kindText));
      }
    }
    CoordinateSystem crs = CoordinateSystem.WGS84;
    String crsText = row.get("coordinateSystem");
    if (crsText != null) {
      String normalised = crsText.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
      switch (normalised) {
        case "WGS84", "GPS" -> crs = CoordinateSystem.WGS84;
        case "GCJ02", "高德", "腾讯" -> crs = CoordinateSystem.GCJ02;
        case "BD09", "百度" -> crs = CoordinateSystem.BD09;
        default ->
            problems.add(
                new Violation("coordinateSystem", "risk.points.object.crs.unknown", crsText));
      }
    }
    List<String> names = split(row.get("personNames"));
    List<String> phones = split(row.get("personPhones"));
    List<RiskResponsiblePerson> persons = new ArrayList<>();
    if (phones.size() > names.size()) {
      problems.add(new Violation("personPhones", "risk.points.import.phonesWithoutNames"));
    } else {
      for (int i = 0; i < names.size(); i++) {
        persons.add(
            new RiskResponsiblePerson(names.get(i), i < phones.size() ? phones.get(i) : null));
      }
    }
    var draft =
        new RiskObjectDraft(
            row.get("name"),
            kind,
            row.get("enterpriseUscc"),
            row.get("address"),
            lon,
            lat,
            crs,
            persons,
            false);
    return new Parsed(draft, problems);
  }

  static List<Object> exportRow(
      RiskObjectRow r, String kindLabel, String townName, String gridName, String colourLabel) {
    List<Object> row = new ArrayList<>();
    row.add(r.name());
    row.add(kindLabel);
    row.add(r.enterpriseUscc());
    row.add(r.address());
    row.add(r.ownLocation() ? r.lon() : null);
    row.add(r.ownLocation() ? r.lat() : null);
    row.add(r.ownLocation() ? "WGS84" : null);
    row.add(String.join(";", r.persons().stream().map(RiskObjectRow.Person::name).toList()));
    // Masked in every export (there is no plaintext export of responsible persons' phones).
    row.add(
        String.join(
            ";",
            r.persons().stream()
                .map(p -> p.phone() == null ? "" : PhoneNumber.mask(p.phone()))
                .toList()));
    row.add(townName);
    row.add(gridName);
    row.add(colourLabel);
    return row;
  }

  private static List<String> split(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String p : text.split(SEPARATORS)) {
      if (!p.isBlank()) {
        parts.add(p.trim());
      }
    }
    return parts;
  }

  private static Double number(SheetRow row, String key, List<Violation> problems) {
    String text = row.get(key);
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      problems.add(new Violation(key, "risk.points.number.invalid", text));
      return null;
    }
  }
}
