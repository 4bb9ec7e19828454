package org.shuzhi.efficiency.internal.improvement;

import java.util.Map;

/**
 * The listing rules as SQL over {@code efficiency_enterprise e}, so a district's 120,000
 * enterprises are listed by the database in one pass. Tax is stored in 10,000 yuan and compared in
 * yuan as NUMERIC, without division: 59 (10,000 yuan) on 10 mu is below 60,000 yuan/mu, 60 on 10 mu
 * is not, with no rounding at the boundary. An enterprise without tax or land figures is not listed
 * (its data is missing, not zero).
 */
final class ListingConditions {

  private final String zeroTax;
  private final String aboveScale;
  private final String belowScale;
  private final String largeLand;
  private final String sector;

  /** Adds the rule parameters to {@code params} under {@code rule*} names. */
  ListingConditions(ImprovementRules rules, Map<String, Object> params) {
    params.put("ruleAbove", rules.aboveScaleTaxPerMu());
    params.put("ruleBelow", rules.belowScaleTaxPerMu());
    params.put("ruleLand", rules.belowScaleLandMu());
    params.put("ruleZeroLand", rules.zeroTaxLandAboveMu());
    params.put("ruleZeroTax", rules.zeroTaxTaxAtMost());
    String tax = "e.tax::numeric * 10000";
    String landNumber = "e.land_area_mu::numeric";
    this.zeroTax =
        "(e.land_area_mu > :ruleZeroLand AND e.tax IS NOT NULL AND "
            + tax
            + " <= CAST(:ruleZeroTax AS numeric))";
    this.aboveScale =
        "(e.above_scale AND e.land_area_mu > 0 AND e.tax IS NOT NULL AND "
            + tax
            + " < CAST(:ruleAbove AS numeric) * "
            + landNumber
            + ")";
    this.belowScale =
        "(NOT e.above_scale AND e.land_area_mu > 0 AND e.tax IS NOT NULL AND "
            + tax
            + " < CAST(:ruleBelow AS numeric) * "
            + landNumber
            + ")";
    this.largeLand = "(NOT e.above_scale AND e.land_area_mu >= :ruleLand)";
    this.sector = rules.services() ? "TRUE" : "e.sector = 'INDUSTRY'";
  }

  /** Matches the zero-tax rule. */
  String zeroTax() {
    return "(" + sector + " AND " + zeroTax + ")";
  }

  /** On the low-efficiency list: a low-efficiency rule matches and the zero-tax rule does not. */
  String lowEfficiency() {
    return "("
        + sector
        + " AND NOT coalesce("
        + zeroTax
        + ", FALSE) AND ("
        + aboveScale
        + " OR "
        + belowScale
        + " OR "
        + largeLand
        + "))";
  }

  String of(ImprovementKind kind) {
    return kind == ImprovementKind.ZERO_TAX ? zeroTax() : lowEfficiency();
  }

  /** The rules that match, as a TEXT[] expression (names of {@link ListingRule}). */
  String matchedRules() {
    return "array_remove(ARRAY[CASE WHEN coalesce("
        + aboveScale
        + ", FALSE) THEN 'ABOVE_SCALE_TAX_PER_MU' END, CASE WHEN coalesce("
        + belowScale
        + ", FALSE) THEN 'BELOW_SCALE_TAX_PER_MU' END, CASE WHEN coalesce("
        + largeLand
        + ", FALSE) THEN 'BELOW_SCALE_LARGE_LAND' END, CASE WHEN coalesce("
        + zeroTax
        + ", FALSE) THEN 'ZERO_TAX' END], NULL)::text[]";
  }

  /** Tax per mu in yuan, NULL without land. */
  static String taxPerMu() {
    return "CASE WHEN e.land_area_mu > 0 THEN e.tax * 10000 / e.land_area_mu END";
  }
}
