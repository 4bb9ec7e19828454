package org.shuzhi.efficiency.internal;

import java.util.List;
import java.util.Locale;
import org.shuzhi.platform.Spreadsheets.Column;

/**
 * The departments' deliveries of yearly figures (economy.md §1.2: 国土 land and certificates, 税务
 * 实缴税金, 电力 用电量, 统计 增加值 / 营业收入 / R&amp;D / 从业人员, 环保 能耗 / 排放), plus the major safety accident flag
 * from emergency management for the veto rule, and water use from the water company (水务集团) for the
 * differentiated water price. Each department imports only its own template; the owner department
 * (经信局) may import any on their behalf.
 */
enum Dataset {
  LAND(
      "NATURAL_RESOURCES",
      List.of(
          Field.number("landAreaMu", "land_area_mu", "用地面积（亩）", "Land area (mu)", true),
          Field.text(
              "propertyCertificate", "property_certificate", "不动产权证号", "Property certificate no."),
          Field.text("parcel", "parcel", "地块编号", "Parcel"))),
  TAX("TAX", List.of(Field.number("tax", "tax", "实缴税金（万元）", "Tax paid (10,000 yuan)", false))),
  POWER(
      "POWER",
      List.of(
          Field.number(
              "electricityKwh", "electricity_kwh", "用电量（千瓦时）", "Electricity (kWh)", true))),
  STATISTICS(
      "STATISTICS",
      List.of(
          Field.number(
              "addedValue", "added_value", "工业增加值（万元）", "Added value (10,000 yuan)", false),
          Field.number("revenue", "revenue", "主营业务收入（万元）", "Revenue (10,000 yuan)", true),
          Field.number(
              "rdSpending", "rd_spending", "R&D经费支出（万元）", "R&D spending (10,000 yuan)", true),
          Field.number("employees", "employees", "从业人员平均人数", "Average employees", true))),
  ECOLOGY(
      "ECOLOGY",
      List.of(
          Field.number("energyTce", "energy_tce", "综合能耗（吨标煤）", "Energy (tce)", true),
          Field.number(
              "emission", "emission", "主要污染物排放量（当量吨）", "Main pollutant emissions (eq. t)", true),
          Field.flag(
              "environmentalViolation",
              "environmental_violation",
              "重大环境违法（是/否）",
              "Major environmental violation (yes/no)"))),
  SAFETY(
      "EMERGENCY",
      List.of(
          Field.flag(
              "majorSafetyAccident",
              "major_safety_accident",
              "重大安全事故（是/否）",
              "Major safety accident (yes/no)"))),
  /** 水务集团: water use, for the differentiated water price (差别化水价, economy.md §1.5). */
  WATER("WATER", List.of(Field.number("waterM3", "water_m3", "用水量（立方米）", "Water use (m³)", true)));

  static final Column USCC = new Column("uscc", "统一社会信用代码", "USCC");
  static final Column NAME = new Column("name", "企业名称", "Enterprise name");

  private final String department;
  private final List<Field> fields;

  Dataset(String department, List<Field> fields) {
    this.department = department;
    this.fields = fields;
  }

  String department() {
    return department;
  }

  List<Field> fields() {
    return fields;
  }

  /** The template's columns: USCC, name (for people, not read), then the figures. */
  List<Column> columns() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(USCC, NAME), fields.stream().map(Field::column))
        .toList();
  }

  List<String> headers(Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    return columns().stream().map(c -> en ? c.enHeader() : c.zhHeader()).toList();
  }

  static Dataset of(String name) {
    for (Dataset d : values()) {
      if (d.name().equalsIgnoreCase(name)) {
        return d;
      }
    }
    return null;
  }

  /**
   * One figure of a dataset.
   *
   * @param key JSON / column key
   * @param dbColumn column of {@code efficiency_enterprise}; its provenance is {@code
   *     <dbColumn>_src}
   * @param kind how it is typed in
   * @param nonNegative numbers only: must be ≥ 0
   */
  record Field(String key, String dbColumn, String zh, String en, Kind kind, boolean nonNegative) {

    enum Kind {
      NUMBER,
      TEXT,
      FLAG
    }

    static Field number(String key, String db, String zh, String en, boolean nonNegative) {
      return new Field(key, db, zh, en, Kind.NUMBER, nonNegative);
    }

    static Field text(String key, String db, String zh, String en) {
      return new Field(key, db, zh, en, Kind.TEXT, false);
    }

    static Field flag(String key, String db, String zh, String en) {
      return new Field(key, db, zh, en, Kind.FLAG, false);
    }

    Column column() {
      return new Column(key, zh, en);
    }

    String sqlType() {
      return switch (kind) {
        case NUMBER -> "DOUBLE PRECISION";
        case TEXT -> "TEXT";
        case FLAG -> "BOOLEAN";
      };
    }
  }
}
