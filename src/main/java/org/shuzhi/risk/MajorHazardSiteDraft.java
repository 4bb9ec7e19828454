package org.shuzhi.risk;

import java.math.BigDecimal;
import java.util.List;

/**
 * A major hazard site as entered: text and numbers as given, validated by the service, so a bad
 * value is reported against its field.
 *
 * @param uscc the enterprise's 统一社会信用代码 (must be in the enterprise registry)
 * @param name the site's name
 * @param exposedPopulation people living within 500 m outside the boundary (GB 18218-2018 §4.3 α)
 * @param units production and storage units
 */
public record MajorHazardSiteDraft(
    String uscc, String name, Integer exposedPopulation, List<Unit> units) {

  /**
   * @param name unit name
   * @param kind {@code PRODUCTION} or {@code STORAGE}
   * @param substances what the unit holds
   */
  public record Unit(String name, String kind, List<Substance> substances) {}

  /**
   * @param cas CAS number; may be blank for a substance known only by category
   * @param quantityTonnes maximum quantity present in the unit, in tonnes (q)
   * @param category GB 18218-2018 Table 2 code(s), e.g. {@code W5.1} or {@code J3,W2}; needed when
   *     the substance is not in the catalogue
   */
  public record Substance(String cas, BigDecimal quantityTonnes, String category) {}
}
