package org.shuzhi.risk.internal.majorhazard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.MajorHazardUnitKind;

/**
 * The API's view of an {@link Evaluation}: per unit {@code s}, {@code alpha}, {@code r}, {@code
 * level} and the per-substance terms.
 *
 * @param alphaBand the population band, e.g. {@code 1-29} or {@code 100+}
 */
record EvaluationResponse(
    String catalogueVersion,
    int exposedPopulation,
    BigDecimal alpha,
    String alphaBand,
    List<UnitResponse> units) {

  /**
   * @param r R = α Σ βq/Q; given even when S &lt; 1, for what-if use
   * @param level null when S &lt; 1
   */
  record UnitResponse(
      String name,
      MajorHazardUnitKind kind,
      BigDecimal s,
      boolean majorHazard,
      BigDecimal alpha,
      BigDecimal weightedSum,
      BigDecimal r,
      MajorHazardLevel level,
      List<TermResponse> substances) {}

  /**
   * @param cas the substance as given: CAS number or catalogue code
   * @param catalogueKey the catalogue entry that applied (CAS 630-08-0 → {@code
   *     GB18218-T1-COAL-GAS}); null for a category-only substance
   * @param q quantity in tonnes
   * @param criticalQuantity Q in tonnes (JSON {@code Q})
   * @param ratio q/Q
   * @param weighted βq/Q
   */
  record TermResponse(
      String cas,
      String catalogueKey,
      String name,
      List<String> categories,
      BigDecimal q,
      @JsonProperty("Q") BigDecimal criticalQuantity,
      QuantitySource qSource,
      String qCategory,
      BigDecimal beta,
      BetaSource betaSource,
      String betaCategory,
      BigDecimal ratio,
      BigDecimal weighted) {}

  static EvaluationResponse of(Evaluation e) {
    AlphaBand band = e.alphaBand();
    String bandText =
        band.maxPopulation() == null
            ? band.minPopulation() + "+"
            : band.minPopulation() == band.maxPopulation()
                ? String.valueOf(band.minPopulation())
                : band.minPopulation() + "-" + band.maxPopulation();
    return new EvaluationResponse(
        e.catalogueVersion(),
        e.exposedPopulation(),
        e.alpha(),
        bandText,
        e.units().stream()
            .map(
                u ->
                    new UnitResponse(
                        u.name(),
                        u.kind(),
                        u.s(),
                        u.majorHazard(),
                        u.alpha(),
                        u.weightedSum(),
                        u.r(),
                        u.level(),
                        u.substances().stream()
                            .map(
                                t ->
                                    new TermResponse(
                                        t.cas(),
                                        t.catalogueKey(),
                                        t.nameZh(),
                                        t.categories(),
                                        t.quantity(),
                                        t.criticalQuantity(),
                                        t.quantitySource(),
                                        t.quantityCategory(),
                                        t.beta(),
                                        t.betaSource(),
                                        t.betaCategory(),
                                        t.ratio(),
                                        t.weighted()))
                            .toList()))
            .toList());
  }
}
