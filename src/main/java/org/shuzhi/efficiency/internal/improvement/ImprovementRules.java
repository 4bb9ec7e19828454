package org.shuzhi.efficiency.internal.improvement;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.platform.InvalidInputException;

/**
 * A year's listing rules. Thresholds are in yuan (per mu), as the sources state them; figures are
 * stored in 10,000 yuan, so 60,000 yuan/mu is 6 ten-thousand yuan/mu.
 *
 * @param aboveScaleTaxPerMu 规上 listed below this tax per mu (湖州 2021: 6万元/亩)
 * @param belowScaleTaxPerMu 规下 listed below this tax per mu (湖州 2021: 3万元/亩)
 * @param belowScaleLandMu 规下 with at least this much land is listed whatever its tax (湖州: 10亩)
 * @param zeroTaxLandAboveMu zero-tax needs land above this (economy.md §1.6: land &gt; 0)
 * @param zeroTaxTaxAtMost zero-tax needs tax at most this, yuan (economy.md §1.6: tax ≤ 0)
 * @param includeServices whether above-scale services are listed too (the sources list industry)
 */
public record ImprovementRules(
    Double aboveScaleTaxPerMu,
    Double belowScaleTaxPerMu,
    Double belowScaleLandMu,
    Double zeroTaxLandAboveMu,
    Double zeroTaxTaxAtMost,
    Boolean includeServices) {

  public static ImprovementRules defaults() {
    return new ImprovementRules(60_000.0, 30_000.0, 10.0, 0.0, 0.0, false);
  }

  /** Every threshold given, finite and not negative; the land threshold above 0. */
  void validate() {
    List<InvalidInputException.Violation> problems = new ArrayList<>();
    check(problems, "aboveScaleTaxPerMu", aboveScaleTaxPerMu, false);
    check(problems, "belowScaleTaxPerMu", belowScaleTaxPerMu, false);
    check(problems, "belowScaleLandMu", belowScaleLandMu, true);
    check(problems, "zeroTaxLandAboveMu", zeroTaxLandAboveMu, false);
    check(problems, "zeroTaxTaxAtMost", zeroTaxTaxAtMost, false);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void check(
      List<InvalidInputException.Violation> problems,
      String field,
      Double value,
      boolean positive) {
    // resolved by the message source in the reader's language
    var label =
        new org.springframework.context.support.DefaultMessageSourceResolvable(
            "efficiency.improvement.rules." + field);
    if (value == null || value.isNaN() || value.isInfinite()) {
      problems.add(
          new InvalidInputException.Violation(
              field, "efficiency.improvement.rules.missing", label));
    } else if (value < 0) {
      problems.add(
          new InvalidInputException.Violation(
              field, "efficiency.improvement.rules.negative", label, value));
    } else if (positive && value == 0) {
      problems.add(
          new InvalidInputException.Violation(
              field, "efficiency.improvement.rules.positive", label));
    }
  }

  boolean services() {
    return Boolean.TRUE.equals(includeServices);
  }
}
