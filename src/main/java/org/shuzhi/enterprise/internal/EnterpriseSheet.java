package org.shuzhi.enterprise.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.shuzhi.platform.Spreadsheets.Column;
import org.shuzhi.platform.Spreadsheets.SheetRow;

/** The enterprise Excel layout: columns of the template, import and export. */
final class EnterpriseSheet {

  static final List<Column> COLUMNS =
      List.of(
          new Column("uscc", "统一社会信用代码", "USCC"),
          new Column("name", "企业名称", "Name"),
          new Column("legalRepresentative", "法定代表人", "Legal representative"),
          new Column("contactPhone", "联系电话", "Contact phone"),
          new Column("industryCode", "行业代码", "Industry code"),
          new Column("aboveScale", "是否规上", "Above scale"),
          new Column("townCode", "镇街代码", "Town code"),
          new Column("address", "地址", "Address"),
          new Column("lon", "经度", "Longitude"),
          new Column("lat", "纬度", "Latitude"),
          new Column("coordinateSystem", "坐标系", "Coordinate system"),
          new Column("landAreaMu", "用地面积（亩）", "Land area (mu)"),
          new Column("employees", "从业人数", "Employees"));

  private EnterpriseSheet() {}

  static List<String> headers(Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    return COLUMNS.stream().map(c -> zh ? c.zhHeader() : c.enHeader()).toList();
  }

  /** A parsed row: the draft, or the problems of cells that are not even of the right type. */
  record Parsed(EnterpriseDraft draft, List<Violation> problems) {}

  static Parsed parse(SheetRow row) {
    List<Violation> problems = new ArrayList<>();
    Double lon = number(row, "lon", problems);
    Double lat = number(row, "lat", problems);
    BigDecimal mu = decimal(row, "landAreaMu", problems);
    Double employees = number(row, "employees", problems);
    CoordinateSystem crs = CoordinateSystem.WGS84;
    String crsText = row.get("coordinateSystem");
    if (crsText != null) {
      String normalised = crsText.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
      switch (normalised) {
        case "WGS84", "GPS" -> crs = CoordinateSystem.WGS84;
        case "GCJ02", "高德", "腾讯" -> crs = CoordinateSystem.GCJ02;
        case "BD09", "百度" -> crs = CoordinateSystem.BD09;
        default ->
            problems.add(new Violation("coordinateSystem", "enterprise.crs.unknown", crsText));
      }
    }
    Boolean above = null;
    String aboveText = row.get("aboveScale");
    if (aboveText != null) {
      switch (aboveText.toLowerCase(Locale.ROOT)) {
        case "是", "规上", "y", "yes", "true", "1" -> above = true;
        case "否", "规下", "n", "no", "false", "0" -> above = false;
        default -> problems.add(new Violation("aboveScale", "enterprise.scale.invalid", aboveText));
      }
    }
    if (employees != null && employees != Math.rint(employees)) {
      problems.add(new Violation("employees", "enterprise.number.invalid", row.get("employees")));
    }
    var draft =
        new EnterpriseDraft(
            row.get("uscc"),
            row.get("name"),
            row.get("legalRepresentative"),
            row.get("contactPhone"),
            row.get("industryCode"),
            above,
            row.get("townCode"),
            row.get("address"),
            lon,
            lat,
            crs,
            mu,
            null,
            employees == null ? null : employees.intValue(),
            false);
    return new Parsed(draft, problems);
  }

  static List<Object> exportRow(Enterprise e, boolean plaintextPhone, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    String phone =
        e.contactPhone() == null
            ? null
            : plaintextPhone ? e.contactPhone() : new PhoneNumber(e.contactPhone()).masked();
    List<Object> row = new ArrayList<>();
    row.add(e.uscc());
    row.add(e.name());
    row.add(e.legalRepresentative());
    row.add(phone);
    row.add(e.industryCode());
    row.add(e.aboveScale() ? (zh ? "是" : "yes") : (zh ? "否" : "no"));
    row.add(e.townCode());
    row.add(e.address());
    row.add(e.lon());
    row.add(e.lat());
    row.add("WGS84");
    row.add(e.landAreaMu());
    row.add(e.employees());
    return row;
  }

  private static Double number(SheetRow row, String key, List<Violation> problems) {
    String text = row.get(key);
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      problems.add(new Violation(key, "enterprise.number.invalid", text));
      return null;
    }
  }

  private static BigDecimal decimal(SheetRow row, String key, List<Violation> problems) {
    String text = row.get(key);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      problems.add(new Violation(key, "enterprise.number.invalid", text));
      return null;
    }
  }
}
