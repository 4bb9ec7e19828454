package org.shuzhi.efficiency.internal.scoring;

/**
 * The indicators and their formulas (economy.md §1.2, 黄岩 "工业企业综合评价得分计算说明"; money in 10,000 yuan).
 * Each is a ratio numerator ÷ denominator, so that the group's average — the benchmark by default —
 * is the group's total numerator over its total denominator (the way 亩均税收 of a group is published).
 */
public enum IndicatorCode {
  /** 亩均税收, 万元/亩 = tax actually paid ÷ land area. */
  TAX_PER_MU,
  /** 亩均增加值, 万元/亩 = added value ÷ land area. */
  ADDED_VALUE_PER_MU,
  /** 单位能耗增加值, 万元/tce = added value ÷ energy consumption. */
  ADDED_VALUE_PER_ENERGY,
  /** 单位排放增加值, 万元/当量吨 = added value ÷ main pollutant emissions. */
  ADDED_VALUE_PER_EMISSION,
  /** 全员劳动生产率, 万元/人 = added value ÷ average employees. */
  LABOR_PRODUCTIVITY,
  /** R&amp;D占比 = R&amp;D spending ÷ revenue (a fraction, 0.03 = 3 %). */
  RD_INTENSITY,
  /** 单位电耗税收 (规下), 元/kWh = tax × 10,000 ÷ electricity. */
  TAX_PER_KWH,
  /** 亩均营业收入 (规上服务业, 杭政〔2018〕42号), 万元/亩 = revenue ÷ land area. */
  REVENUE_PER_MU;

  /** The numerator for this enterprise, null when the figure is missing. */
  Double numerator(EnterpriseFigures f) {
    return switch (this) {
      case TAX_PER_MU -> f.tax();
      case TAX_PER_KWH -> f.tax() == null ? null : f.tax() * 10_000;
      case ADDED_VALUE_PER_MU,
          ADDED_VALUE_PER_ENERGY,
          ADDED_VALUE_PER_EMISSION,
          LABOR_PRODUCTIVITY ->
          f.addedValue();
      case RD_INTENSITY -> f.rdSpending();
      case REVENUE_PER_MU -> f.revenue();
    };
  }

  /** The denominator for this enterprise, null when the figure is missing. */
  Double denominator(EnterpriseFigures f) {
    return switch (this) {
      case TAX_PER_MU, ADDED_VALUE_PER_MU, REVENUE_PER_MU -> f.landAreaMu();
      case ADDED_VALUE_PER_ENERGY -> f.energyTce();
      case ADDED_VALUE_PER_EMISSION -> f.emission();
      case LABOR_PRODUCTIVITY -> f.employees();
      case RD_INTENSITY -> f.revenue();
      case TAX_PER_KWH -> f.electricityKwh();
    };
  }

  /**
   * The indicator value, or null when it cannot be computed (a figure missing, or a denominator of
   * zero or less).
   */
  Double value(EnterpriseFigures f) {
    Double n = numerator(f);
    Double d = denominator(f);
    if (n == null || d == null || d <= 0) {
      return null;
    }
    return n / d;
  }

  /**
   * Whether an enterprise without a value scores the group's average item score instead of zero: 黄岩
   * gives a 规上 firm with no emission data the 规上 average score for that item (§1.3).
   */
  boolean missingScoresGroupAverage() {
    return this == ADDED_VALUE_PER_EMISSION;
  }
}
